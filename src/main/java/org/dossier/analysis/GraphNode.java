package org.dossier.analysis;

import org.dossier.annotate.EntityType;

/** An entity of the network: its (merged) id, type, name and how many articles mention it. */
public record GraphNode(String id, EntityType type, String name, int articles) {
}
