package org.dossier.search;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What to search for. {@code text} uses Lucene's classic syntax: words (all must occur), {@code "quoted
 * phrases"}, {@code OR}, {@code NOT}/{@code -word}, {@code word*}, {@code title:word}, parentheses; blank
 * text with filters lists the filtered articles, newest first. The filters are optional (null = any):
 * an entity id and an entity type (as given to {@link SearchIndex#update(org.dossier.article.Article,
 * java.util.Collection, java.util.Collection)}), an inclusive date range and a source (case-insensitive,
 * whole name). Immutable.
 */
public record SearchQuery(String text, String entityId, String entityType, LocalDate from, LocalDate to,
                          String source) {

    public SearchQuery {
        text = text == null ? "" : text.strip();
        entityId = blankToNull(entityId);
        entityType = blankToNull(entityType);
        source = blankToNull(source);
    }

    /** A full-text query without filters. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null);
    }

    public SearchQuery withText(String t) {
        return new SearchQuery(t, entityId, entityType, from, to, source);
    }

    public SearchQuery withEntity(String id) {
        return new SearchQuery(text, id, entityType, from, to, source);
    }

    public SearchQuery withEntityType(String type) {
        return new SearchQuery(text, entityId, type, from, to, source);
    }

    public SearchQuery withDates(LocalDate fromDate, LocalDate toDate) {
        return new SearchQuery(text, entityId, entityType, fromDate, toDate, source);
    }

    public SearchQuery withSource(String s) {
        return new SearchQuery(text, entityId, entityType, from, to, s);
    }

    public boolean hasText() {
        return !text.isEmpty();
    }

    /** Whether any filter is set. */
    public boolean hasFilters() {
        return entityId != null || entityType != null || from != null || to != null || source != null;
    }

    static String normalise(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
