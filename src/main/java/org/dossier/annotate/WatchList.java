package org.dossier.annotate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * everywhere and counted per article. Not thread-safe: confine to one thread; {@link #entities()}
 * and {@link #terms()} return snapshots that are safe to hand to other threads.
 */
public final class WatchList {
    private final Path file;
    private final Set<String> entities = new LinkedHashSet<>();
    private final Set<String> terms = new LinkedHashSet<>();

    private WatchList(Path file) {
        this.file = file;
    }

    /** Loads the list; a missing file is an empty list, unknown lines are ignored. */
    public static WatchList load(Path file) {
        WatchList list = new WatchList(file);
        try {
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    int tab = line.indexOf('\t');
                    if (tab < 0) {
                        continue;
                    }
                    String value = line.substring(tab + 1).strip();
                    if (value.isEmpty()) {
                        continue;
                    }
                    switch (line.substring(0, tab)) {
                        case "entity" -> list.entities.add(value);
                        case "term" -> list.terms.add(value);
                        default -> { }
                    }
                }
            }
        } catch (IOException e) {
            // An unreadable watch-list starts empty; saving later writes a good one.
        }
        return list;
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
        boolean now = !entities.remove(entityId);
        if (now) {
            entities.add(entityId);
        }
        save();
        return now;
    }

    public void addTerm(String term) throws IOException {
        String t = term.replaceAll("\\s+", " ").strip();
        if (!t.isEmpty() && terms.stream().noneMatch(x -> x.equalsIgnoreCase(t))) {
            terms.add(t);
            save();
        }
    }

    public void removeTerm(String term) throws IOException {
        if (terms.remove(term)) {
            save();
        }
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
        String lower = text.toLowerCase(Locale.ROOT);
        String t = term.toLowerCase(Locale.ROOT);
        // Lower-casing can change a string's length in a few scripts; offsets would then be wrong.
        if (t.isEmpty() || lower.length() != text.length()) {
            return found;
        }
        for (int i = lower.indexOf(t); i >= 0; i = lower.indexOf(t, i + 1)) {
            int end = i + t.length();
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean wordEnd = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (wordStart && wordEnd) {
                found.add(new int[] {i, end});
            }
        }
        return found;
    }

    private void save() throws IOException {
        List<String> lines = new ArrayList<>();
        entities.forEach(e -> lines.add("entity\t" + e));
        terms.forEach(t -> lines.add("term\t" + t));
        LineFiles.replace(file, lines);
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
