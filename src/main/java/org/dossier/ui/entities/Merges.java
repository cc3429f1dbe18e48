package org.dossier.ui.entities;

import java.io.IOException;
import java.nio.file.Path;

import javafx.stage.Window;

import org.dossier.annotate.EntityIndex;
import org.dossier.ui.reader.ReaderPane;
import org.dossier.ui.session.ReadingSession;

/**
 * The user's merges and unmerges of library entities ("Merge with…", "Unmerge …" in the entity
 * lists): written to the merges file beside the user gazetteer, applied to the index at once (rebuilt
 * from what is known, no article read again), undoable with Ctrl+Z, and the merged entity then
 * chosen, so the list shows every article that mentions it. FX-thread confined.
 */
final class Merges implements MergeActions.Host {
    private final ReadingSession session;
    private final ReaderPane reader;
    private final EntityMergeEditor editor;
    private final EntityIndexing indexing;
    private final EntityFocus focus;

    Merges(ReadingSession session, ReaderPane reader, Path mergesFile, EntityIndexing indexing, EntityFocus focus) {
        this.session = session;
        this.reader = reader;
        this.editor = new EntityMergeEditor(mergesFile);
        this.indexing = indexing;
        this.focus = focus;
    }

    EntityMergeEditor editor() {
        return editor;
    }

    @Override
    public EntityIndex index() {
        return session.entityIndexProperty().get();
    }

    @Override
    public Window window() {
        return reader.getScene() == null ? null : reader.getScene().getWindow();
    }

    @Override
    public void merge(EntityIndex.Entry a, EntityIndex.Entry b) {
        change(() -> editor.merge(a.id(), b.id()), () -> editor.forget(a.id(), b.id()),
                a.name() + " and " + b.name() + " are now one entity", a.id());
    }

    @Override
    public void unmerge(EntityIndex.Merge merge, EntityIndex.Entry into) {
        change(() -> editor.unmerge(merge.id(), into.id()), () -> editor.forget(merge.id(), into.id()),
                merge.name() + " is no longer merged with " + into.name(), merge.id());
    }

    private void change(ReaderContextMenu.Correction change, ReaderContextMenu.Correction undoIt, String done, String show) {
        try {
            change.apply();
        } catch (IOException e) {
            session.notify("Could not save the entity merge: " + e.getMessage());
            return;
        }
        remerge(show, done + " (Ctrl+Z undoes)");
        session.undo().push("Undo the entity merge", () -> {
            try {
                undoIt.apply();
                remerge(show, "Undone: " + done);
            } catch (IOException e) {
                session.notify("Could not undo: " + e.getMessage());
            }
        });
    }

    /** The index with the merges as they are now; then {@code entityId}'s entity is chosen. */
    private void remerge(String entityId, String done) {
        indexing.remerge(() -> {
            EntityIndex.Entry e = index().get(entityId);
            if (e != null) {
                focus.focusAndRestrict(e);
            }
            session.notify(done);
        });
    }
}
