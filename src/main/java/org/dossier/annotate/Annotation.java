package org.dossier.annotate;

import java.util.List;

/**
 * One text's annotation: its mentions (sorted, non-overlapping) and the language it was
 * annotated as, which says whether the English rules ran. Immutable.
 */
public record Annotation(List<Mention> mentions, Language language) {
    public Annotation {
        mentions = List.copyOf(mentions);
    }
}
