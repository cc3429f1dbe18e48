package org.dossier.article.feed;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.dossier.article.Article;
import org.dossier.article.FormatReader;

/** RSS and Atom feeds as a {@link FormatReader} (see {@link FeedArticles}). Stateless. */
public final class FeedFormat implements FormatReader {
    @Override
    public Set<Article.Format> formats() {
        return Set.of(Article.Format.FEED);
    }

    @Override
    public List<Article> read(String fileId, Path file, Article.Format format) throws IOException {
        return FeedArticles.read(fileId, file);
    }

    @Override
    public boolean isOfFormat(Path file) {
        return FeedArticles.isFeed(file);
    }
}
