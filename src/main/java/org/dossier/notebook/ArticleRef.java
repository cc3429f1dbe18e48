package org.dossier.notebook;

import java.time.LocalDate;
import java.util.Objects;

import org.dossier.article.Article;

/**
 * The article a bookmark belongs to, as it was when the bookmark was made: enough to find it again
 * and to cite it in a report. The SHA-256 of the text tells later whether the text the offsets refer
 * to has changed. Immutable.
 *
 * @param id         the article id (its path relative to the library folder, '/' separators)
 * @param title      the title at bookmarking time
 * @param date       the publication date, or null when the article states none
 * @param textSha256 lower-case hex SHA-256 of the UTF-8 bytes of {@link Article#text()}
 * @param source     the publication or site ("BBC News", "AP"), or ""
 * @param author     the byline ("Anne Barnard"), or ""
 * @param url        the URL the article was saved from, or ""
 * @param file       the absolute path of the file it was read from, or ""
 */
public record ArticleRef(String id, String title, LocalDate date, String textSha256, String source,
                         String author, String url, String file) {
    public ArticleRef {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        textSha256 = textSha256 == null ? "" : textSha256;
        source = source == null ? "" : source;
        author = author == null ? "" : author;
        url = url == null ? "" : url;
        file = file == null ? "" : file;
    }

    /** A reference that knows no more than the article's id, title, date and text hash. */
    public ArticleRef(String id, String title, LocalDate date, String textSha256) {
        this(id, title, date, textSha256, "", "", "", "");
    }

    /** The reference for an article as it is now. */
    public static ArticleRef of(Article article) {
        Article.Meta meta = article.meta();
        String source = !meta.site().isBlank() ? meta.site() : article.source();
        String author = meta.byline();
        if (author.isBlank() && !article.source().equals(source)) {
            author = article.source();
        }
        return new ArticleRef(article.id(), article.title(), article.date(), TextHash.sha256(article.text()),
                source, author, meta.url(), article.file() == null ? "" : article.file().toAbsolutePath().toString());
    }
}
