package org.dossier.notebook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups bookmarks for the notebook view and the exporters. Within a group, bookmarks are in text
 * order (by article, then start offset). Stateless; thread-safe.
 */
public final class BookmarkGroups {
    /** Key and label of the group of bookmarks without tags. */
    public static final String UNTAGGED = "";
    public static final String UNTAGGED_LABEL = "(untagged)";

    /** Article, then position, then id: the reading order used everywhere. */
    public static final Comparator<Bookmark> TEXT_ORDER = Comparator
            .comparing((Bookmark b) -> b.article().id())
            .thenComparingInt(b -> b.position().start())
            .thenComparingInt(b -> b.position().end())
            .thenComparing(Bookmark::id);

    private BookmarkGroups() {
    }

    /** One group per article, ordered by title (case-insensitive), then article id. */
    public static List<BookmarkGroup> byArticle(List<Bookmark> bookmarks) {
        Map<String, List<Bookmark>> byId = new LinkedHashMap<>();
        for (Bookmark b : bookmarks) {
            byId.computeIfAbsent(b.article().id(), k -> new ArrayList<>()).add(b);
        }
        List<BookmarkGroup> groups = new ArrayList<>();
        byId.forEach((id, list) -> {
            list.sort(TEXT_ORDER);
            groups.add(new BookmarkGroup(id, list.get(list.size() - 1).article().title(), list));
        });
        groups.sort(Comparator.comparing((BookmarkGroup g) -> g.label().toLowerCase(Locale.ROOT))
                .thenComparing(BookmarkGroup::key));
        return groups;
    }

    /**
     * One group per tag, sorted by tag; a bookmark with several tags appears in each. Bookmarks without
     * tags come last, under {@link #UNTAGGED_LABEL}.
     */
    public static List<BookmarkGroup> byTag(List<Bookmark> bookmarks) {
        Map<String, List<Bookmark>> byTag = new TreeMap<>();
        List<Bookmark> untagged = new ArrayList<>();
        for (Bookmark b : bookmarks) {
            if (b.tags().isEmpty()) {
                untagged.add(b);
            }
            for (String tag : b.tags()) {
                byTag.computeIfAbsent(tag, k -> new ArrayList<>()).add(b);
            }
        }
        List<BookmarkGroup> groups = new ArrayList<>();
        byTag.forEach((tag, list) -> {
            list.sort(TEXT_ORDER);
            groups.add(new BookmarkGroup(tag, tag, list));
        });
        if (!untagged.isEmpty()) {
            untagged.sort(TEXT_ORDER);
            groups.add(new BookmarkGroup(UNTAGGED, UNTAGGED_LABEL, untagged));
        }
        return groups;
    }
}
