package org.dossier.notebook;

/**
 * A W3C Web Annotation TextPositionSelector: {@code [start, end)} in UTF-16 offsets into the
 * article's plain text. Immutable.
 */
public record TextPosition(int start, int end) {
    public TextPosition {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }
}
