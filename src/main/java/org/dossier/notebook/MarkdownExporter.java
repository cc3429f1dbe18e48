package org.dossier.notebook;

import java.time.ZoneId;
import java.util.List;

/**
 * Exports as Markdown: per article a heading (its title), then each passage as a blockquote followed
 * by its note, its tags and its full citation ({@link Citation}), ready to paste into a report.
 * Markdown characters in the text are escaped so a quote renders as written. Immutable; thread-safe.
 */
public final class MarkdownExporter implements NotebookExporter {
    private final ZoneId zone;

    /** Bookmarking dates in the system's time zone. */
    public MarkdownExporter() {
        this(ZoneId.systemDefault());
    }

    /** Bookmarking dates in {@code zone}. */
    public MarkdownExporter(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public String export(List<Bookmark> bookmarks) {
        StringBuilder md = new StringBuilder("# Notebook\n");
        for (BookmarkGroup group : BookmarkGroups.byArticle(bookmarks)) {
            md.append("\n## ").append(escape(group.label())).append('\n');
            for (Bookmark b : group.bookmarks()) {
                md.append('\n');
                for (String line : b.exact().strip().split("\\R", -1)) {
                    md.append(line.isBlank() ? ">" : "> " + escape(line.strip())).append('\n');
                }
                if (!b.note().isBlank()) {
                    md.append('\n');
                    for (String line : b.note().strip().split("\\R", -1)) {
                        md.append(escape(line)).append('\n');
                    }
                }
                if (!b.tags().isEmpty()) {
                    md.append("\nTags:");
                    for (String tag : b.tags()) {
                        md.append(" `").append(tag.replace("`", "'")).append('`');
                    }
                    md.append('\n');
                }
                md.append("\nSource: ").append(escape(Citation.of(b, zone))).append('\n');
            }
        }
        return md.toString();
    }

    /** Escapes the characters that would otherwise format the text, and line starts that make blocks. */
    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>|~".indexOf(c) >= 0) {
                s.append('\\');
            }
            s.append(c);
        }
        String out = s.toString();
        if (out.matches("^(#|[-+] |\\d+[.)] |=|>).*")) {
            out = "\\" + out;
        }
        return out;
    }
}
