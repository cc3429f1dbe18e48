package org.dossier.notebook;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One bookmarked passage, modelled on a W3C Web Annotation: the article, a quote selector and a
 * position selector for the passage, the user's note and tags, and the entities inside the passage.
 * Immutable: edits return a new bookmark with a later {@code modified} time.
 *
 * <p>{@code unknownFields} holds, verbatim, the fields a newer Dossier wrote that this version does
 * not know, so that a save keeps them. A key naming a known object ({@code "article"}, {@code "quote"},
 * {@code "position"}) holds an object of the unknown fields inside that object. The UI can ignore it.
 *
 * @param tags sorted, trimmed, without blanks or duplicates
 */
public record Bookmark(UUID id, ArticleRef article, TextQuote quote, TextPosition position, String note,
                       SortedSet<String> tags, List<PassageEntity> entities, Instant created, Instant modified,
                       Map<String, JsonNode> unknownFields) {

    public Bookmark {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(modified, "modified");
        note = note == null ? "" : note;
        tags = normalizeTags(tags);
        entities = entities == null ? List.of() : List.copyOf(entities);
        unknownFields = copyUnknown(unknownFields);
    }

    /** A bookmark without unknown fields. */
    public Bookmark(UUID id, ArticleRef article, TextQuote quote, TextPosition position, String note,
                    Collection<String> tags, List<PassageEntity> entities, Instant created, Instant modified) {
        this(id, article, quote, position, note, normalizeTags(tags), entities, created, modified, Map.of());
    }

    /** This bookmark with another note, modified at {@code now}. */
    public Bookmark withNote(String newNote, Instant now) {
        return new Bookmark(id, article, quote, position, newNote, tags, entities, created, now, unknownFields);
    }

    /** This bookmark with other tags, modified at {@code now}. */
    public Bookmark withTags(Collection<String> newTags, Instant now) {
        return new Bookmark(id, article, quote, position, note, normalizeTags(newTags), entities, created, now,
                unknownFields);
    }

    /** The passage text ({@code quote().exact()}). */
    public String exact() {
        return quote.exact();
    }

    /** Trims tags, drops blank ones and duplicates, sorts them; the result is unmodifiable. */
    static SortedSet<String> normalizeTags(Collection<String> tags) {
        TreeSet<String> sorted = new TreeSet<>();
        if (tags != null) {
            for (String tag : tags) {
                if (tag != null && !tag.isBlank()) {
                    sorted.add(tag.strip());
                }
            }
        }
        return Collections.unmodifiableSortedSet(sorted);
    }

    private static Map<String, JsonNode> copyUnknown(Map<String, JsonNode> fields) {
        if (fields == null || fields.isEmpty()) {
            return Map.of();
        }
        TreeMap<String, JsonNode> copy = new TreeMap<>();
        fields.forEach((k, v) -> copy.put(k, v.deepCopy()));
        return Collections.unmodifiableMap(copy);
    }
}
