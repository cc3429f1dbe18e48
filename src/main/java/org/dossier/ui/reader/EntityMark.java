package org.dossier.ui.reader;

import org.dossier.annotate.EntityType;

/**
 * An entity highlight in the reading pane, as the user pointed at it.
 *
 * @param entityId the entity the mention belongs to ({@code PERSON:Sergey Lavrov})
 * @param type     its type
 * @param text     the mention's text as written in the article
 */
public record EntityMark(String entityId, EntityType type, String text) {
}
