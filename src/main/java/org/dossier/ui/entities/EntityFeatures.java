package org.dossier.ui.entities;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.dossier.annotate.EntityIndex;
import org.dossier.annotate.EntityType;
import org.dossier.ui.reader.ReaderPane;
import org.dossier.ui.session.ReadingSession;
import org.dossier.ui.session.AnnotationService;

/**
 * Everything the analyst does with entities, put together for the window: the legend and its
 * toggles ({@link EntityHighlights}), the entity panel of the article being read, the library's
 * entity index ({@link EntityIndexing}, a participant of the folder's sync), the watch-list
 * ({@link WatchListController}), corrections from the reading pane ({@link Corrections}) and the
 * chosen entity ({@link EntityFocus}) with its keys. Each part gets the session and what it needs
 * by its constructor; this class only joins them. FX-thread confined.
 */
public final class EntityFeatures {
    private final AnnotationService annotations;
    private final EntityHighlights highlights;
    private final EntityFocus focus;
    private final Corrections corrections;
    private final EntityPanel panel;
    private final EntityIndexView indexView;
    private final WatchListController watch;

    public EntityFeatures(ReadingSession session, ReaderPane reader, Path userGazetteer, Path watchListFile) {
        this.annotations = session.annotations();
        this.watch = new WatchListController(session, watchListFile);
        this.highlights = new EntityHighlights(session, annotations, watch);
        EntityIndexing indexing = new EntityIndexing(session, annotations, watch);
        session.addParticipant(indexing);
        this.focus = new EntityFocus(session, reader);
        // The merges file lives beside the user gazetteer, in the data folder.
        Merges merges = new Merges(session, reader, userGazetteer.resolveSibling("entity-merges.tsv"), indexing, focus);
        indexing.setMerges(merges.editor()::corrections);
        MergeActions mergeActions = new MergeActions(merges);
        this.corrections = new Corrections(session, reader, annotations, userGazetteer, watch, () -> {
            highlights.changed();
            indexing.reindex();
        });
        this.panel = new EntityPanel(e -> focus.focus(e.id()), watch::isWatched, watch::toggle, mergeActions);
        this.indexView = new EntityIndexView(focus::focusAndRestrict, focus::clear, watch::isWatched, watch::toggle,
                mergeActions);
        session.currentArticleProperty().addListener((o, was, now) -> {
            if (now != null) {
                panel.show(EntityIndex.ofArticle(now.id(), annotations.mentions(now)));
                String language = annotations.language(now).statusMessage();
                if (!language.isEmpty()) {
                    session.notify(language); // "French article: names found from lists only"
                }
            }
        });
        session.entityIndexProperty().addListener((o, was, now) -> {
            indexView.setIndex(now);
            panel.refreshCells(); // merge items and tooltips follow the index
        });
        watch.onChange(() -> {
            panel.refreshCells();
            indexView.refresh();
            indexing.reindex();
        });
    }

    public LegendBar legend() {
        return highlights.legend();
    }

    public List<Tab> tabs() {
        Tab here = new Tab("Entities", panel);
        here.setId("tab-entities");
        Tab library = new Tab("Index", indexView);
        library.setId("tab-index");
        Tab watchTab = new Tab("Watch", watch.view());
        watchTab.setId("tab-watch");
        List<Tab> tabs = List.of(here, library, watchTab);
        tabs.forEach(t -> t.setClosable(false));
        return tabs;
    }

    /** More items for the reading pane's menu on a selection (e.g. Bookmark Selection…). */
    public void setSelectionItems(Supplier<List<MenuItem>> items) {
        corrections.setSelectionItems(items);
    }

    /** n / Shift+n cycle through the chosen entity's mentions; Alt+1…6 and Alt+0 toggle highlights. */
    public void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return;
        }
        if (e.getCode() == KeyCode.N && !e.isShortcutDown() && !e.isAltDown()) {
            if (focus.nextMention(e.isShiftDown() ? -1 : 1)) {
                e.consume();
            }
        } else if (e.isAltDown() && e.getCode().isDigitKey()) {
            int n = e.getCode().getCode() - KeyCode.DIGIT0.getCode();
            if (e.getCode().name().startsWith("NUMPAD")) {
                n = e.getCode().getCode() - KeyCode.NUMPAD0.getCode();
            }
            if (n == 0) {
                legend().toggleAll();
            } else if (n <= EntityType.values().length) {
                legend().toggle(EntityType.values()[n - 1]);
            }
            e.consume();
        }
    }
}
