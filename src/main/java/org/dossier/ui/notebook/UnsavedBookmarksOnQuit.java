package org.dossier.ui.notebook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.dossier.notebook.AtomicFiles;
import org.dossier.notebook.NotebookJson;
import org.dossier.notebook.NotebookStore;

/**
 * Quitting while bookmarks are not on disk (saves have been failing: a full disk, a folder made
 * read-only): saves once more, and if that fails asks — with how many bookmarks are at stake — to
 * retry, to save the notebook to another file, or to quit and discard them; closing the question
 * cancels the quit. Without this, quitting dropped them silently. FX thread only; the save it waits
 * for is one write.
 */
public final class UnsavedBookmarksOnQuit {
    static final ButtonType RETRY = new ButtonType("Retry", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType SAVE_ELSEWHERE = new ButtonType("Save to Another File…", ButtonBar.ButtonData.OTHER);
    static final ButtonType DISCARD = new ButtonType("Quit and Discard", ButtonBar.ButtonData.NO);

    /**
     * Where "Save to Another File…" writes; the standard save dialog unless replaced (a native dialog
     * cannot be driven by a headless test). Returns null when the user cancels.
     */
    private static volatile Function<Window, Path> chooser = UnsavedBookmarksOnQuit::chooseFile;

    private final NotebookStore store;

    UnsavedBookmarksOnQuit(NotebookStore store) {
        this.store = store;
    }

    /** Replaces the file chooser of "Save to Another File…" (for tests). */
    public static void useChooser(Function<Window, Path> replacement) {
        chooser = replacement == null ? UnsavedBookmarksOnQuit::chooseFile : replacement;
    }

    /** Whether the application may quit now: everything is saved, somewhere, or the user said to discard it. */
    boolean mayQuit(Window owner) {
        IOException failure = trySave();
        String again = "";
        while (failure != null) {
            int unsaved = store.unsavedBookmarks();
            if (unsaved == 0) {
                return true;
            }
            ButtonType choice = ask(owner, unsaved, failure, again).orElse(ButtonType.CANCEL);
            if (choice == RETRY) {
                failure = trySave();
                again = "Saving failed again. ";
            } else if (choice == SAVE_ELSEWHERE) {
                Path target = chooser.apply(owner);
                if (target == null) {
                    again = "";
                    continue;
                }
                try {
                    AtomicFiles.write(target, NotebookJson.write(store.notebook()), null);
                    return true;
                } catch (IOException e) {
                    again = "Could not save to " + target + " either (" + NotebookStore.describe(e) + "). ";
                }
            } else {
                return choice == DISCARD;
            }
        }
        return true;
    }

    private IOException trySave() {
        if (store.isSaved()) {
            return null;
        }
        try {
            store.flush();
            return null;
        } catch (IOException e) {
            return e;
        }
    }

    private Optional<ButtonType> ask(Window owner, int unsaved, IOException failure, String again) {
        String count = unsaved == 1 ? "1 bookmark change is" : unsaved + " bookmark changes are";
        Alert alert = new Alert(Alert.AlertType.WARNING, again + "They could not be saved to " + store.file() + " ("
                + NotebookStore.describe(failure) + "). Retry saving there, save the whole notebook to another file, "
                + "or quit and lose them.", RETRY, SAVE_ELSEWHERE, DISCARD, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Unsaved bookmarks — Dossier");
        alert.setHeaderText(count + " not saved");
        alert.getDialogPane().setId("unsaved-bookmarks");
        alert.getDialogPane().lookupButton(RETRY).setId("quit-retry");
        alert.getDialogPane().lookupButton(SAVE_ELSEWHERE).setId("quit-save-elsewhere");
        alert.getDialogPane().lookupButton(DISCARD).setId("quit-discard");
        alert.getDialogPane().lookupButton(ButtonType.CANCEL).setId("quit-cancel");
        return alert.showAndWait();
    }

    private static Path chooseFile(Window owner) {
        FileChooser files = new FileChooser();
        files.setTitle("Save the notebook to another file");
        files.getExtensionFilters().add(new FileChooser.ExtensionFilter("Dossier notebook (*.json)", "*.json"));
        files.setInitialFileName("notebook-unsaved.json");
        java.io.File chosen = files.showSaveDialog(owner);
        return chosen == null ? null : chosen.toPath();
    }
}
