package org.dossier.annotate;

/** The six kinds of entity the annotator finds, as defined by the annotation guide. */
public enum EntityType {
    PERSON, ORG, LOCATION, DATE, QUANTITY, NORP
}
