package org.dossier.notebook;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Exports as CSV (RFC 4180): a header row, one row per bookmark in reading order, CRLF line ends,
 * fields with commas, quotes or line breaks quoted and inner quotes doubled. Tags are joined with
 * "; ", entities as "text (TYPE id)"; the last columns cite the article ({@link Citation}), and
 * {@code page} is the page a PDF passage starts on (empty for articles without pages). New columns
 * go last, so that readers of the older ones are not disturbed. Immutable; thread-safe.
 */
public final class CsvExporter implements NotebookExporter {
    static final List<String> HEADER = List.of("id", "article_id", "article_title", "article_date", "start", "end",
            "quote", "note", "tags", "entities", "created", "modified", "article_source", "article_author",
            "article_url", "article_file", "citation", "page");

    private final ZoneId zone;

    /** Bookmarking dates in the system's time zone. */
    public CsvExporter() {
        this(ZoneId.systemDefault());
    }

    /** Bookmarking dates in {@code zone}. */
    public CsvExporter(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public String export(List<Bookmark> bookmarks) {
        StringBuilder csv = new StringBuilder();
        row(csv, HEADER);
        for (BookmarkGroup group : BookmarkGroups.byArticle(bookmarks)) {
            for (Bookmark b : group.bookmarks()) {
                List<String> entities = new ArrayList<>();
                for (PassageEntity e : b.entities()) {
                    entities.add(e.text() + " (" + e.type() + (e.id().isEmpty() ? "" : " " + e.id()) + ")");
                }
                row(csv, List.of(b.id().toString(), b.article().id(), b.article().title(),
                        b.article().date() == null ? "" : b.article().date().toString(),
                        Integer.toString(b.position().start()), Integer.toString(b.position().end()),
                        b.exact(), b.note(), String.join("; ", b.tags()), String.join("; ", entities),
                        b.created().toString(), b.modified().toString(), b.article().source(), b.article().author(),
                        b.article().url(), b.article().file(), Citation.of(b, zone),
                        b.position().page() > 0 ? Integer.toString(b.position().page()) : ""));
            }
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
