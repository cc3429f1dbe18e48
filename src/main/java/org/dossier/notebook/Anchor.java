package org.dossier.notebook;

/**
 * Where a bookmark lands in an article's current text, found by {@link Reanchorer}: placed on a
 * passage, or orphaned (kept, listed with its quote, never dropped). Immutable.
 */
public sealed interface Anchor permits Anchor.Placed, Anchor.Orphaned {
    /** Whether the article's text differs from the text the bookmark was made on (SHA-256 differs). */
    boolean textChanged();

    /** How a placed bookmark was found. */
    enum Method {
        /** Its stored offsets still hold its quote. */
        POSITION,
        /** Its exact quote was found elsewhere, the context telling which occurrence. */
        QUOTE,
        /** An approximate match of its quote and context scored above {@link Reanchorer#MIN_SCORE}. */
        FUZZY
    }

    /**
     * The bookmark's passage is {@code [start, end)} of the current text.
     *
     * @param score 1 for an exact quote; the match score for {@link Method#FUZZY}
     */
    record Placed(int start, int end, Method method, boolean textChanged, double score) implements Anchor {
    }

    /**
     * The passage could not be found with confidence.
     *
     * @param quote  the bookmark's quote, to list it
     * @param reason a sentence for the user
     */
    record Orphaned(String quote, boolean textChanged, String reason) implements Anchor {
    }
}
