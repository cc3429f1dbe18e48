package org.dossier.ui.session;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dossier.annotate.Annotation;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.Language;
import org.dossier.annotate.Mention;
import org.dossier.article.Article;

/**
 * The window's annotator (built-in lists plus the user gazetteer) and a cache of each article's
 * mentions, so switching back to an article or building the library index does not annotate twice.
 * Thread-safe: rendering asks for mentions off the FX thread.
 */
public final class AnnotationService {
    private record Cached(Article article, List<Mention> mentions, Language language) {
    }

    /** An annotator being built ahead of the window, and for which gazetteer; null when none. */
    private static volatile Preload preload;

    private record Preload(Path userGazetteer, java.util.concurrent.CompletableFuture<Annotator> annotator) {
    }

    private final java.util.concurrent.CompletableFuture<Annotator> annotator;
    /**
     * The last articles annotated, by id, so switching back is instant: at most
     * {@value #CACHED_ARTICLES} of them and {@value #CACHED_CHARS} characters of text in all (one
     * 10 MB article and its mentions take a tenth of the window's heap).
     */
    private final Map<String, Cached> cache = new LinkedHashMap<>(64, 0.75f, true);
    private long cachedChars;
    private static final int CACHED_ARTICLES = 32;
    private static final long CACHED_CHARS = 4_000_000;

    /**
     * Never waits for the annotator's lists: they finish loading in the background (taking over a
     * {@link #preload} when there is one), so the window can show before they are ready.
     */
    public AnnotationService(Path userGazetteer) {
        Preload p = preload;
        preload = null;
        if (p == null || !p.userGazetteer().equals(userGazetteer)) {
            preload(userGazetteer);
            p = preload;
            preload = null;
        }
        this.annotator = p.annotator();
    }

    /**
     * Starts building the annotator (its lists take a few hundred milliseconds to load) on a thread
     * of its own, so that it happens while JavaFX starts rather than on the FX thread before the
     * window shows. The next {@code AnnotationService} for the same gazetteer takes it.
     */
    public static void preload(Path userGazetteer) {
        java.util.concurrent.CompletableFuture<Annotator> f = new java.util.concurrent.CompletableFuture<>();
        preload = new Preload(userGazetteer, f);
        Thread t = new Thread(() -> {
            try {
                f.complete(Annotator.withUserGazetteer(userGazetteer));
                org.dossier.base.StartupClock.trace("annotator ready");
            } catch (RuntimeException | Error e) {
                f.completeExceptionally(e);
            }
        }, "dossier-annotator-preload");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The annotator itself (built-in lists plus the user's corrections); waits for its lists the
     * first time, so call it off the FX thread until the first article has been shown.
     */
    public Annotator annotator() {
        return annotator.join();
    }

    /** The article's mentions, from the cache when the same article was annotated before. */
    public List<Mention> mentions(Article article) {
        return annotation(article).mentions();
    }

    /**
     * The language the article's mentions were found as; {@link Language#statusMessage()} says
     * what the user should know ("French article: names found from lists only").
     */
    public Language language(Article article) {
        return annotation(article).language();
    }

    private Annotation annotation(Article article) {
        if (article.isBroken()) {
            return new Annotation(List.of(), Language.ASSUMED_ENGLISH);
        }
        Cached c = cached(article.id());
        if (c != null && c.article.equals(article)) {
            return new Annotation(c.mentions, c.language);
        }
        Annotation a = annotator().analyse(article.text(), article.meta().lang());
        remember(article, a);
        return a;
    }

    /** The last article this thread annotated in passing (a sync hands one article to several targets). */
    private final ThreadLocal<Cached> inPassing = new ThreadLocal<>();

    /**
     * The article's mentions without keeping them in the cache (so a sync of 10,000 articles does not
     * push out the ones the user read): from the cache when it has them, else annotated — once per
     * article and thread, so the targets of one sync that each ask (the search index's tagger, the
     * entity index) annotate each article once. Any thread.
     */
    public List<Mention> mentionsInPassing(Article article) {
        if (article.isBroken()) {
            return List.of();
        }
        Cached c = cached(article.id());
        if (c != null && c.article.equals(article)) {
            return c.mentions;
        }
        Cached last = inPassing.get();
        if (last != null && last.article == article) {
            return last.mentions;
        }
        Annotation a = annotator().analyse(article.text(), article.meta().lang());
        inPassing.set(new Cached(article, a.mentions(), a.language()));
        return a.mentions();
    }

    /**
     * The language the article's mentions were found as, as {@link #mentionsInPassing} annotates:
     * right after it, the same annotation answers (nothing is annotated twice). Any thread.
     */
    public Language languageInPassing(Article article) {
        if (article.isBroken()) {
            return Language.ASSUMED_ENGLISH;
        }
        Cached c = cached(article.id());
        if (c != null && c.article.equals(article)) {
            return c.language;
        }
        Cached last = inPassing.get();
        if (last != null && last.article == article) {
            return last.language;
        }
        mentionsInPassing(article);
        last = inPassing.get();
        // null or another article only when the cache answered in between (it was just filled)
        return last != null && last.article == article ? last.language : language(article);
    }

    /** After the user gazetteer changed: re-read it and forget every cached result. */
    public void reload() {
        annotator().reloadIfChanged();
        synchronized (cache) {
            cache.clear();
            cachedChars = 0;
        }
    }

    private Cached cached(String id) {
        synchronized (cache) {
            return cache.get(id);
        }
    }

    private void remember(Article article, Annotation a) {
        synchronized (cache) {
            Cached old = cache.put(article.id(), new Cached(article, a.mentions(), a.language()));
            cachedChars += article.text().length() - (old == null ? 0 : old.article.text().length());
            var eldest = cache.entrySet().iterator();
            while ((cache.size() > CACHED_ARTICLES || cachedChars > CACHED_CHARS) && cache.size() > 1 && eldest.hasNext()) {
                Cached dropped = eldest.next().getValue();
                eldest.remove();
                cachedChars -= dropped.article.text().length();
            }
        }
    }

    /** Problems in the user gazetteer (skipped lines), for the status bar. */
    public List<String> problems() {
        return annotator().problems();
    }
}
