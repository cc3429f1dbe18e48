package org.dossier.annotate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The entities and terms the analyst watches, saved as plain text in the data folder
 * ({@code entity<TAB>ID} or {@code term<TAB>text}, one a line). Watched items are highlighted
 * everywhere and counted per article. Each change is applied to the file as it is on disk now, under
 * a lock ({@link LineFiles#update}), so two windows watching different things both keep theirs, and
 * this list then holds the merged result; lines it does not know are kept. A file that is not valid
 * UTF-8 is read as far as it goes ({@link #problem()} says so) and kept aside before it is replaced.
 * Not thread-safe: confine to one thread; {@link #entities()} and {@link #terms()} return snapshots
 * that are safe to hand to other threads.
 */
public final class WatchList {
    private final Path file;
    private final Set<String> entities = new LinkedHashSet<>();
    private final Set<String> terms = new LinkedHashSet<>();
    private String problem = "";

    private WatchList(Path file) {
        this.file = file;
    }

    /** Loads the list; a missing file is an empty list, unknown lines are ignored (and kept in the file). */
    public static WatchList load(Path file) {
        WatchList list = new WatchList(file);
        try {
            LineFiles.Lines read = LineFiles.read(file);
            list.fill(read.lines());
            list.problem = read.problem();
        } catch (IOException e) {
            list.problem = file + " cannot be read (" + e.getMessage() + "): no items are watched until it can.";
        }
        return list;
    }

    /** What was wrong with the file when it was loaded, for the user; "" when nothing. */
    public String problem() {
        return problem;
    }

    private void fill(List<String> lines) {
        entities.clear();
        terms.clear();
        for (String line : lines) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            String value = line.substring(tab + 1).strip();
            if (value.isEmpty()) {
                continue;
            }
            switch (line.substring(0, tab)) {
                case "entity" -> entities.add(value);
                case "term" -> terms.add(value);
                default -> { }
            }
        }
    }

    public Set<String> entities() {
        return Set.copyOf(entities);
    }

    public Set<String> terms() {
        return Set.copyOf(terms);
    }

    public boolean isWatched(String entityId) {
        return entities.contains(entityId);
    }

    /** Watches or unwatches an entity; returns whether it is now watched. */
    public boolean toggleEntity(String entityId) throws IOException {
        boolean now = !entities.contains(entityId);
        change(lines -> now ? with(lines, "entity", entityId) : without(lines, "entity", entityId));
        return now;
    }

    public void addTerm(String term) throws IOException {
        String t = term.replaceAll("\\s+", " ").strip();
        if (!t.isEmpty()) {
            change(lines -> with(lines, "term", t));
        }
    }

    public void removeTerm(String term) throws IOException {
        change(lines -> without(lines, "term", term));
    }

    private void change(java.util.function.UnaryOperator<List<String>> edit) throws IOException {
        fill(LineFiles.update(file, edit));
        problem = "";
    }

    /** The lines with {@code kind<TAB>value} added unless an equal one (terms: ignoring case) is there. */
    private static List<String> with(List<String> lines, String kind, String value) {
        for (String line : lines) {
            if (line.startsWith(kind + "\t")) {
                String v = line.substring(kind.length() + 1).strip();
                if (kind.equals("term") ? v.equalsIgnoreCase(value) : v.equals(value)) {
                    return lines;
                }
            }
        }
        lines.add(kind + "\t" + value);
        return lines;
    }

    private static List<String> without(List<String> lines, String kind, String value) {
        lines.removeIf(line -> line.startsWith(kind + "\t") && line.substring(kind.length() + 1).strip().equals(value));
        return lines;
    }

    /** How many watched mentions and term occurrences an article has. */
    public int hits(String text, List<Mention> mentions) {
        int n = 0;
        for (Mention m : mentions) {
            if (entities.contains(m.entityId())) {
                n++;
            }
        }
        for (String term : terms) {
            n += occurrences(text, term).size();
        }
        return n;
    }

    /** Every case-insensitive whole-word occurrence of {@code term} in {@code text}, as [start, end). */
    public static List<int[]> occurrences(String text, String term) {
        List<int[]> found = new ArrayList<>();
        int len = term.length();
        if (len == 0) {
            return found;
        }
        // Compared in place, char by char ignoring case: lower-casing a 10 MB text copied it for every term.
        char first = term.charAt(0);
        char upper = Character.toUpperCase(first);
        char lower = Character.toLowerCase(first);
        for (int i = 0; i + len <= text.length(); i++) {
            char c = text.charAt(i);
            if ((c == upper || c == lower || c == first || Character.toLowerCase(c) == lower)
                    && text.regionMatches(true, i, term, 0, len)) {
                int end = i + len;
                boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
                boolean wordEnd = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
                if (wordStart && wordEnd) {
                    found.add(new int[] {i, end});
                }
            }
        }
        return found;
    }

    /** For display: watched entity ids and terms, sorted. */
    public List<String> describe() {
        List<String> all = new ArrayList<>();
        entities.forEach(e -> all.add(EntityIndex.nameOf(e)));
        all.addAll(terms);
        Collections.sort(all);
        return all;
    }
}
