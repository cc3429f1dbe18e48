package org.dossier.ui.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.concurrent.Task;

import org.dossier.article.ArticleLibrary;
import org.dossier.article.ArticleSummary;
import org.dossier.article.MetadataCache;

/**
 * Lists a folder's articles in the background: first what the metadata cache remembers (at once,
 * whatever the folder's size), then brings the cache up to date — reading only new and changed
 * files, with progress — and succeeds with every article's summary. While files are read, what is
 * known so far is handed to {@code partial} on the FX thread, at most every {@link #PUBLISH_MILLIS}.
 * When the cache had entries, checking them against the folder waits for {@code checkWhen} (the
 * first article on screen): statting 10,000 files would otherwise compete with the first render.
 * A file that fails is listed with its reason; only a folder that cannot be listed fails the task.
 * No article text is kept.
 */
public final class LibraryLoadTask extends Task<List<ArticleSummary>> {
    static final long PUBLISH_MILLIS = 250;

    private final ArticleLibrary library;
    private final MetadataCache cache;
    private final Consumer<List<ArticleSummary>> partial;
    private final java.util.concurrent.CompletableFuture<?> checkWhen;

    public LibraryLoadTask(ArticleLibrary library, MetadataCache cache, Consumer<List<ArticleSummary>> partial,
                           java.util.concurrent.CompletableFuture<?> checkWhen) {
        this.library = library;
        this.cache = cache;
        this.partial = partial;
        this.checkWhen = checkWhen;
    }

    @Override
    protected List<ArticleSummary> call() throws Exception {
        updateMessage("Reading " + library.folder() + "…");
        Map<String, ArticleSummary> known = new LinkedHashMap<>();
        for (ArticleSummary s : cache.cached()) {
            known.put(s.id(), s);
        }
        if (!known.isEmpty()) {
            publish(known);
            checkWhen.get();
        }
        long[] lastPublished = {System.currentTimeMillis()};
        return cache.refresh(library, (done, total) -> {
            updateProgress(done, total);
            updateMessage("Reading " + done + " of " + total + "…");
        }, batch -> {
            if (isCancelled()) {
                Thread.currentThread().interrupt();
                return;
            }
            batch.forEach(s -> known.put(s.id(), s));
            long now = System.currentTimeMillis();
            if (now - lastPublished[0] >= PUBLISH_MILLIS || known.size() == batch.size()) {
                lastPublished[0] = now;
                publish(known);
            }
        });
    }

    private void publish(Map<String, ArticleSummary> known) {
        List<ArticleSummary> snapshot = new ArrayList<>(known.values());
        Platform.runLater(() -> {
            if (!isDone()) {
                partial.accept(snapshot);
            }
        });
    }
}
