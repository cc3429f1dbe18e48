package org.dossier.article.feed;

import java.util.List;

/**
 * A feed as its file states it, before its items become articles: the channel's title, link, date
 * and language, the items in file order, and what went wrong reading it. Immutable.
 *
 * @param dialect  "RSS 2.0", "RSS 1.0", "Atom 1.0"…
 * @param problem  why the file could not be read as a feed at all, or null
 * @param warnings what the reader dropped or could not read (the items before a break in the XML are kept)
 */
record Feed(String dialect, String title, String link, String date, String language, List<Entry> entries,
            List<String> warnings, String problem) {

    Feed {
        entries = List.copyOf(entries);
        warnings = List.copyOf(warnings);
    }

    /**
     * One item or entry, its values as written ("" when absent).
     *
     * @param contentHtml whether {@code content} is HTML (RSS description and content:encoded, Atom
     *                    {@code type="html"} or {@code "xhtml"}) rather than plain text
     */
    record Entry(String title, boolean titleHtml, String link, String author, String date, String content,
                 boolean contentHtml, String summary, boolean summaryHtml) {
    }
}
