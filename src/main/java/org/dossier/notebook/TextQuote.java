package org.dossier.notebook;

import java.util.Objects;

/**
 * A W3C Web Annotation TextQuoteSelector: the exact passage with a little context on either side.
 * Immutable.
 *
 * @param exact  the passage itself, never empty
 * @param prefix up to {@link BookmarkFactory#CONTEXT_CHARS} characters just before it
 * @param suffix up to {@link BookmarkFactory#CONTEXT_CHARS} characters just after it
 */
public record TextQuote(String exact, String prefix, String suffix) {
    public TextQuote {
        Objects.requireNonNull(exact, "exact");
        if (exact.isEmpty()) {
            throw new IllegalArgumentException("empty quote");
        }
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }
}
