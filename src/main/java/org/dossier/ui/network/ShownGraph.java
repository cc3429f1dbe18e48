package org.dossier.ui.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dossier.analysis.EntityGraph;
import org.dossier.analysis.GraphEdge;
import org.dossier.analysis.GraphNode;
import org.dossier.annotate.EntityType;

/**
 * The part of the library's network the view draws: the strongest edges first, as many as keep the
 * picture readable. An edge is taken when its weight reaches the minimum, both ends are of a type
 * shown, and its new ends still fit under the node cap; entities with no edge taken are left out (a
 * network of lone dots says nothing). Nodes are numbered in the order the edges brought them in, so
 * the heaviest-linked entities come first. Immutable; no JavaFX.
 *
 * @param nodes      the nodes drawn, node {@code i} at index {@code i}
 * @param edges      the edges drawn, strongest first
 * @param from       each edge's first end, as a node number
 * @param to         each edge's other end
 * @param candidates how many entities had an edge that passed the type and weight filters
 */
record ShownGraph(List<GraphNode> nodes, List<GraphEdge> edges, int[] from, int[] to, int candidates) {
    static final ShownGraph EMPTY = new ShownGraph(List.of(), List.of(), new int[0], new int[0], 0);

    /** The heaviest edges first; equal weights in a fixed order, so the same graph is drawn the same way. */
    static final Comparator<GraphEdge> STRONGEST_FIRST = Comparator.comparingInt(GraphEdge::weight).reversed()
            .thenComparing(GraphEdge::source).thenComparing(GraphEdge::target);

    static ShownGraph of(EntityGraph graph, Set<EntityType> types, int minWeight, int maxNodes, int maxEdges) {
        Map<String, GraphNode> byId = new HashMap<>();
        for (GraphNode node : graph.nodes()) {
            if (types.contains(node.type())) {
                byId.put(node.id(), node);
            }
        }
        List<GraphEdge> passing = graph.edges().stream()
                .filter(e -> e.weight() >= minWeight && byId.containsKey(e.source()) && byId.containsKey(e.target()))
                .sorted(STRONGEST_FIRST).toList();
        Map<String, Integer> number = new HashMap<>();
        List<GraphNode> nodes = new ArrayList<>();
        List<GraphEdge> edges = new ArrayList<>();
        java.util.Set<String> candidates = new java.util.HashSet<>();
        for (GraphEdge e : passing) {
            candidates.add(e.source());
            candidates.add(e.target());
            if (edges.size() >= maxEdges) {
                continue;
            }
            int newEnds = (number.containsKey(e.source()) ? 0 : 1) + (number.containsKey(e.target()) ? 0 : 1);
            if (nodes.size() + newEnds > maxNodes) {
                continue;
            }
            for (String id : List.of(e.source(), e.target())) {
                if (!number.containsKey(id)) {
                    number.put(id, nodes.size());
                    nodes.add(byId.get(id));
                }
            }
            edges.add(e);
        }
        int[] from = new int[edges.size()];
        int[] to = new int[edges.size()];
        for (int i = 0; i < edges.size(); i++) {
            from[i] = number.get(edges.get(i).source());
            to[i] = number.get(edges.get(i).target());
        }
        return new ShownGraph(List.copyOf(nodes), List.copyOf(edges), from, to, candidates.size());
    }

    /** The heaviest weight among the edges that pass the type filter (the slider's top), at least 1. */
    static int maxWeight(EntityGraph graph) {
        return graph.edges().stream().mapToInt(GraphEdge::weight).max().orElse(1);
    }

    /** The layout of these nodes and edges, each node sized by {@link #radius}. */
    ForceLayout layout(long seed) {
        int[] weights = edges.stream().mapToInt(GraphEdge::weight).toArray();
        ForceLayout layout = new ForceLayout(nodes.size(), from, to, weights, seed);
        for (int i = 0; i < nodes.size(); i++) {
            layout.setRadius(i, radius(i));
        }
        return layout;
    }

    /**
     * Node {@code i}'s radius in layout units (the ideal edge length is 1): its area grows with the
     * articles that mention it, the most mentioned a little over a third of an edge across.
     */
    double radius(int i) {
        int most = nodes.stream().mapToInt(GraphNode::articles).max().orElse(1);
        return 0.1 + 0.28 * Math.sqrt((double) Math.max(1, nodes.get(i).articles()) / Math.max(1, most));
    }
}
