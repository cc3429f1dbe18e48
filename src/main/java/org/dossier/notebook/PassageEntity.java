package org.dossier.notebook;

import java.util.Objects;

/**
 * An entity mentioned inside a bookmarked passage, as the annotator found it. Immutable.
 *
 * @param text the words as they appear in the passage ("Lavrov")
 * @param type the entity type's name ("PERSON", "ORG", …)
 * @param id   the entity id the annotator resolved it to, or "" when it resolved none
 */
public record PassageEntity(String text, String type, String id) {
    public PassageEntity {
        Objects.requireNonNull(text, "text");
        type = type == null ? "" : type;
        id = id == null ? "" : id;
    }
}
