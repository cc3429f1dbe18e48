package org.dossier.article;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Reads the files of a format whose files hold pages or several articles: PDF reports, e-mails and
 * single-file pages, feeds. The readers live in the format packages ({@code article.pdf},
 * {@code article.mail}, {@code article.feed}) and are found with {@link java.util.ServiceLoader} the
 * first time a file needs one: {@code article} depends on none of them (they depend on it), and a
 * folder without such files never loads them or their libraries. Implementations are stateless and
 * thread-safe, and have a public no-argument constructor.
 */
public interface FormatReader {
    /** The formats this reader reads. */
    Set<Article.Format> formats();

    /**
     * Every article of {@code file}, whose id is {@code fileId}: one for a PDF or a page, a message and
     * its attachments, a feed's items ({@code fileId#1}…). Never empty. May throw for a file it cannot
     * take apart; {@link ArticleReader} turns that into the file's problem.
     */
    List<Article> read(String fileId, Path file, Article.Format format) throws IOException;

    /**
     * For a format told apart by its content rather than its name (a {@code .xml} file is a feed only
     * when its root is {@code rss}, {@code feed} or {@code rdf:RDF}): whether {@code file}, a regular
     * file, is one. Reads as little of it as it can.
     */
    default boolean isOfFormat(Path file) {
        return true;
    }
}
