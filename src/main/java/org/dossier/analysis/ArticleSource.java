package org.dossier.analysis;

import org.dossier.article.Article;

/**
 * Where the index reads an article's text when a query needs its passages: the index keeps no
 * texts (10,000 articles would fill the window's heap), so passages are read on request. The
 * window passes its library ({@code ArticleLibrary::read}); tests a map.
 */
@FunctionalInterface
public interface ArticleSource {
    /** The article with this id as it is now, or {@code null} (or a broken article) when it is gone. */
    Article article(String id);
}
