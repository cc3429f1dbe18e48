package org.dossier.notebook;

import java.util.List;

/** Writes bookmarks out in one format, for File → Export notebook… and the {@code export} command. */
public interface NotebookExporter {
    /** The whole export as text, bookmarks grouped by article in reading order. */
    String export(List<Bookmark> bookmarks);

    /** The file name extension, without the dot. */
    String extension();

    /** The exporter for a {@code --format} name: {@code md}, {@code csv} or {@code jsonld}. */
    static NotebookExporter forFormat(String name) {
        return switch (name) {
            case "md", "markdown" -> new MarkdownExporter();
            case "csv" -> new CsvExporter();
            case "jsonld", "json-ld" -> new JsonLdExporter();
            default -> throw new IllegalArgumentException("unknown export format \"" + name
                    + "\" (expected md, csv or jsonld)");
        };
    }
}
