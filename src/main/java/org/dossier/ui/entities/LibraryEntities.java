package org.dossier.ui.entities;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dossier.annotate.EntityIndex;
import org.dossier.annotate.Mention;

/**
 * The library's entities article by article, compactly — each article's distinct entities and
 * surface forms (one shared {@code Mention} per entity and form across the library) with their
 * mention counts, and its
 * watch-list hits — so that when the folder watcher reports a few changed files the index is
 * rebuilt from memory instead of reading and annotating every article again. About 10 MB for
 * 10,000 news articles. Not thread-safe: the entity index's thread owns it.
 */
final class LibraryEntities {
    private record Entities(Mention[] distinct, int[] counts) {
    }

    private final Map<String, Entities> byArticle = new LinkedHashMap<>();
    private final Map<String, Integer> hits = new HashMap<>();
    private final Map<String, Mention> shared = new HashMap<>();

    /** Records (or replaces) one article's mentions and watch-list hits. */
    void put(String articleId, List<Mention> mentions, int watchHits) {
        // One shared mention per entity and surface form, so the index keeps the forms ("Obama", "US").
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Mention> first = new HashMap<>();
        for (Mention m : mentions) {
            String key = m.entityId() + '\u0000' + m.text();
            counts.computeIfAbsent(key, k -> new int[1])[0]++;
            first.putIfAbsent(key, m);
        }
        Mention[] distinct = new Mention[counts.size()];
        int[] n = new int[counts.size()];
        int i = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            distinct[i] = shared.computeIfAbsent(e.getKey(), k -> first.get(k));
            n[i++] = e.getValue()[0];
        }
        byArticle.put(articleId, new Entities(distinct, n));
        if (watchHits > 0) {
            hits.put(articleId, watchHits);
        } else {
            hits.remove(articleId);
        }
    }

    void remove(String articleId) {
        byArticle.remove(articleId);
        hits.remove(articleId);
    }

    EntityIndex index() {
        return index(org.dossier.annotate.MergeCorrections.none());
    }

    /** The index, with the user's corrections to its merges. */
    EntityIndex index(org.dossier.annotate.MergeCorrections corrections) {
        EntityIndex.Builder builder = new EntityIndex.Builder().corrections(corrections);
        byArticle.forEach((id, e) -> builder.add(id, e.distinct(), e.counts()));
        return builder.build();
    }

    /** Watch-list hits per article id (articles without any are left out). */
    Map<String, Integer> hits() {
        return Map.copyOf(hits);
    }
}
