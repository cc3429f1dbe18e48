package org.dossier.ui.entities;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.dossier.annotate.EntityIndex;
import org.dossier.annotate.EntityType;
import org.dossier.annotate.GazetteerEditor;
import org.dossier.annotate.Mention;
import org.dossier.annotate.WatchList;
import org.dossier.article.Article;
import org.dossier.article.ArticleLibrary;
import org.dossier.article.ArticleSummary;
import org.dossier.render.EntitySpans;
import org.dossier.render.Span;
import org.dossier.ui.BackgroundTasks;
import org.dossier.ui.UndoHistory;
import org.dossier.ui.library.ArticleListViewModel;
import org.dossier.ui.reader.ReaderPane;

/**
 * Everything the analyst does with entities: the legend and its toggles, the entity panel of the
 * article being read, the library entity index, the watch-list and corrections from the reading
 * pane (written to the user gazetteer, re-applied everywhere at once, undoable). FX-thread confined,
 * except {@link #spans}, which rendering calls in the background.
 */
public final class EntitiesController {
    private final ReaderPane reader;
    private final ArticleListViewModel list;
    private final Consumer<String> notify;
    private final UndoHistory undo;
    private java.util.function.Supplier<List<MenuItem>> selectionItems = List::of;
    private final AnnotationService annotations;
    private final GazetteerEditor editor;
    private final WatchList watchList;
    private final LegendBar legend;
    private final EntityPanel panel;
    private final EntityIndexView indexView;
    private final WatchListView watchView;
    private final EntityMergeEditor mergeEditor;
    private final MergeActions mergeActions;
    private volatile Set<String> hidden;
    private volatile Set<String> watchedEntities;
    private volatile Set<String> watchedTerms;
    private String focusedEntity;
    /** Read by the indexing thread to stop a superseded run early. */
    private volatile long indexSequence;
    /**
     * The library index has a thread of its own: a run re-reads and annotates every article, and two
     * of them on the shared pool would hold back opening and rendering articles.
     */
    private final java.util.concurrent.ExecutorService indexThread = BackgroundTasks.serialExecutor("dossier-entity-index");
    /** Entity marks per article at most; see {@link EntitySpans#firstInText}. */
    static final int MAX_MARKS = 20_000;
    /** Read by rendering in the background (marks carry the library's merged ids). */
    private volatile EntityIndex index = EntityIndex.of(Map.of());
    private ArticleLibrary library;
    /** What the last full run found, article by article; null until one has finished. Index thread only, once set. */
    private volatile LibraryEntities libraryEntities;

    /**
     * @param onHiddenChange saves the hidden types when the user toggles them
     * @param notify         shows a short message in the status bar
     */
    public EntitiesController(ReaderPane reader, ArticleListViewModel list, Path userGazetteer, Path watchListFile,
                              Set<String> hiddenTypes, Consumer<Set<String>> onHiddenChange, Consumer<String> notify,
                              UndoHistory undo) {
        this.reader = reader;
        this.undo = undo;
        this.list = list;
        this.notify = notify;
        this.annotations = new AnnotationService(userGazetteer);
        this.editor = new GazetteerEditor(userGazetteer);
        this.watchList = WatchList.load(watchListFile);
        this.hidden = Set.copyOf(hiddenTypes);
        this.watchedEntities = watchList.entities();
        this.watchedTerms = watchList.terms();
        this.legend = new LegendBar(hiddenTypes, now -> {
            hidden = Set.copyOf(now);
            onHiddenChange.accept(now);
            reader.refresh();
        });
        // The merges file lives beside the user gazetteer, in the data folder (DataDirs.entityMerges()).
        this.mergeEditor = new EntityMergeEditor(userGazetteer.resolveSibling("entity-merges.tsv"));
        this.mergeActions = new MergeActions(new MergeHost());
        this.panel = new EntityPanel(e -> focus(e.id()), watchList::isWatched, this::toggleWatch, mergeActions);
        this.indexView = new EntityIndexView(this::chooseFromIndex, this::clearRestriction, watchList::isWatched,
                this::toggleWatch, mergeActions);
        this.watchView = new WatchListView(this::addTerm, this::removeWatched);
        watchView.show(watchList.describe());
        reader.setAfterLoad(engine -> articleLoaded());
        new ReaderContextMenu(reader, editor, new ReaderContextMenu.Actions() {
            @Override
            public void correct(ReaderContextMenu.Correction correction, String done) {
                EntitiesController.this.correct(correction, done);
            }

            @Override
            public boolean isWatched(String entityId) {
                return watchList.isWatched(entityId);
            }

            @Override
            public void toggleWatch(String entityId) {
                EntitiesController.this.toggleWatch(entityId);
            }

            @Override
            public void addTerm(String term) {
                EntitiesController.this.addTerm(term);
            }

            @Override
            public List<EntityIndex.Entry> entitiesOf(Article article) {
                return EntityIndex.ofArticle(article.id(), annotations.mentions(article));
            }

            @Override
            public EntityIndex.Entry chooseEntity(String title, EntityType type, String excludeId) {
                EntityIndex choices = index.size() > 0 ? index
                        : EntityIndex.of(Map.of(reader.loadedProperty().get().id(), annotations.mentions(reader.loadedProperty().get())));
                return EntityChooser.choose(window(), title, choices, type, excludeId, "").orElse(null);
            }

            @Override
            public List<MenuItem> selectionItems() {
                return selectionItems.get();
            }
        });
    }

    public LegendBar legend() {
        return legend;
    }

    public List<Tab> tabs() {
        Tab here = new Tab("Entities", panel);
        here.setId("tab-entities");
        Tab library = new Tab("Index", indexView);
        library.setId("tab-index");
        Tab watch = new Tab("Watch", watchView);
        watch.setId("tab-watch");
        List<Tab> tabs = List.of(here, library, watch);
        tabs.forEach(t -> t.setClosable(false));
        return tabs;
    }

    /** The library's entity index as last built (empty until the first build is done). */
    public EntityIndex entityIndex() {
        return index;
    }

    public AnnotationService annotations() {
        return annotations;
    }

    /** The highlight spans of an article: its entities (visible types) and watched terms. Any thread. */
    public List<Span> spans(Article article) {
        List<Mention> mentions = merged(annotations.mentions(article), index);
        List<Span> spans = new ArrayList<>(EntitySpans.of(mentions, hidden, watchedEntities));
        spans.addAll(EntitySpans.watchedTerms(article.text(), watchedTerms));
        List<Span> shown = EntitySpans.firstInText(spans, MAX_MARKS);
        if (shown.size() < spans.size()) {
            int upTo = shown.get(shown.size() - 1).end();
            String note = String.format(java.util.Locale.ENGLISH,
                    "A very long article: entities are highlighted in its first %d%% only (%,d of %,d).",
                    Math.max(1, (int) (100L * upTo / Math.max(1, article.text().length()))), shown.size(), spans.size());
            org.dossier.ui.BackgroundTasks.onFx(() -> notify.accept(note));
        }
        return shown;
    }

    /**
     * The mentions with the ids of the library entities they were merged into, so that choosing
     * "Barack Obama" also emphasises "Obama" in an article that names only the surname.
     */
    private static List<Mention> merged(List<Mention> mentions, EntityIndex index) {
        List<Mention> out = null;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            String id = index.canonicalId(m.entityId());
            if (!id.equals(m.entityId())) {
                if (out == null) {
                    out = new ArrayList<>(mentions);
                }
                out.set(i, new Mention(m.start(), m.end(), m.type(), m.text(), id, m.source()));
            }
        }
        return out == null ? mentions : out;
    }

    private void articleLoaded() {
        Article article = reader.loadedProperty().get();
        if (article == null) {
            return;
        }
        panel.show(EntityIndex.ofArticle(article.id(), annotations.mentions(article)));
        String language = annotations.language(article).statusMessage();
        if (!language.isEmpty()) {
            notify.accept(language); // "French article: names found from lists only"
        }
        if (focusedEntity != null && reader.focusEntity(focusedEntity) > 0) {
            reader.nextMention(1);
        }
    }

    /**
     * Rebuilds the entity index and watch hits for the articles the list now holds, reading each
     * from {@code library} in the background (the list holds no texts).
     */
    public void libraryChanged(ArticleLibrary library) {
        this.library = library;
        libraryEntities = null;
        reindex();
    }

    private void reindex() {
        ArticleLibrary lib = library;
        if (lib == null) {
            return;
        }
        long ticket = ++indexSequence;
        List<String> ids = list.all().stream().filter(s -> !s.isBroken()).map(ArticleSummary::id).toList();
        // Stops reading when a newer run has been asked for (its result would be thrown away).
        Iterable<Article> snapshot = () -> ids.stream().takeWhile(id -> ticket == indexSequence).map(lib::read).iterator();
        Set<String> entities = watchList.entities();
        Set<String> terms = watchList.terms();
        BackgroundTasks.task(() -> {
            LibraryEntities fresh = new LibraryEntities();
            annotations.forEachAnnotated(snapshot,
                    (a, mentions) -> fresh.put(a.id(), mentions, countHits(a, mentions, entities, terms)));
            if (ticket == indexSequence) {
                libraryEntities = fresh;
            }
            return new Object[] {fresh.index(mergeEditor.corrections()), fresh.hits()};
        }).onSuccess(result -> showIndex(ticket, result)).start(indexThread);
    }

    private javafx.stage.Window window() {
        return reader.webView().getScene() == null ? null : reader.webView().getScene().getWindow();
    }

    /** Merges and unmerges from the entity lists: saved, applied to the index at once, undoable. */
    private final class MergeHost implements MergeActions.Host {
        @Override
        public EntityIndex index() {
            return index;
        }

        @Override
        public javafx.stage.Window window() {
            return EntitiesController.this.window();
        }

        @Override
        public void merge(EntityIndex.Entry a, EntityIndex.Entry b) {
            changeMerges(() -> mergeEditor.merge(a.id(), b.id()), () -> mergeEditor.forget(a.id(), b.id()),
                    a.name() + " and " + b.name() + " are now one entity", a.id());
        }

        @Override
        public void unmerge(EntityIndex.Merge merge, EntityIndex.Entry into) {
            changeMerges(() -> mergeEditor.unmerge(merge.id(), into.id()), () -> mergeEditor.forget(merge.id(), into.id()),
                    merge.name() + " is no longer merged with " + into.name(), merge.id());
        }
    }

    /** A change to the merges file, then the index rebuilt from what is known (no article is read again). */
    private void changeMerges(ReaderContextMenu.Correction change, ReaderContextMenu.Correction undoIt, String done,
                              String show) {
        try {
            change.apply();
        } catch (IOException e) {
            notify.accept("Could not save the entity merge: " + e.getMessage());
            return;
        }
        remerge(show, done + " (Ctrl+Z undoes)");
        undo.push("Undo the entity merge", () -> {
            try {
                undoIt.apply();
                remerge(show, "Undone: " + done);
            } catch (IOException e) {
                notify.accept("Could not undo: " + e.getMessage());
            }
        });
    }

    /**
     * Rebuilds the index with the merges as they are now and lists the articles that mention
     * {@code entityId}'s entity; a full run when none has finished yet.
     */
    private void remerge(String entityId, String done) {
        if (libraryEntities == null) {
            focusedEntity = entityId;
            reindex();
            notify.accept(done);
            return;
        }
        long ticket = indexSequence;
        org.dossier.annotate.MergeCorrections corrections = mergeEditor.corrections();
        BackgroundTasks.task(() -> {
            LibraryEntities known = libraryEntities;
            return known == null ? null : new Object[] {known.index(corrections), known.hits()};
        }).onSuccess(result -> {
            showIndex(ticket, result);
            reader.refresh();
            EntityIndex.Entry e = index.get(entityId);
            if (e != null) {
                chooseFromIndex(e);
            }
            notify.accept(done);
        }).start(indexThread);
    }

    /**
     * The folder watcher saw these articles change: re-annotates only them and rebuilds the index
     * from what is known of the others (a full run when none has finished yet).
     */
    public void articlesChanged(List<Article> updated, List<String> removed) {
        if (libraryEntities == null) {
            reindex();
            return;
        }
        long ticket = indexSequence;
        List<Article> changed = List.copyOf(updated);
        List<String> gone = List.copyOf(removed);
        Set<String> entities = watchList.entities();
        Set<String> terms = watchList.terms();
        BackgroundTasks.task(() -> {
            // Queued behind any full run on the same thread, so this applies to its result.
            LibraryEntities known = libraryEntities;
            if (known == null) {
                return null;
            }
            gone.forEach(known::remove);
            annotations.forEachAnnotated(changed, (a, mentions) -> {
                if (a.isBroken()) {
                    known.remove(a.id());
                } else {
                    known.put(a.id(), mentions, countHits(a, mentions, entities, terms));
                }
            });
            return new Object[] {known.index(mergeEditor.corrections()), known.hits()};
        }).onSuccess(result -> showIndex(ticket, result)).start(indexThread);
    }

    private void showIndex(long ticket, Object[] result) {
        if (result == null || ticket != indexSequence) {
            return;
        }
        index = (EntityIndex) result[0];
        @SuppressWarnings("unchecked")
        Map<String, Integer> hits = (Map<String, Integer>) result[1];
        indexView.setIndex(index);
        panel.refreshCells(); // merge items and tooltips follow the index
        if (focusedEntity != null && !list.restrictionProperty().get().isEmpty()) {
            // A correction or a new file changed who mentions the chosen entity.
            list.restrictTo(index.articlesMentioning(focusedEntity), list.restrictionProperty().get());
        }
        list.watchHits().clear();
        list.watchHits().putAll(hits);
    }

    private static int countHits(Article a, List<Mention> mentions, Set<String> entities, Set<String> terms) {
        int n = 0;
        for (Mention m : mentions) {
            if (entities.contains(m.entityId())) {
                n++;
            }
        }
        for (String t : terms) {
            n += WatchList.occurrences(a.text(), t).size();
        }
        return n;
    }

    private void focus(String articleEntityId) {
        String entityId = index.canonicalId(articleEntityId);
        focusedEntity = entityId;
        if (reader.focusEntity(entityId) > 0) {
            reader.nextMention(1);
        }
    }

    private void chooseFromIndex(EntityIndex.Entry entry) {
        focusedEntity = entry.id();
        EntityIndex.Entry merged = index.get(entry.id());
        list.restrictTo(index.articlesMentioning(entry.id()), "mentioning " + (merged != null ? merged.name() : entry.name()));
        if (reader.loadedProperty().get() != null && reader.focusEntity(entry.id()) > 0) {
            reader.nextMention(1);
        }
    }

    private void clearRestriction() {
        focusedEntity = null;
        list.restrictTo(null, null);
        reader.focusEntity("");
    }

    /** n / Shift+n cycle through the focused entity's mentions; Alt+1…6 and Alt+0 toggle highlights. */
    public void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return;
        }
        if (e.getCode() == KeyCode.N && !e.isShortcutDown() && !e.isAltDown() && focusedEntity != null) {
            reader.nextMention(e.isShiftDown() ? -1 : 1);
            e.consume();
        } else if (e.isAltDown() && e.getCode().isDigitKey()) {
            int n = e.getCode().getCode() - KeyCode.DIGIT0.getCode();
            if (e.getCode().name().startsWith("NUMPAD")) {
                n = e.getCode().getCode() - KeyCode.NUMPAD0.getCode();
            }
            if (n == 0) {
                legend.toggleAll();
            } else if (n <= EntityType.values().length) {
                legend.toggle(EntityType.values()[n - 1]);
            }
            e.consume();
        }
    }

    /** More items for a selection (e.g. Bookmark Selection…), from other features. */
    public void setSelectionItems(java.util.function.Supplier<List<MenuItem>> items) {
        this.selectionItems = items;
    }

    /** Applies a correction to the user gazetteer, then to every article; Ctrl+Z takes it back. */
    private void correct(ReaderContextMenu.Correction correction, String done) {
        try {
            correction.apply();
        } catch (IOException | IllegalArgumentException e) {
            notify.accept("Could not save the correction to " + editor.file() + ": " + e.getMessage());
            return;
        }
        reapply();
        undo.push("Undo the entity correction", this::undoCorrection);
        notify.accept(done + " (Ctrl+Z undoes)");
    }

    /** Takes back the last correction this window wrote. */
    private void undoCorrection() {
        try {
            String line = editor.undo();
            reapply();
            notify.accept("Undone: " + line.replace('\t', ' '));
        } catch (IOException e) {
            notify.accept("Could not undo: " + e.getMessage());
        }
    }

    /** Re-applies the user gazetteer to every article at once. */
    private void reapply() {
        annotations.reload();
        reader.refresh();
        reindex();
    }

    private void toggleWatch(EntityIndex.Entry e) {
        toggleWatch(e.id());
    }

    private void toggleWatch(String id) {
        try {
            boolean now = watchList.toggleEntity(id);
            notify.accept((now ? "Watching " : "No longer watching ") + EntityIndex.nameOf(id));
        } catch (IOException ex) {
            notify.accept("Could not save the watch-list: " + ex.getMessage());
        }
        watchChanged();
    }

    private void addTerm(String term) {
        try {
            watchList.addTerm(term);
            notify.accept("Watching “" + term.strip() + "”");
        } catch (IOException ex) {
            notify.accept("Could not save the watch-list: " + ex.getMessage());
        }
        watchChanged();
    }

    private void removeWatched(String item) {
        try {
            String id = watchList.entities().stream().filter(e -> EntityIndex.nameOf(e).equals(item)).findFirst().orElse(null);
            if (id != null) {
                watchList.toggleEntity(id);
            } else {
                watchList.removeTerm(item);
            }
        } catch (IOException ex) {
            notify.accept("Could not save the watch-list: " + ex.getMessage());
        }
        watchChanged();
    }

    private void watchChanged() {
        watchedEntities = watchList.entities();
        watchedTerms = watchList.terms();
        watchView.show(watchList.describe());
        panel.refreshCells();
        indexView.refresh();
        reader.refresh();
        reindex();
    }
}
