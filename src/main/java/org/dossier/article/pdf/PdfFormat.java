package org.dossier.article.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.dossier.article.Article;
import org.dossier.article.FormatReader;

/** PDF reports as a {@link FormatReader} (see {@link PdfArticles}). Stateless. */
public final class PdfFormat implements FormatReader {
    @Override
    public Set<Article.Format> formats() {
        return Set.of(Article.Format.PDF);
    }

    @Override
    public List<Article> read(String fileId, Path file, Article.Format format) throws IOException {
        return List.of(PdfArticles.read(fileId, file));
    }
}
