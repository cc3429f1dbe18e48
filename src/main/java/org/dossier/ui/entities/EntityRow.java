package org.dossier.ui.entities;

import org.dossier.annotate.EntityIndex;
import org.dossier.annotate.EntityType;

/** A row of an entity list: a type heading, or one entity under it. */
sealed interface EntityRow {
    record Heading(EntityType type, int count) implements EntityRow {
    }

    record Item(EntityIndex.Entry entry) implements EntityRow {
    }
}
