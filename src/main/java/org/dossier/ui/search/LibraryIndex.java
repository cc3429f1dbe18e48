package org.dossier.ui.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.dossier.article.ArticleLibrary;
import org.dossier.article.FileArticles;
import org.dossier.article.FileStamp;
import org.dossier.article.SyncTarget;
import org.dossier.search.EntityTagger;
import org.dossier.search.QuerySyntaxException;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchQuery;
import org.dossier.ui.library.ArticleListViewModel;
import org.dossier.ui.session.BackgroundTasks;
import org.dossier.ui.session.FolderParticipant;
import org.dossier.ui.session.ReadingSession;

/**
 * The open folder's {@link SearchIndex} in the window: opened with the folder once the first article
 * is on screen, brought up to date as a participant of the folder's sync (each file read once for
 * the list, this index and the entity index) and of the watcher's changes, closed on folder change
 * and quit; opening and closing run in order on one thread of its own. It shows the progress of a
 * first indexing, tells its {@link Events} when the index changed, and answers the article list's
 * filter for words in article texts. FX-thread confined; its sync targets run on the sync's threads.
 */
final class LibraryIndex implements FolderParticipant {
    /** What the search tab hears of the index. FX thread. */
    interface Events {
        /** The index took in a sync or a watched change: search again. */
        void updated();

        /** The folder's index was closed (another folder is opened): nothing found in it holds. */
        void closed();

        /** The index cannot be opened: why. */
        void unavailable(String why);
    }

    private final ReadingSession session;
    private final EntityTagger tagger;
    private final Events events;
    private final ExecutorService indexThread = BackgroundTasks.serialExecutor("dossier-index");
    private final ExecutorService searchThread;
    private final ReadOnlyDoubleWrapper indexProgress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper indexStatus = new ReadOnlyStringWrapper("");
    private volatile CompletableFuture<SearchIndex> index;
    /** True while the folder's sync is bringing the index up to date. */
    private boolean syncing;
    private long syncSequence;

    LibraryIndex(ReadingSession session, EntityTagger tagger, ExecutorService searchThread, Events events) {
        this.session = session;
        this.tagger = tagger;
        this.searchThread = searchThread;
        this.events = events;
        session.list().filterProperty().addListener((o, was, now) -> matchTexts());
        session.addParticipant(this);
    }

    /** The open folder's index, opening or open; null when no folder is open. */
    CompletableFuture<SearchIndex> current() {
        return index;
    }

    /** True while the folder's sync is bringing the index up to date. */
    boolean isSyncing() {
        return syncing;
    }

    /** Between 0 and 1 while the index catches up with the folder, else -1. */
    ReadOnlyDoubleProperty indexProgressProperty() {
        return indexProgress.getReadOnlyProperty();
    }

    /** "Indexing 120 of 10,000 articles…" while it does, else "". */
    ReadOnlyStringProperty indexStatusProperty() {
        return indexStatus.getReadOnlyProperty();
    }

    @Override
    public SyncTarget folderOpened(ArticleLibrary library) {
        closeIndex();
        CompletableFuture<SearchIndex> opening = new CompletableFuture<>();
        index = opening;
        session.firstArticle().then(() -> open(library.folder(), opening));
        long ticket = ++syncSequence;
        syncing = true;
        return new IndexTarget(opening, ticket, true);
    }

    @Override
    public SyncTarget watching(ArticleLibrary library) {
        CompletableFuture<SearchIndex> target = index;
        return target == null ? null : new IndexTarget(target, syncSequence, false);
    }

    /** Opens {@code folder}'s index in the background. */
    private void open(Path folder, CompletableFuture<SearchIndex> opening) {
        if (index != opening || indexThread.isShutdown()) {
            return; // superseded, or the window has closed (a late page-load event opens nothing)
        }
        indexThread.execute(() -> {
            try {
                opening.complete(SearchIndex.open(folder, tagger));
            } catch (IOException | RuntimeException e) {
                opening.completeExceptionally(e);
            }
        });
        opening.whenComplete((i, e) -> {
            if (e != null) {
                BackgroundTasks.onFx(() -> {
                    if (index == opening) {
                        events.unavailable("Search is not available: " + message(e));
                    }
                });
            }
        });
    }

    /**
     * The index in a sync of the folder ({@code run}) or in the watcher's changes: waits for the index
     * to open, takes no part when it is read-only or failed to open, shows the progress of a first
     * indexing, searches again when done.
     */
    private final class IndexTarget implements SyncTarget {
        private final CompletableFuture<SearchIndex> opening;
        private final long ticket;
        private final boolean run;
        private SyncTarget delegate;
        private volatile IOException failure;

        IndexTarget(CompletableFuture<SearchIndex> opening, long ticket, boolean run) {
            this.opening = opening;
            this.ticket = ticket;
            this.run = run;
        }

        /** The index's own target, once the index is open; null when it takes no part. */
        private synchronized SyncTarget delegate() {
            if (delegate == null) {
                SearchIndex i;
                try {
                    i = await(opening);
                } catch (Exception e) {
                    return null;
                }
                if (i.isReadOnly()) {
                    return null;
                }
                delegate = i.syncTarget(this::progress);
            }
            return delegate;
        }

        @Override
        public Map<String, FileStamp> known() throws IOException {
            SyncTarget d = delegate();
            return d == null ? null : remember(d::known);
        }

        @Override
        public void accept(FileArticles file) throws IOException {
            SyncTarget d = delegate();
            if (d != null) {
                remember(() -> {
                    d.accept(file);
                    return null;
                });
            }
        }

        @Override
        public void removed(String fileId) throws IOException {
            SyncTarget d = delegate();
            if (d != null) {
                remember(() -> {
                    d.removed(fileId);
                    return null;
                });
            }
        }

        @Override
        public void flush() throws IOException {
            SyncTarget d = delegate();
            if (d == null) {
                return;
            }
            remember(() -> {
                d.flush();
                return null;
            });
            if (!run) {
                BackgroundTasks.onFx(() -> {
                    if (index == opening) {
                        events.updated();
                        matchTexts();
                    }
                });
            }
        }

        @Override
        public void progress(int done, int total) {
            Platform.runLater(() -> {
                if (ticket == syncSequence && total > 0 && done < total) {
                    indexProgress.set((double) done / total);
                    indexStatus.set(String.format(Locale.ENGLISH, "Indexing %,d of %,d articles…", done, total));
                }
            });
        }

        @Override
        public void finished(boolean complete) {
            SyncTarget d = delegate;
            if (d != null) {
                d.finished(complete);
                warmUp(opening.join());
            }
            IOException error = failure;
            BackgroundTasks.onFx(() -> {
                if (!syncEnded(ticket)) {
                    return;
                }
                if (error != null) {
                    session.notify("The search index could not be brought up to date: " + message(error));
                } else {
                    events.updated();
                    matchTexts();
                }
            });
        }

        private <T> T remember(IndexWork<T> work) throws IOException {
            try {
                return work.run();
            } catch (IOException e) {
                failure = e;
                if (!run) {
                    BackgroundTasks.onFx(() -> session.notify("The search index could not follow a change in the folder: " + message(e)));
                }
                throw e;
            }
        }
    }

    private interface IndexWork<T> {
        T run() throws IOException;
    }

    /** Clears the progress of the sync with {@code ticket}; false when a later sync replaced it. */
    private boolean syncEnded(long ticket) {
        if (ticket != syncSequence) {
            return false;
        }
        syncing = false;
        indexProgress.set(-1);
        indexStatus.set("");
        return true;
    }

    /** The list's filter words looked up in the index, for articles whose text (not title) has them. */
    private void matchTexts() {
        String text = session.list().filterProperty().get();
        List<String> words = ArticleListViewModel.words(text);
        if (words.isEmpty()) {
            return;
        }
        idsByWord(words).whenComplete((ids, error) -> {
            if (error == null) {
                BackgroundTasks.onFx(() -> session.list().setTextMatches(text, ids));
            }
        });
    }

    /**
     * For each of {@code words}, the ids of the articles whose title or text has a word starting
     * with it (the article list's filter), completed off the FX thread; none while the index is not
     * open. The index may still be filling: each sync and watched change asks again.
     */
    private CompletableFuture<Map<String, Set<String>>> idsByWord(List<String> words) {
        CompletableFuture<SearchIndex> f = index;
        if (f == null || words.isEmpty()) {
            return CompletableFuture.completedFuture(Map.of());
        }
        return f.thenApplyAsync(i -> {
            Map<String, Set<String>> byWord = new java.util.HashMap<>();
            try {
                for (String w : words) {
                    byWord.put(w, i.idsContainingAll(List.of(w)));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return byWord;
        }, searchThread);
    }

    /** Closes the index for good (quit): waits a few seconds for it to be saved. */
    void close() {
        closeIndex();
        indexThread.shutdown();
        try {
            indexThread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeIndex() {
        syncing = false;
        syncSequence++;
        indexProgress.set(-1);
        indexStatus.set("");
        CompletableFuture<SearchIndex> old = index;
        index = null;
        if (old != null) {
            // Runs after the open queued before it: the index thread is serial. Writes of a sync
            // still under way are waited for, and later ones refused, by the index itself.
            indexThread.execute(() -> {
                if (old.isDone() && !old.isCompletedExceptionally()) {
                    try {
                        old.join().close();
                    } catch (IOException | RuntimeException e) {
                        System.err.println("Dossier: closing the search index failed: " + e);
                    }
                }
            });
        }
        events.closed();
    }

    /** The first search of a JVM is slow (nothing compiled yet): do one nobody waits for. */
    private static void warmUp(SearchIndex i) {
        try {
            i.search(SearchQuery.of("the news"), 20);
        } catch (IOException | QuerySyntaxException | RuntimeException e) {
            // only a warm-up (the index may have been closed meanwhile)
        }
    }

    static SearchIndex await(CompletableFuture<SearchIndex> f) throws Exception {
        try {
            return f.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        } catch (TimeoutException e) {
            throw new IOException("The search index is still opening; try again in a moment.");
        }
    }

    static String message(Throwable e) {
        Throwable t = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
