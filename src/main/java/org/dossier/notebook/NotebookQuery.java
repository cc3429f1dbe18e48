package org.dossier.notebook;

import java.util.Arrays;
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
