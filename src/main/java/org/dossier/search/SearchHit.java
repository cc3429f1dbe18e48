package org.dossier.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One ranked result. {@code snippet} is plain text (white space collapsed, passages joined by
 * " … "); {@code snippetMarks} are the {@code [start, end)} UTF-16 offsets of the matched words in
 * {@code snippet}, in order and not overlapping. {@link #markedSnippet()} shows them between «
 * and ». {@code date} is null when the article states none; {@code score} is 0 when results are
 * ordered by date (a query with filters only).
 */
public record SearchHit(String id, String title, LocalDate date, String source, float score, String snippet,
                        List<int[]> snippetMarks) {

    public SearchHit {
        snippetMarks = List.copyOf(snippetMarks);
    }

    /** The snippet with each match between « and ». */
    public String markedSnippet() {
        StringBuilder b = new StringBuilder(snippet.length() + snippetMarks.size() * 2);
        int at = 0;
        for (int[] m : snippetMarks) {
            b.append(snippet, at, m[0]).append('«').append(snippet, m[0], m[1]).append('»');
            at = m[1];
        }
        return b.append(snippet, at, snippet.length()).toString();
    }
}
