package org.dossier.analysis;

/**
 * Two entities that appear in the same paragraph; {@code weight} is the number of paragraphs they
 * share. {@code source} sorts before {@code target}, so an edge is written once.
 */
public record GraphEdge(String source, String target, int weight) {
}
