package org.dossier.analysis;

import java.util.List;

/** The entity network: nodes and the edges between them, strongest edges first. */
public record EntityGraph(List<GraphNode> nodes, List<GraphEdge> edges) {
    public EntityGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
