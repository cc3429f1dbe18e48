package org.dossier.notebook;

/**
 * A W3C Web Annotation TextPositionSelector: {@code [start, end)} in UTF-16 offsets into the
 * article's plain text, and, for a paged article (a PDF), the page the passage starts on, which
 * citations name (a FragmentSelector {@code page=N} in the JSON-LD export). Immutable.
 *
 * @param page the 1-based page the passage starts on, or 0 when the article has no pages
 */
public record TextPosition(int start, int end, int page) {
    public TextPosition {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
        if (page < 0) {
            throw new IllegalArgumentException("bad page " + page);
        }
    }

    /** A position in an article without pages. */
    public TextPosition(int start, int end) {
        this(start, end, 0);
    }

    public int length() {
        return end - start;
    }

    /** "p. 4", or "" when the article has no pages: what a citation adds. */
    public String pageLabel() {
        return page > 0 ? "p. " + page : "";
    }
}
