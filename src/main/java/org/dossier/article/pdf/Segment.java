package org.dossier.article.pdf;

/**
 * A run of text on one baseline of a page, without a wide gap in it: a line of a column, or a whole
 * line of a one-column page. Coordinates are PDF points from the page's top left. Immutable.
 *
 * @param y    the baseline
 * @param size the font size in points (the largest in the run)
 */
record Segment(String text, float x0, float x1, float y, float size) {
    float width() {
        return x1 - x0;
    }
}
