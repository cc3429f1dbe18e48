package org.dossier.article;

import java.nio.file.Path;
import java.util.List;

/**
 * The parsers of this package, for the format packages ({@code article.mail}, {@code article.feed},
 * {@code article.pdf}) whose files hold pages and texts: an e-mail's HTML body, a single-file page's
 * HTML part, a feed item's content, a text attachment. Stateless; safe from any thread.
 */
public final class ArticleParsers {
    private ArticleParsers() {
    }

    /** A saved page or an HTML fragment, through the saved-page extractor (sanitized; nothing is fetched). */
    public static Article html(String id, Path file, String html, List<String> warnings) {
        return HtmlArticleParser.parse(id, file, html, warnings);
    }

    /** Plain text, as a {@code .txt} file is read (the text is {@code text} itself). */
    public static Article text(String id, Path file, String text, List<String> warnings) {
        return TextArticleParser.parse(id, file, text, warnings);
    }

    /** Markdown, as a {@code .md} file is read. */
    public static Article markdown(String id, Path file, String markdown, List<String> warnings) {
        return MarkdownArticleParser.parse(id, file, markdown, warnings);
    }

    /** UTF-8, else Windows-1252 with a warning (see {@link ArticleReader}). */
    public static String decode(byte[] bytes, List<String> warnings) {
        return ArticleReader.decode(bytes, warnings);
    }

    /** Whether the bytes are not text (NUL bytes or many control characters in the first 8 KB). */
    public static boolean looksBinary(byte[] bytes) {
        return ArticleReader.looksBinary(bytes);
    }

    /** A title made from the opening sentence of {@code paragraph}, cut near 90 characters. */
    public static String titleFromSentence(String paragraph) {
        return TextArticleParser.titleFromSentence(paragraph);
    }
}
