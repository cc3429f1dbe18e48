package org.dossier.annotate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The user's corrections to how the library's entity index merges entities, kept as plain text
 * ({@code same<TAB>ID<TAB>ID}: one entity; {@code apart<TAB>ID<TAB>ID}: never merge these two),
 * so that every automatic merge can be undone and any two entities joined. Each change replaces
 * the file atomically; a missing or unreadable file means no corrections, unknown lines are
 * ignored. Immutable snapshots: {@link #load} reads one, {@link #same}/{@link #apart}/{@link #undo}
 * write the file and return the new one; safe to share between threads.
 */
public final class MergeCorrections {
    /** One correction: the two entity ids and whether they are one entity. */
    public record Pair(String a, String b, boolean same) {
        String line() {
            return (same ? "same" : "apart") + "\t" + a + "\t" + b;
        }

        boolean joins(String x, String y) {
            return a.equals(x) && b.equals(y) || a.equals(y) && b.equals(x);
        }
    }

    private static final String HEADER = "# Dossier entity merges: same<TAB>ID<TAB>ID (one entity) or apart<TAB>ID<TAB>ID (never merged)";

    private final Path file;
    private final List<Pair> pairs;

    private MergeCorrections(Path file, List<Pair> pairs) {
        this.file = file;
        this.pairs = List.copyOf(pairs);
    }

    /** No corrections, and no file to write them to. */
    public static MergeCorrections none() {
        return new MergeCorrections(null, List.of());
    }

    public static MergeCorrections load(Path file) {
        List<Pair> pairs = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] cols = line.split("\t");
                if (cols.length == 3 && (cols[0].equals("same") || cols[0].equals("apart"))
                        && !cols[1].isBlank() && !cols[2].isBlank() && !cols[1].equals(cols[2])) {
                    pairs.add(new Pair(cols[1].strip(), cols[2].strip(), cols[0].equals("same")));
                }
            }
        } catch (NoSuchFileException e) {
            // no corrections yet
        } catch (IOException e) {
            // an unreadable file means no corrections; the next change writes a good one
        }
        return new MergeCorrections(file, pairs);
    }

    public List<Pair> pairs() {
        return pairs;
    }

    public boolean isEmpty() {
        return pairs.isEmpty();
    }

    /** Whether the user said {@code a} and {@code b} are never one entity. */
    public boolean apart(String a, String b) {
        for (Pair p : pairs) {
            if (!p.same() && p.joins(a, b)) {
                return true;
            }
        }
        return false;
    }

    /** "These two are one entity" (also takes back an earlier "apart" for them). */
    public MergeCorrections same(String a, String b) throws IOException {
        return change(new Pair(a, b, true));
    }

    /** "These two are different entities" (also takes back an earlier "same" for them). */
    public MergeCorrections keepApart(String a, String b) throws IOException {
        return change(new Pair(a, b, false));
    }

    /** The corrections without the one for this pair (an undo). */
    public MergeCorrections undo(String a, String b) throws IOException {
        List<Pair> next = new ArrayList<>(pairs);
        next.removeIf(p -> p.joins(a, b));
        return write(next);
    }

    private MergeCorrections change(Pair pair) throws IOException {
        List<Pair> next = new ArrayList<>(pairs);
        next.removeIf(p -> p.joins(pair.a(), pair.b()));
        next.add(pair);
        return write(next);
    }

    private MergeCorrections write(List<Pair> next) throws IOException {
        if (file == null) {
            return new MergeCorrections(null, next);
        }
        Set<String> lines = new LinkedHashSet<>();
        lines.add(HEADER);
        next.forEach(p -> lines.add(p.line()));
        Files.createDirectories(file.toAbsolutePath().getParent());
        LineFiles.replace(file, new ArrayList<>(lines));
        return new MergeCorrections(file, next);
    }
}
