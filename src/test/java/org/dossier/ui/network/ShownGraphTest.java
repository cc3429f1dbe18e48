package org.dossier.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.dossier.analysis.EntityGraph;
import org.dossier.analysis.GraphEdge;
import org.dossier.analysis.GraphNode;
import org.dossier.annotate.EntityType;
import org.junit.jupiter.api.Test;

class ShownGraphTest {
    private static final Set<EntityType> ALL = EnumSet.allOf(EntityType.class);
    private static final EntityGraph GRAPH = new EntityGraph(List.of(
            new GraphNode("a", EntityType.PERSON, "Ann", 5),
            new GraphNode("b", EntityType.PERSON, "Bob", 4),
            new GraphNode("c", EntityType.ORG, "Club", 3),
            new GraphNode("d", EntityType.LOCATION, "Dover", 2),
            new GraphNode("e", EntityType.DATE, "Easter", 9)),
            List.of(new GraphEdge("a", "b", 2), new GraphEdge("c", "d", 1), new GraphEdge("a", "c", 7),
                    new GraphEdge("b", "e", 3)));

    private static List<String> names(ShownGraph g) {
        return g.nodes().stream().map(GraphNode::name).toList();
    }

    @Test
    void theStrongestEdgesComeFirstAndBringTheirEndsInThatOrder() {
        ShownGraph g = ShownGraph.of(GRAPH, ALL, 1, 100, 100);
        assertEquals(List.of(7, 3, 2, 1), g.edges().stream().map(GraphEdge::weight).toList());
        assertEquals(List.of("Ann", "Club", "Bob", "Easter", "Dover"), names(g));
        assertEquals(0, g.from()[0]);
        assertEquals(1, g.to()[0]);
        assertEquals(5, g.candidates());
    }

    @Test
    void theMinimumWeightLeavesOutWeakerEdgesAndEntitiesLeftAlone() {
        ShownGraph g = ShownGraph.of(GRAPH, ALL, 3, 100, 100);
        assertEquals(List.of("Ann", "Club", "Bob", "Easter"), names(g));
        assertEquals(2, g.edges().size());
    }

    @Test
    void aTypeSwitchedOffTakesItsEntitiesAndTheirEdgesAway() {
        ShownGraph g = ShownGraph.of(GRAPH, EnumSet.complementOf(EnumSet.of(EntityType.DATE)), 1, 100, 100);
        assertEquals(List.of("Ann", "Club", "Bob", "Dover"), names(g));
        assertEquals(List.of(7, 2, 1), g.edges().stream().map(GraphEdge::weight).toList());
    }

    @Test
    void theNodeCapKeepsTheEntitiesOfTheStrongestEdgesAndTheirEdgesAmongThem() {
        ShownGraph g = ShownGraph.of(GRAPH, ALL, 1, 3, 100);
        assertEquals(List.of("Ann", "Club", "Bob"), names(g));
        assertEquals(List.of(7, 2), g.edges().stream().map(GraphEdge::weight).toList());
        assertEquals(5, g.candidates(), "the status can say how many were left out");
    }

    @Test
    void theEdgeCapStopsAtTheStrongest() {
        ShownGraph g = ShownGraph.of(GRAPH, ALL, 1, 100, 2);
        assertEquals(List.of(7, 3), g.edges().stream().map(GraphEdge::weight).toList());
    }
}
