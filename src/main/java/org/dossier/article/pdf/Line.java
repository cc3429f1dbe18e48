package org.dossier.article.pdf;

/**
 * One line of a page in reading order, with the bounds of the column (or page) it belongs to, so
 * that paragraph rules can tell a short line or an indented one. Immutable.
 *
 * @param column which column of its page the line is in (0 for a one-column page or a line across columns)
 */
record Line(String text, float x0, float x1, float y, float size, int column, float left, float right) {
}
