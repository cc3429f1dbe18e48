package org.dossier.ui.library;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.concurrent.Task;

import org.dossier.article.ArticleLibrary;
import org.dossier.article.ArticleSummary;
import org.dossier.article.FileArticles;
import org.dossier.article.FileStamp;
import org.dossier.article.FolderSync;
import org.dossier.article.MetadataCache;
import org.dossier.article.SyncTarget;

/**
 * Lists a folder's articles in the background: first what the metadata cache remembers (at once,
 * whatever the folder's size), then starts the folder's sync ({@link FolderSync}) with the list's
 * cache first and the window's other targets after it — each file is read once for all — and
 * succeeds with every article's summary as soon as the list's part is done (the sync goes on for the
 * others). While files are read, what is known so far is handed to {@code partial} on the FX thread,
 * at most every {@link #PUBLISH_MILLIS}. When the cache had entries, the sync waits for
 * {@code checkWhen} (the first article on screen): statting 10,000 files would otherwise compete with
 * the first render. A file that fails is listed with its reason; only a folder that cannot be listed
 * fails the task. Cancelling stops the sync. No article text is kept.
 */
public final class LibraryLoadTask extends Task<List<ArticleSummary>> {
    static final long PUBLISH_MILLIS = 250;

    private final FolderSync sync;
    private final MetadataCache cache;
    private final Consumer<List<ArticleSummary>> partial;
    private final CompletableFuture<?> checkWhen;
    private final List<SyncTarget> others;
    private final Consumer<FolderSync.Run> started;
    private final Runnable scanned;

    /**
     * @param others  the window's other targets of the sync (search index, entity index)
     * @param started gets the sync once it runs (off the FX thread), so that it can be stopped
     * @param scanned runs on the FX thread once the folder has been listed (it can be watched from then on)
     */
    public LibraryLoadTask(FolderSync sync, MetadataCache cache, Consumer<List<ArticleSummary>> partial,
                           CompletableFuture<?> checkWhen, List<SyncTarget> others, Consumer<FolderSync.Run> started,
                           Runnable scanned) {
        this.sync = sync;
        this.cache = cache;
        this.partial = partial;
        this.checkWhen = checkWhen;
        this.others = List.copyOf(others);
        this.started = started;
        this.scanned = scanned;
    }

    @Override
    protected List<ArticleSummary> call() throws Exception {
        ArticleLibrary library = sync.library();
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
        SyncTarget list = new ListTarget(cache.syncTarget((read, removed) -> {
            synchronized (known) {
                read.forEach(s -> known.put(s.id(), s));
                if (!read.isEmpty()) {
                    long now = System.currentTimeMillis();
                    if (now - lastPublished[0] >= PUBLISH_MILLIS || known.size() == read.size()) {
                        lastPublished[0] = now;
                        publish(known);
                    }
                }
            }
        }));
        List<SyncTarget> targets = new ArrayList<>();
        targets.add(list);
        targets.addAll(others);
        FolderSync.Run run = sync.start(targets, (done, total) -> { });
        started.accept(run);
        try {
            run.result(list).get();
        } catch (InterruptedException e) {
            run.stop();
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
        return cache.cached();
    }

    private void publish(Map<String, ArticleSummary> known) {
        List<ArticleSummary> snapshot;
        synchronized (known) {
            snapshot = new ArrayList<>(known.values());
        }
        Platform.runLater(() -> {
            if (!isDone()) {
                partial.accept(snapshot);
            }
        });
    }

    /** The list's cache as a target, its progress shown as the task's. */
    private final class ListTarget implements SyncTarget {
        private final SyncTarget cache;

        ListTarget(SyncTarget cache) {
            this.cache = cache;
        }

        /** Asked once the folder has been scanned. */
        @Override
        public Map<String, FileStamp> known() throws IOException {
            Platform.runLater(() -> {
                if (!isDone()) {
                    scanned.run();
                }
            });
            return cache.known();
        }

        @Override
        public void accept(FileArticles file) throws IOException {
            cache.accept(file);
        }

        @Override
        public void removed(String fileId) throws IOException {
            cache.removed(fileId);
        }

        @Override
        public void flush() throws IOException {
            cache.flush();
        }

        @Override
        public void progress(int done, int total) {
            updateProgress(done, total);
            updateMessage("Reading " + done + " of " + total + "…");
        }

        @Override
        public void finished(boolean complete) {
            cache.finished(complete);
        }
    }
}
