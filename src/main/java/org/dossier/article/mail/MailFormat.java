package org.dossier.article.mail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.dossier.article.Article;
import org.dossier.article.FormatReader;

/** E-mails and single-file web pages as a {@link FormatReader} (see {@link MailArticles}). Stateless. */
public final class MailFormat implements FormatReader {
    @Override
    public Set<Article.Format> formats() {
        return Set.of(Article.Format.EMAIL, Article.Format.MHTML);
    }

    @Override
    public List<Article> read(String fileId, Path file, Article.Format format) throws IOException {
        return format == Article.Format.MHTML ? List.of(MailArticles.readPage(fileId, file))
                : MailArticles.readMessage(fileId, file);
    }
}
