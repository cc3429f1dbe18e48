package org.dossier.notebook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What the notebook view shows: bookmarks whose quote, note or tags contain every word of
 * {@code text} (case-insensitive), and that carry {@code tag} and mention {@code entityId} when those
 * are given. Blank or null parts do not filter. Immutable.
 *
 * @param text     free text typed into the search field
 * @param tag      a tag the bookmark must carry exactly, or null
 * @param entityId an entity id one of the bookmark's entities must have, or null
 */
public record NotebookQuery(String text, String tag, String entityId) {
    /** Everything. */
    public static final NotebookQuery ALL = new NotebookQuery(null, null, null);

    public static NotebookQuery text(String text) {
        return new NotebookQuery(text, null, null);
    }

    public static NotebookQuery tag(String tag) {
        return new NotebookQuery(null, tag, null);
    }

    public static NotebookQuery entity(String entityId) {
        return new NotebookQuery(null, null, entityId);
    }

    String[] terms() {
        if (text == null || text.isBlank()) {
            return new String[0];
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).strip().split("\\s+")).toArray(String[]::new);
    }

    /**
     * Where the words of {@code text} occur in {@code shown} (a quote, note or tag as displayed),
     * case-insensitively: sorted, non-overlapping {@code [start, end)} UTF-16 offsets, overlapping
     * occurrences joined; none when there is no text.
     */
    public List<int[]> marks(String shown) {
        List<int[]> found = new ArrayList<>();
        for (String term : terms()) {
            for (int at = 0; at + term.length() <= shown.length(); at++) {
                if (shown.regionMatches(true, at, term, 0, term.length())) {
                    found.add(new int[] {at, at + term.length()});
                }
            }
        }
        found.sort(Comparator.<int[]>comparingInt(r -> r[0]).thenComparingInt(r -> r[1]));
        List<int[]> out = new ArrayList<>(found.size());
        for (int[] r : found) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && r[0] <= last[1]) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /** Whether {@code bookmark} passes; {@code haystack} is its lower-cased searchable text. */
    boolean matches(Bookmark bookmark, String haystack, String[] terms) {
        if (tag != null && !tag.isBlank() && !bookmark.tags().contains(tag.strip())) {
            return false;
        }
        if (entityId != null && !entityId.isBlank()
                && bookmark.entities().stream().noneMatch(e -> e.id().equals(entityId))) {
            return false;
        }
        for (String term : terms) {
            if (!haystack.contains(term)) {
                return false;
            }
        }
        return true;
    }

    /** The text searched for a bookmark: quote, note and tags, lower-cased. */
    static String haystack(Bookmark b) {
        StringBuilder s = new StringBuilder(b.exact().length() + b.note().length() + 32);
        s.append(b.exact()).append('\n').append(b.note());
        for (String tag : b.tags()) {
            s.append('\n').append(tag);
        }
        return s.toString().toLowerCase(Locale.ROOT);
    }
}
