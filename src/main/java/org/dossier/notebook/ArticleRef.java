package org.dossier.notebook;

import java.time.LocalDate;
import java.util.Objects;

import org.dossier.article.Article;

/**
 * The article a bookmark belongs to, as it was when the bookmark was made. The SHA-256 of the text
 * tells later whether the text the offsets refer to has changed. Immutable.
 *
 * @param id         the article id (its path relative to the library folder, '/' separators)
 * @param title      the title at bookmarking time
 * @param date       the publication date, or null when the article states none
 * @param textSha256 lower-case hex SHA-256 of the UTF-8 bytes of {@link Article#text()}
 */
public record ArticleRef(String id, String title, LocalDate date, String textSha256) {
    public ArticleRef {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        textSha256 = textSha256 == null ? "" : textSha256;
    }

    /** The reference for an article as it is now. */
    public static ArticleRef of(Article article) {
        return new ArticleRef(article.id(), article.title(), article.date(), TextHash.sha256(article.text()));
    }
}
