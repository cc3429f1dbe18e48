package org.dossier.notebook;

import java.util.List;

/**
 * Exports as Markdown: per article a heading and a citation line (title, date, file), then each
 * passage as a blockquote (ending with its page, "— *Title*, p. 4", in a paged article) followed by
 * its note and tags. Markdown characters in the text are escaped
 * so a quote renders as written. Stateless; thread-safe.
 */
public final class MarkdownExporter implements NotebookExporter {
    @Override
    public String extension() {
        return "md";
    }

    @Override
    public String export(List<Bookmark> bookmarks) {
        StringBuilder md = new StringBuilder("# Notebook\n");
        for (BookmarkGroup group : BookmarkGroups.byArticle(bookmarks)) {
            ArticleRef article = group.bookmarks().get(0).article();
            md.append("\n## ").append(escape(group.label())).append("\n\n");
            md.append('*').append(escape(group.label())).append('*');
            if (article.date() != null) {
                md.append(", ").append(article.date());
            }
            md.append(", `").append(article.id().replace("`", "'")).append("`\n");
            for (Bookmark b : group.bookmarks()) {
                md.append('\n');
                for (String line : b.exact().strip().split("\\R", -1)) {
                    md.append(line.isBlank() ? ">" : "> " + escape(line.strip())).append('\n');
                }
                if (b.position().page() > 0) {
                    // The page belongs to the citation: "*Title*, date, `file`, p. 4".
                    md.append(">\n> — *").append(escape(group.label())).append("*, ").append(b.position().pageLabel()).append('\n');
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
