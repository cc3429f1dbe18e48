package org.dossier.annotate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Every entity of a library: which articles mention it and how often, aliases collapsed by entity
 * id. Built from each article's mentions; immutable once built, so safe to share between threads.
 */
public final class EntityIndex {
    /** One entity of the library, or of one article. */
    public record Entry(String id, EntityType type, String name, int articles, int mentions) {
    }

    private final Map<String, Entry> entries;
    /**
     * Per entity, the sorted ids of the articles that mention it. Arrays of shared id strings rather
     * than sets: 10,000 news articles give about a million (entity, article) pairs, which as
     * {@code TreeSet}s took 46 MB and as arrays take 5.
     */
    private final Map<String, String[]> articlesById;

    private EntityIndex(Map<String, Entry> entries, Map<String, String[]> articlesById) {
        this.entries = entries;
        this.articlesById = articlesById;
    }

    /** Builds the index from each article id's mentions. */
    public static EntityIndex of(Map<String, List<Mention>> mentionsByArticle) {
        Builder builder = new Builder();
        mentionsByArticle.forEach(builder::add);
        return builder.build();
    }

    /**
     * Builds an index one article at a time, keeping only what the index needs (no mentions), so
     * a big library can be indexed while reading one article after another. Not thread-safe.
     */
    public static final class Builder {
        private final Map<String, List<String>> articles = new HashMap<>();
        private final Map<String, int[]> counts = new HashMap<>();
        private final Map<String, EntityType> types = new HashMap<>();

        /** Adds one article's mentions; each article once. */
        public Builder add(String articleId, List<Mention> mentions) {
            for (Mention m : mentions) {
                List<String> ids = articles.computeIfAbsent(m.entityId(), k -> new ArrayList<>(2));
                if (ids.isEmpty() || !ids.get(ids.size() - 1).equals(articleId)) {
                    ids.add(articleId);
                }
                counts.computeIfAbsent(m.entityId(), k -> new int[1])[0]++;
                types.putIfAbsent(m.entityId(), m.type());
            }
            return this;
        }

        /** Adds one article given as its distinct entities and how often each is mentioned; each article once. */
        public Builder add(String articleId, Mention[] distinct, int[] mentionCounts) {
            for (int i = 0; i < distinct.length; i++) {
                Mention m = distinct[i];
                articles.computeIfAbsent(m.entityId(), k -> new ArrayList<>(2)).add(articleId);
                counts.computeIfAbsent(m.entityId(), k -> new int[1])[0] += mentionCounts[i];
                types.putIfAbsent(m.entityId(), m.type());
            }
            return this;
        }

        public EntityIndex build() {
            Map<String, Entry> entries = new LinkedHashMap<>();
            Map<String, String[]> byId = new HashMap<>();
            counts.keySet().stream().sorted().forEach(id -> {
                String[] ids = new TreeSet<>(articles.get(id)).toArray(String[]::new);
                byId.put(id, ids);
                entries.put(id, new Entry(id, types.get(id), nameOf(id), ids.length, counts.get(id)[0]));
            });
            return new EntityIndex(entries, byId);
        }
    }

    /** One article's entities, most mentioned first, as the entity panel lists them. */
    public static List<Entry> ofArticle(String articleId, List<Mention> mentions) {
        return EntityIndex.of(Map.of(articleId, mentions)).find(null, "");
    }

    /** The readable name in an entity id: {@code "PERSON:Sergey Lavrov"} → {@code "Sergey Lavrov"}. */
    public static String nameOf(String entityId) {
        int colon = entityId.indexOf(':');
        return colon >= 0 ? entityId.substring(colon + 1) : entityId;
    }

    /**
     * Entries of {@code type} (null: any) whose name contains {@code text} (case-insensitive), the
     * most widespread first (articles, then mentions, then name).
     */
    public List<Entry> find(EntityType type, String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        List<Entry> found = new ArrayList<>();
        for (Entry e : entries.values()) {
            if ((type == null || e.type() == type) && e.name().toLowerCase(Locale.ROOT).contains(needle)) {
                found.add(e);
            }
        }
        found.sort(Comparator.comparingInt(Entry::articles).reversed()
                .thenComparing(Comparator.comparingInt(Entry::mentions).reversed())
                .thenComparing(Entry::name));
        return found;
    }

    /** The ids of the articles that mention the entity (any alias), sorted; a new set each call. */
    public SortedSet<String> articlesMentioning(String entityId) {
        String[] ids = articlesById.get(entityId);
        return Collections.unmodifiableSortedSet(ids == null ? new TreeSet<>() : new TreeSet<>(Arrays.asList(ids)));
    }

    public Entry get(String entityId) {
        return entries.get(entityId);
    }

    public Collection<Entry> all() {
        return entries.values();
    }

    public int size() {
        return entries.size();
    }
}
