package org.dossier.analysis;

import java.util.EnumSet;
import java.util.Set;

import org.dossier.annotate.EntityIndex;
import org.dossier.annotate.EntityType;

/**
 * What part of the entity network to draw.
 *
 * @param minWeight  edges with fewer paragraphs in common are left out (at least 1)
 * @param types      the entity types that are nodes
 * @param articleIds only these articles count (the list's selection), or {@code null} for all
 * @param maxNodes   at most this many nodes: taken edge by edge, strongest first
 */
public record GraphQuery(int minWeight, Set<EntityType> types, Set<String> articleIds, int maxNodes) {
    /** Names (people, organisations, places, groups) over every article, weight 1 and up, 200 nodes. */
    public static final GraphQuery DEFAULT = new GraphQuery(1, EntityIndex.NAMES, null, 200);

    public GraphQuery {
        minWeight = Math.max(1, minWeight);
        types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        articleIds = articleIds == null ? null : Set.copyOf(articleIds);
        if (maxNodes < 0) {
            throw new IllegalArgumentException("maxNodes " + maxNodes);
        }
    }

    public GraphQuery withMinWeight(int w) {
        return new GraphQuery(w, types, articleIds, maxNodes);
    }

    public GraphQuery withTypes(Set<EntityType> t) {
        return new GraphQuery(minWeight, t, articleIds, maxNodes);
    }

    /** Only these articles ({@code null}: all). */
    public GraphQuery withArticles(Set<String> ids) {
        return new GraphQuery(minWeight, types, ids, maxNodes);
    }

    public GraphQuery withMaxNodes(int n) {
        return new GraphQuery(minWeight, types, articleIds, n);
    }
}
