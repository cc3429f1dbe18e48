package org.dossier.ui.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.scene.control.Tab;
import javafx.util.Duration;

import org.dossier.adapter.AnnotatorTagger;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.EntityIndex;
import org.dossier.annotate.EntityType;
import org.dossier.article.Article;
import org.dossier.article.ArticleLibrary;
import org.dossier.render.Span;
import org.dossier.search.EntityTagger;
import org.dossier.search.QuerySyntaxException;
import org.dossier.search.SearchHit;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchQuery;
import org.dossier.search.SyncReport;
import org.dossier.ui.BackgroundTasks;
import org.dossier.ui.reader.ReaderPane;

/**
 * Full-text search in the window. Owns the open folder's {@link SearchIndex}: opened with the folder,
 * synced in the background once the library has loaded, kept up to date from the folder watcher's
 * changes, closed on folder change and quit. All index work runs in order on one thread of its own
 * (so a long first indexing never holds up rendering); searches run on another, debounced, and a
 * sequence number drops results that arrive after the query changed. The hits of the last successful
 * query are marked in the reading pane ({@link #spans}). FX-thread confined, except {@link #spans},
 * which rendering calls in the background.
 */
public final class SearchController {
    /** How many results the tab lists. */
    static final int LIMIT = 50;
    private static final Duration DEBOUNCE = Duration.millis(150);

    private final ReaderPane reader;
    private final BiConsumer<String, Runnable> openArticle;
    private final Consumer<String> notify;
    private final Supplier<EntityIndex> entityIndex;
    private final EntityTagger tagger;
    private Runnable onIndexUpdated = () -> { };
    private final ExecutorService indexThread = BackgroundTasks.serialExecutor("dossier-index");
    private final ExecutorService searchThread = BackgroundTasks.serialExecutor("dossier-search");
    private final SearchPanel panel;
    private final Tab tab;
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    private final ReadOnlyDoubleWrapper indexProgress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper indexStatus = new ReadOnlyStringWrapper("");
    private volatile CompletableFuture<SearchIndex> index;
    private volatile SearchQuery marked;
    private Task<SyncReport> syncing;
    private long syncSequence;
    private long searchSequence;

    /**
     * @param openArticle shows an article by id, then runs the callback once it is on screen
     * @param notify      a short message for the status bar
     * @param entityIndex the library's entity index, to find an entity by name
     */
    public SearchController(ReaderPane reader, java.util.function.Supplier<Annotator> annotator, Path userGazetteer,
                            BiConsumer<String, Runnable> openArticle, Consumer<String> notify,
                            Supplier<EntityIndex> entityIndex) {
        this.reader = reader;
        this.openArticle = openArticle;
        this.notify = notify;
        this.entityIndex = entityIndex;
        this.tagger = new AnnotatorTagger(annotator, userGazetteer);
        this.panel = new SearchPanel(debounce::playFromStart, this::choose, this::moveHit);
        debounce.setOnFinished(e -> runSearch());
        tab = new Tab("Search", panel);
        tab.setId("tab-search");
        tab.setClosable(false);
    }

    public Tab tab() {
        return tab;
    }

    /** Puts the cursor in the query field, its text selected. */
    public void focusField() {
        panel.field.requestFocus();
        panel.field.selectAll();
    }

    /** Between 0 and 1 while the index catches up with the folder, else -1. */
    public ReadOnlyDoubleProperty indexProgressProperty() {
        return indexProgress.getReadOnlyProperty();
    }

    /** "Indexing 120 of 10,000 articles…" while it does, else "". */
    public ReadOnlyStringProperty indexStatusProperty() {
        return indexStatus.getReadOnlyProperty();
    }

    /** Closes the previous folder's index and opens {@code folder}'s (in the background). */
    public void open(Path folder) {
        closeIndex();
        CompletableFuture<SearchIndex> opening = new CompletableFuture<>();
        index = opening;
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
                        panel.status.setText("Search is not available: " + message(e));
                    }
                });
            }
        });
    }

    /** Brings the index up to date with the library that has just loaded, in the background. */
    public void sync(ArticleLibrary library) {
        CompletableFuture<SearchIndex> target = index;
        if (target == null) {
            return;
        }
        if (syncing != null) {
            syncing.cancel(true);
        }
        long ticket = ++syncSequence;
        syncing = BackgroundTasks.task(() -> {
            SearchIndex i = await(target);
            if (i.isReadOnly()) {
                return null;
            }
            SyncReport report = i.sync(library, (done, total) -> Platform.runLater(() -> {
                if (ticket == syncSequence && total > 0) {
                    indexProgress.set((double) done / total);
                    indexStatus.set(String.format(Locale.ENGLISH, "Indexing %,d of %,d articles…", done, total));
                }
            }));
            warmUp(i);
            return report;
        }).onSuccess(report -> {
            if (syncEnded(ticket)) {
                researchIfAny();
                onIndexUpdated.run();
            }
        }).onError(e -> {
            if (syncEnded(ticket)) {
                notify.accept("The search index could not be brought up to date: " + message(e));
            }
        }).start(indexThread);
    }

    /** Clears the progress of the sync with {@code ticket}; false when a later sync replaced it. */
    private boolean syncEnded(long ticket) {
        if (ticket != syncSequence) {
            return false;
        }
        syncing = null;
        indexProgress.set(-1);
        indexStatus.set("");
        return true;
    }

    /**
     * For each of {@code words}, the ids of the articles whose title or text has a word starting
     * with it (the article list's filter), completed off the FX thread; none while the index is not
     * open. The index may still be filling: {@link #setOnIndexUpdated} says when to ask again.
     */
    public CompletableFuture<Map<String, Set<String>>> idsByWord(List<String> words) {
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

    /** Called on the FX thread whenever the index has taken in changes (a sync or a watched change). */
    public void setOnIndexUpdated(Runnable onIndexUpdated) {
        this.onIndexUpdated = onIndexUpdated;
    }

    /** The folder watcher saw these files change: re-index them, in the background. */
    public void changed(List<Article> updated, List<String> removed) {
        CompletableFuture<SearchIndex> target = index;
        if (target == null || (updated.isEmpty() && removed.isEmpty())) {
            return;
        }
        List<Article> toUpdate = List.copyOf(updated);
        List<String> toRemove = List.copyOf(removed);
        BackgroundTasks.task(() -> {
            SearchIndex i = await(target);
            if (!i.isReadOnly()) {
                for (String id : toRemove) {
                    i.remove(id);
                }
                for (Article a : toUpdate) {
                    i.update(a);
                }
            }
            return null;
        }).onSuccess(v -> {
            if (index == target) {
                researchIfAny();
                onIndexUpdated.run();
            }
        }).onError(e -> notify.accept("The search index could not follow a change in the folder: " + message(e)))
                .start(indexThread);
    }

    /** Closes the index for good (quit): waits a few seconds for it to be saved. */
    public void close() {
        debounce.stop();
        closeIndex();
        indexThread.shutdown();
        searchThread.shutdownNow();
        try {
            indexThread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeIndex() {
        if (syncing != null) {
            syncing.cancel(true);
            syncing = null;
        }
        syncSequence++;
        indexProgress.set(-1);
        indexStatus.set("");
        CompletableFuture<SearchIndex> old = index;
        index = null;
        if (old != null) {
            // Runs after the open and any sync queued before it: the index thread is serial.
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
        searchSequence++;
        panel.showResults(List.of());
        if (marked != null) {
            marked = null;
        }
    }

    /** The reading pane's marks for the last successful query: one {@code mark.hit} per match. Any thread. */
    public List<Span> spans(Article article) {
        SearchQuery q = marked;
        CompletableFuture<SearchIndex> f = index;
        if (q == null || f == null || !f.isDone() || f.isCompletedExceptionally() || article.isBroken()) {
            return List.of();
        }
        try {
            List<int[]> offsets = f.join().hitOffsets(article.text(), q);
            List<Span> spans = new ArrayList<>(offsets.size());
            for (int i = 0; i < offsets.size(); i++) {
                int[] o = offsets.get(i);
                spans.add(new Span(o[0], o[1], "mark", "hit", Map.of("hit", Integer.toString(i)), null));
            }
            return spans;
        } catch (QuerySyntaxException | RuntimeException e) {
            return List.of();
        }
    }

    /** F3 / Shift+F3: the next or previous hit of the article on screen. */
    public void moveHit(int delta) {
        panel.hitPosition.setText(reader.nextHit(delta).map(at -> "Hit " + (at.index() + 1) + " of " + at.count())
                .orElse(marked == null ? "" : "No hits in this article"));
    }

    private void choose(SearchHit hit) {
        openArticle.accept(hit.id(), () -> moveHit(1));
    }

    private void researchIfAny() {
        if (!panel.field.getText().isBlank() || queryHasFilters()) {
            runSearch();
        }
    }

    private boolean queryHasFilters() {
        return panel.entityType() != null || !panel.entity.getText().isBlank() || panel.from.getValue() != null
                || panel.to.getValue() != null || !panel.source.getText().isBlank();
    }

    private record Result(List<SearchHit> hits, long millis) {
    }

    private void runSearch() {
        long ticket = ++searchSequence;
        panel.hitPosition.setText("");
        SearchQuery query = new SearchQuery(panel.field.getText(), null, panel.entityType(), panel.from.getValue(),
                panel.to.getValue(), panel.source.getText());
        String entityText = panel.entity.getText().strip();
        if (!entityText.isEmpty()) {
            String id = resolveEntity(entityText, query.entityType());
            if (id == null) {
                panel.status.setText("No entity called “" + entityText + "” in this folder's entity index.");
                panel.showResults(List.of());
                return;
            }
            query = query.withEntity(id);
        }
        if (!query.hasText() && !query.hasFilters()) {
            panel.showResults(List.of());
            panel.status.setText("");
            setMarked(null);
            return;
        }
        CompletableFuture<SearchIndex> target = index;
        if (target == null) {
            panel.status.setText("Open a folder to search it.");
            return;
        }
        SearchQuery q = query;
        BackgroundTasks.task(() -> {
            SearchIndex i = await(target);
            long started = System.nanoTime();
            List<SearchHit> hits = i.search(q, LIMIT);
            return new Result(hits, (System.nanoTime() - started) / 1_000_000);
        }).onSuccess(r -> {
            if (ticket != searchSequence) {
                return;
            }
            panel.showResults(r.hits());
            panel.status.setText(describe(r.hits().size(), r.millis()) + (syncing != null ? " (still indexing)" : ""));
            setMarked(q.hasText() ? q : null);
        }).onError(e -> {
            if (ticket != searchSequence) {
                return;
            }
            // A query being typed is often broken half-way: keep the last results on screen.
            panel.status.setText(e instanceof QuerySyntaxException ? e.getMessage() : "Search failed: " + message(e));
        }).start(searchThread);
    }

    static String describe(int count, long millis) {
        if (count == 0) {
            return "No results (" + millis + " ms)";
        }
        String n = count == 1 ? "1 result" : count + " results";
        return (count >= LIMIT ? "The best " + n : n) + " in " + millis + " ms";
    }

    /** An entity id from what the user typed: an id as is, else the best-known entity of that name. */
    private String resolveEntity(String text, String type) {
        EntityIndex entities = entityIndex.get();
        if (text.contains(":")) {
            return text;
        }
        EntityType t = type == null ? null : EntityType.valueOf(type);
        List<EntityIndex.Entry> found = entities.find(t, text);
        return found.stream().filter(e -> e.name().equalsIgnoreCase(text)).findFirst()
                .or(() -> found.stream().findFirst()).map(EntityIndex.Entry::id).orElse(null);
    }

    /** Marks follow the query's text; re-render only when that changed. */
    private void setMarked(SearchQuery q) {
        String before = marked == null ? null : marked.text();
        String now = q == null ? null : q.text();
        marked = q;
        if (!Objects.equals(before, now)) {
            reader.refresh();
        }
    }

    /** The first search of a JVM is slow (nothing compiled yet): do one nobody waits for. */
    private static void warmUp(SearchIndex i) {
        try {
            i.search(SearchQuery.of("the news"), 20);
        } catch (IOException | QuerySyntaxException e) {
            // only a warm-up
        }
    }

    private static SearchIndex await(CompletableFuture<SearchIndex> f) throws Exception {
        try {
            return f.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        } catch (TimeoutException e) {
            throw new IOException("The search index is still opening; try again in a moment.");
        }
    }

    private static String message(Throwable e) {
        Throwable t = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
