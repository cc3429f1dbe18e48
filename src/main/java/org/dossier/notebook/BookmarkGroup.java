package org.dossier.notebook;

import java.util.List;

/**
 * Bookmarks shown under one heading of the notebook view. Immutable.
 *
 * @param key       the article id or the tag; "" for the untagged group
 * @param label     what to show: the article's title, or the tag
 * @param bookmarks in display order
 */
public record BookmarkGroup(String key, String label, List<Bookmark> bookmarks) {
    public BookmarkGroup {
        bookmarks = List.copyOf(bookmarks);
    }
}
