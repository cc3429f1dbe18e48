package org.dossier.article;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the article list shows about an article, without its text: small enough to keep 10,000 in
 * memory and to cache between runs. {@code size} and {@code modifiedMillis} are the file's when it was
 * read; a file whose size or time differs must be read again. Immutable.
 *
 * @param problem why the article could not be read, or null
 * @param warning the first thing the user should know that did not stop reading (e.g. a guessed
 *                encoding), or ""
 * @param structure which part of its file the article is, and its attachments (never page offsets)
 * @param site    the publication, as the file names it ({@link Article.Meta#site()}), or ""
 * @param byline  the authors ({@link Article.Meta#byline()}), or ""
 */
public record ArticleSummary(String id, String title, LocalDate date, String source, int wordCount,
                             Article.Format format, String problem, String warning, long size, long modifiedMillis,
                             Article.Structure structure, String site, String byline) {

    public ArticleSummary {
        source = source == null ? "" : source;
        warning = warning == null ? "" : warning;
        structure = structure == null ? Article.Structure.NONE : structure.withoutPages();
        site = site == null ? "" : site;
        byline = byline == null ? "" : byline;
    }

    /** The summary of an article that is its whole file and names neither its site nor its authors. */
    public ArticleSummary(String id, String title, LocalDate date, String source, int wordCount,
                          Article.Format format, String problem, String warning, long size, long modifiedMillis) {
        this(id, title, date, source, wordCount, format, problem, warning, size, modifiedMillis, Article.Structure.NONE, "", "");
    }

    /** The summary of a part of a file (a feed item, an attachment) that names neither its site nor its authors. */
    public ArticleSummary(String id, String title, LocalDate date, String source, int wordCount,
                          Article.Format format, String problem, String warning, long size, long modifiedMillis,
                          Article.Structure structure) {
        this(id, title, date, source, wordCount, format, problem, warning, size, modifiedMillis, structure, "", "");
    }

    /** The summary of a parsed article whose file had the given size and modification time. */
    public static ArticleSummary of(Article article, long size, long modifiedMillis) {
        return new ArticleSummary(article.id(), article.title(), article.date(), article.source(),
                article.isBroken() ? 0 : article.wordCount(), article.format(), article.problem(),
                article.warnings().isEmpty() ? "" : article.warnings().get(0), size, modifiedMillis,
                article.structure(), article.meta().site(), article.meta().byline());
    }

    /** The id of the file this article was read from (see {@link Article#fileIdOf}). */
    public String fileId() {
        return Article.fileIdOf(id);
    }

    /** As {@link Article#kind()}. */
    public String kind() {
        return structure.kind(format);
    }

    /** The summary of a parsed article, with its file's current size and modification time (-1 when unknown). */
    public static ArticleSummary of(Article article) {
        FileStamp stamp = FileStamp.of(article.file());
        // a file gone or unreadable since: the summary still describes what was read
        return stamp == null ? of(article, -1, -1) : of(article, stamp.size(), stamp.modifiedMillis());
    }

    public Optional<LocalDate> publishedOn() {
        return Optional.ofNullable(date);
    }

    public boolean isBroken() {
        return problem != null;
    }
}
