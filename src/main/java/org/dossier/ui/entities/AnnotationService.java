package org.dossier.ui.entities;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.dossier.annotate.Annotator;
import org.dossier.annotate.EntityIndex;
import org.dossier.annotate.Mention;
import org.dossier.article.Article;

/**
 * The window's annotator (built-in lists plus the user gazetteer) and a cache of each article's
 * mentions, so switching back to an article or building the library index does not annotate twice.
 * Thread-safe: rendering asks for mentions off the FX thread.
 */
public final class AnnotationService {
    private record Cached(Article article, List<Mention> mentions) {
    }

    private final Annotator annotator;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public AnnotationService(Path userGazetteer) {
        this.annotator = Annotator.withUserGazetteer(userGazetteer);
    }

    /** The annotator itself (built-in lists plus the user's corrections). */
    public Annotator annotator() {
        return annotator;
    }

    /** The article's mentions, from the cache when the same article was annotated before. */
    public List<Mention> mentions(Article article) {
        if (article.isBroken()) {
            return List.of();
        }
        Cached c = cache.get(article.id());
        if (c != null && c.article == article) {
            return c.mentions;
        }
        List<Mention> mentions = annotator.annotate(article.text());
        cache.put(article.id(), new Cached(article, mentions));
        return mentions;
    }

    /** After the user gazetteer changed: re-read it and forget every cached result. */
    public void reload() {
        annotator.reloadIfChanged();
        cache.clear();
    }

    /** Annotates every article (slow for big folders: call off the FX thread). */
    public EntityIndex index(List<Article> articles) {
        Map<String, List<Mention>> byArticle = new LinkedHashMap<>();
        for (Article a : articles) {
            byArticle.put(a.id(), mentions(a));
        }
        return EntityIndex.of(byArticle);
    }

    /** Problems in the user gazetteer (skipped lines), for the status bar. */
    public List<String> problems() {
        return annotator.problems();
    }
}
