package org.dossier.analysis;

/**
 * A passage behind a view — a sentence or paragraph of one article — with the mention it is
 * listed for. Offsets are UTF-16 offsets into the article's plain text (what {@code text} prints),
 * so the reader can open the article at the mention.
 *
 * @param articleId    the article's id ({@code FILE} or {@code FILE#N})
 * @param articleTitle its title, as the list shows it
 * @param start        where the passage starts in the article's text
 * @param text         the passage as written
 * @param markStart    where the mention starts in the article's text ({@code start <= markStart})
 * @param markEnd      where it ends
 */
public record Passage(String articleId, String articleTitle, int start, String text, int markStart, int markEnd) {
    public Passage {
        if (start < 0 || markStart < start || markEnd < markStart || markEnd > start + text.length()) {
            throw new IllegalArgumentException("mark " + markStart + ".." + markEnd + " outside passage at " + start);
        }
    }

    /** The mention's offsets within {@link #text()}. */
    public int markStartInText() {
        return markStart - start;
    }

    public int markEndInText() {
        return markEnd - start;
    }
}
