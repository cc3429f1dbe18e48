package org.dossier.ui.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.Tab;
import javafx.util.Duration;

import org.dossier.adapter.AnnotatorTagger;
import org.dossier.annotate.EntityIndex;
import org.dossier.annotate.EntityType;
import org.dossier.annotate.Mention;
import org.dossier.article.Article;
import org.dossier.render.Span;
import org.dossier.search.QuerySyntaxException;
import org.dossier.search.SearchHit;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchQuery;
import org.dossier.ui.reader.ReaderPane;
import org.dossier.ui.session.BackgroundTasks;
import org.dossier.ui.session.HighlightLayers;
import org.dossier.ui.session.ReadingSession;

/**
 * The Search tab: the query and its filters, debounced, run on a thread of their own against the open
 * folder's index ({@link LibraryIndex}), a sequence number dropping results that arrive after the
 * query changed; the hits of the last successful query are a highlight layer of the reading pane in
 * the article opened from the results (an article opened otherwise, from the list or another view,
 * shows none), and F3 walks them, the current one shown apart and counted ("Hit 3 of 16"). With no
 * results the list says what matched nothing. FX-thread confined, except {@link #spans}, which
 * rendering calls in the background.
 */
public final class SearchController {
    /** How many results the tab lists. */
    static final int LIMIT = 50;
    private static final Duration DEBOUNCE = Duration.millis(150);

    private final ReadingSession session;
    private final ReaderPane reader;
    private final LibraryIndex index;
    private final HighlightLayers.Layer layer;
    private final ExecutorService searchThread = BackgroundTasks.serialExecutor("dossier-search");
    private final SearchPanel panel;
    private final Tab tab;
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    private volatile SearchQuery marked;
    /** The id of the article last opened from the results: the one article whose hits are marked. */
    private volatile String markedArticle;
    private long searchSequence;

    /** @param mentionsOf an article's mentions (the window's annotator), to tag the index with entities */
    public SearchController(ReadingSession session, ReaderPane reader, Function<Article, List<Mention>> mentionsOf,
                            Path userGazetteer) {
        this.session = session;
        this.reader = reader;
        this.panel = new SearchPanel(debounce::playFromStart, this::choose, this::moveHit);
        this.layer = session.highlights().add(this::spans);
        this.index = new LibraryIndex(session, new AnnotatorTagger(mentionsOf,
                a -> session.annotations().languageInPassing(a).code(), userGazetteer), searchThread,
                new LibraryIndex.Events() {
                    @Override
                    public void updated() {
                        researchIfAny();
                    }

                    @Override
                    public void closed() {
                        searchSequence++;
                        panel.showResults(List.of(), SearchPanel.PROMPT);
                        marked = null;
                    }

                    @Override
                    public void unavailable(String why) {
                        panel.status.setText(why);
                    }
                });
        debounce.setOnFinished(e -> runSearch());
        session.list().selectedProperty().addListener((o, was, now) -> {
            // Another article chosen (from the list, or by another view): its hits are not marked.
            if (now != null && !now.id().equals(markedArticle)) {
                markedArticle = null;
            }
        });
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
        return index.indexProgressProperty();
    }

    /** "Indexing 120 of 10,000 articles…" while it does, else "". */
    public ReadOnlyStringProperty indexStatusProperty() {
        return index.indexStatusProperty();
    }

    /** Closes the index for good (quit): waits a few seconds for it to be saved. */
    public void close() {
        debounce.stop();
        index.close();
        searchThread.shutdownNow();
    }

    /** The reading pane's marks for the last successful query: one {@code mark.hit} per match. Any thread. */
    private List<Span> spans(Article article) {
        SearchQuery q = marked;
        CompletableFuture<SearchIndex> f = index.current();
        if (q == null || f == null || !f.isDone() || f.isCompletedExceptionally() || article.isBroken()
                || !article.id().equals(markedArticle)) {
            return List.of();
        }
        try {
            List<int[]> offsets = f.join().hitOffsets(article, q);
            List<Span> spans = new ArrayList<>(offsets.size());
            for (int i = 0; i < offsets.size(); i++) {
                int[] o = offsets.get(i);
                spans.add(new Span(o[0], o[1], "mark", "hit", Map.of("hit", Integer.toString(i)), null));
            }
            return spans;
        } catch (QuerySyntaxException | IOException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * F3 / Shift+F3: the next or previous hit of the article on screen becomes the current one;
     * "Hit 3 of 16" in the search tab and the status bar.
     */
    public void moveHit(int delta) {
        String where = reader.nextHit(delta).map(at -> "Hit " + (at.index() + 1) + " of " + at.count())
                .orElse(marked == null ? "" : markedArticle == null ? "Open a search result to step through its hits"
                        : "No hits in this article");
        panel.hitPosition.setText(where);
        if (!where.isEmpty()) {
            session.notify(where);
        }
    }

    private void choose(SearchHit hit) {
        Article onScreen = session.currentArticleProperty().get();
        boolean newlyMarked = !hit.id().equals(markedArticle);
        markedArticle = hit.id();
        if (newlyMarked && onScreen != null && onScreen.id().equals(hit.id())) {
            // On screen without its hits (opened from the list): render it again with them.
            afterNextLoad(hit.id(), () -> moveHit(1));
            layer.changed();
        } else {
            session.openArticle(hit.id(), () -> moveHit(1));
        }
    }

    /** Runs {@code then} once the reading pane has (re)loaded the article {@code id}. */
    private void afterNextLoad(String id, Runnable then) {
        session.currentArticleProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Article> obs, Article old, Article now) {
                if (now != null) {
                    obs.removeListener(this);
                    if (now.id().equals(id)) {
                        then.run();
                    }
                }
            }
        });
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
                panel.showResults(List.of(), "No articles mention “" + entityText + "”");
                return;
            }
            query = query.withEntity(id);
        }
        if (!query.hasText() && !query.hasFilters()) {
            panel.showResults(List.of(), SearchPanel.PROMPT);
            panel.status.setText("");
            setMarked(null);
            return;
        }
        CompletableFuture<SearchIndex> target = index.current();
        if (target == null) {
            panel.status.setText("Open a folder to search it.");
            return;
        }
        SearchQuery q = query;
        BackgroundTasks.task(() -> {
            SearchIndex i = LibraryIndex.await(target);
            long started = System.nanoTime();
            List<SearchHit> hits = i.search(q, LIMIT);
            return new Result(hits, (System.nanoTime() - started) / 1_000_000);
        }).onSuccess(r -> {
            if (ticket != searchSequence) {
                return;
            }
            panel.showResults(r.hits(), noMatch(q));
            panel.status.setText(describe(r.hits().size(), r.millis()) + (index.isSyncing() ? " (still indexing)" : ""));
            setMarked(q.hasText() ? q : null);
        }).onError(e -> {
            if (ticket != searchSequence) {
                return;
            }
            // A query being typed is often broken half-way: keep the last results on screen.
            panel.status.setText(e instanceof QuerySyntaxException ? e.getMessage() : "Search failed: " + LibraryIndex.message(e));
        }).start(searchThread);
    }

    /** "No articles match “sanction”" (with "and these filters" when there are some). */
    static String noMatch(SearchQuery q) {
        if (!q.hasText()) {
            return "No articles match these filters";
        }
        return "No articles match “" + q.text() + "”" + (q.hasFilters() ? " with these filters" : "");
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
        EntityIndex entities = session.entityIndexProperty().get();
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
            layer.changed();
        }
    }
}
