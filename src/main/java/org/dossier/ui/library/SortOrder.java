package org.dossier.ui.library;

import java.util.Comparator;

import org.dossier.article.ArticleSummary;

/** How the article list is ordered. */
public enum SortOrder {
    NEWEST_FIRST("Newest first"),
    OLDEST_FIRST("Oldest first"),
    TITLE("Title");

    private static final Comparator<ArticleSummary> BY_TITLE =
            Comparator.comparing((ArticleSummary a) -> a.title().toLowerCase(java.util.Locale.ROOT)).thenComparing(ArticleSummary::id);

    private final String label;

    SortOrder(String label) {
        this.label = label;
    }

    /** Undated articles go last whichever way dates run: they are least likely to be what one looks for. */
    public Comparator<ArticleSummary> comparator() {
        return switch (this) {
            case TITLE -> BY_TITLE;
            case NEWEST_FIRST -> Comparator.comparing((ArticleSummary a) -> a.date() == null)
                    .thenComparing(ArticleSummary::date, Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(BY_TITLE);
            case OLDEST_FIRST -> Comparator.comparing((ArticleSummary a) -> a.date() == null)
                    .thenComparing(ArticleSummary::date, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(BY_TITLE);
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
