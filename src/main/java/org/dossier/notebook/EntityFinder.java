package org.dossier.notebook;

import java.util.List;

/**
 * Finds the entities inside a passage of an article's text. The notebook does not depend on the
 * annotator; the application supplies one of these (wrapping {@code Annotator.standard()}), and
 * {@link #NONE} is used until it does. Implementations must be safe to call from any thread.
 */
@FunctionalInterface
public interface EntityFinder {
    /** Finds none. */
    EntityFinder NONE = (text, start, end) -> List.of();

    /**
     * The entities mentioned within {@code [start, end)} of {@code text}, in text order.
     *
     * @param text  the article's whole plain text (annotating the whole text gives better context)
     * @param start the passage's first char offset
     * @param end   the passage's end offset (exclusive)
     */
    List<PassageEntity> find(String text, int start, int end);
}
