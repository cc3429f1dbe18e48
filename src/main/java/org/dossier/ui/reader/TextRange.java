package org.dossier.ui.reader;

/**
 * A passage of an article's text: {@code [start, end)} UTF-16 offsets into {@code Article.text()}.
 * Immutable.
 */
public record TextRange(int start, int end) {
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a range: [" + start + ", " + end + ")");
        }
    }

    /** The passage's text in {@code text} (the article's). */
    public String of(String text) {
        return text.substring(start, end);
    }
}
