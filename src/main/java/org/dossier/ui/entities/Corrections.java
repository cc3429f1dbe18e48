package org.dossier.ui.entities;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import javafx.scene.control.MenuItem;

import org.dossier.annotate.EntityIndex;
import org.dossier.annotate.GazetteerEditor;
import org.dossier.article.Article;
import org.dossier.ui.reader.ReaderPane;
import org.dossier.ui.session.ReadingSession;
import org.dossier.ui.session.AnnotationService;

/**
 * Corrections from the reading pane's context menu (change a highlight's type, not an entity, alias
 * of…, mark a selection as an entity): written to the user gazetteer, applied to every article at
 * once, undoable with Ctrl+Z. The menu also offers watching and what other features add for a
 * selection (bookmark). FX-thread confined.
 */
final class Corrections {
    private final ReadingSession session;
    private final AnnotationService annotations;
    private final GazetteerEditor editor;
    private final Runnable reapplied;
    private Supplier<List<MenuItem>> selectionItems = List::of;

    /** @param reapplied runs after a correction or its undo took effect (re-render, re-index) */
    Corrections(ReadingSession session, ReaderPane reader, AnnotationService annotations, Path userGazetteer,
                WatchListController watch, Runnable reapplied) {
        this.session = session;
        this.annotations = annotations;
        this.editor = new GazetteerEditor(userGazetteer);
        this.reapplied = reapplied;
        new ReaderContextMenu(reader, editor, new ReaderContextMenu.Actions() {
            @Override
            public void correct(ReaderContextMenu.Correction correction, String done) {
                Corrections.this.correct(correction, done);
            }

            @Override
            public boolean isWatched(String entityId) {
                return watch.isWatched(entityId);
            }

            @Override
            public void toggleWatch(String entityId) {
                watch.toggle(entityId);
            }

            @Override
            public void addTerm(String term) {
                watch.addTerm(term);
            }

            @Override
            public List<EntityIndex.Entry> entitiesOf(Article article) {
                return EntityIndex.ofArticle(article.id(), annotations.mentions(article));
            }

            @Override
            public EntityIndex.Entry chooseEntity(String title, org.dossier.annotate.EntityType type, String excludeId) {
                EntityIndex library = session.entityIndexProperty().get();
                Article onScreen = session.currentArticleProperty().get();
                EntityIndex choices = library.size() > 0 || onScreen == null ? library
                        : EntityIndex.of(java.util.Map.of(onScreen.id(), annotations.mentions(onScreen)));
                javafx.stage.Window window = reader.getScene() == null ? null : reader.getScene().getWindow();
                return EntityChooser.choose(window, title, choices, type, excludeId, "").orElse(null);
            }

            @Override
            public List<MenuItem> selectionItems() {
                return selectionItems.get();
            }
        });
    }

    /** More items for a selection (e.g. Bookmark Selection…), from other features. */
    void setSelectionItems(Supplier<List<MenuItem>> items) {
        this.selectionItems = items;
    }

    /** Applies a correction to the user gazetteer, then to every article; Ctrl+Z takes it back. */
    private void correct(ReaderContextMenu.Correction correction, String done) {
        try {
            correction.apply();
        } catch (IOException | IllegalArgumentException e) {
            session.notify("Could not save the correction to " + editor.file() + ": " + e.getMessage());
            return;
        }
        reapply();
        session.undo().push("Undo the entity correction", this::undoCorrection);
        session.notify(done + " (Ctrl+Z undoes)");
    }

    /** Takes back the last correction this window wrote. */
    private void undoCorrection() {
        try {
            String line = editor.undo();
            reapply();
            session.notify("Undone: " + line.replace('\t', ' '));
        } catch (IOException e) {
            session.notify("Could not undo: " + e.getMessage());
        }
    }

    /** Re-applies the user gazetteer to every article at once. */
    private void reapply() {
        annotations.reload();
        reapplied.run();
    }
}
