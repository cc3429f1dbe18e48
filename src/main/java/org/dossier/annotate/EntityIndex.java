package org.dossier.annotate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    private final Map<String, Set<String>> articlesById;

    private EntityIndex(Map<String, Entry> entries, Map<String, Set<String>> articlesById) {
        this.entries = entries;
        this.articlesById = articlesById;
    }

    /** Builds the index from each article id's mentions. */
    public static EntityIndex of(Map<String, List<Mention>> mentionsByArticle) {
        Map<String, Set<String>> articles = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        Map<String, EntityType> types = new HashMap<>();
        mentionsByArticle.forEach((articleId, mentions) -> {
            for (Mention m : mentions) {
                articles.computeIfAbsent(m.entityId(), k -> new TreeSet<>()).add(articleId);
                counts.merge(m.entityId(), 1, Integer::sum);
                types.putIfAbsent(m.entityId(), m.type());
            }
        });
        Map<String, Entry> entries = new LinkedHashMap<>();
        counts.keySet().stream().sorted().forEach(id -> entries.put(id,
                new Entry(id, types.get(id), nameOf(id), articles.get(id).size(), counts.get(id))));
        return new EntityIndex(entries, articles);
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

    /** The ids of the articles that mention the entity (any alias), sorted. */
    public Set<String> articlesMentioning(String entityId) {
        return articlesById.getOrDefault(entityId, Set.of());
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
