package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;

import org.dossier.Unwritable;
import org.dossier.notebook.NotebookJson;
import org.dossier.ui.notebook.UnsavedBookmarksOnQuit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, item 2: quitting while saves fail used to drop the last bookmarks silently. The saves
 * fail for real (the notebook's folder is made unwritable); Ctrl+Q then asks, with the count, to
 * retry, save to another file, or quit and discard — each choice tried as the user makes it.
 */
class QuitWithUnsavedBookmarksTest extends AppHarness {
    private static final String PASSAGE = "Russia, Turkey and Iran failed in talks";
    private Path notebook;

    @AfterEach
    void restoreChooser() {
        UnsavedBookmarksOnQuit.useChooser(null);
    }

    /** Opens the window with a notebook in its own folder, makes that folder unwritable and bookmarks a passage. */
    private Unwritable bookmarkWhileSavesFail() throws Exception {
        notebook = Files.createDirectories(temp.resolve("nb")).resolve("notebook.json");
        start(temp.resolve("home"), "--articles", SEEDS.toString(), "--notebook", notebook.toString());
        waitForReaderTitle(TITLE_2017);
        // The notebook is open (its lock file exists) before its folder stops taking new files.
        waitUntil(() -> Files.exists(notebook.resolveSibling("notebook.json.lock")));
        Unwritable locked = Unwritable.folder(notebook.getParent());
        String text = (String) script("document.getElementById('dossier-text').textContent");
        int at = text.indexOf(PASSAGE);
        assertEquals(true, script("dossier.select(" + at + "," + (at + PASSAGE.length()) + ")"));
        clickOn("#articles");
        press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        waitUntil(() -> lookup("#bookmark-note").tryQuery().isPresent());
        clickOn("#bookmark-note").write("Astana stalled");
        type(KeyCode.ENTER);
        waitUntil(() -> fx(() -> ((Label) lookup("#notice").query()).getText()).contains("Could not save the notebook"));
        return locked;
    }

    private void pressCtrlQ() throws Exception {
        press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        waitUntil(() -> lookup("#unsaved-bookmarks").tryQuery().isPresent());
    }

    private String dialogHeader() throws Exception {
        return fx(() -> ((DialogPane) lookup("#unsaved-bookmarks").query()).getHeaderText());
    }

    private boolean windowShowing() throws Exception {
        return fx(() -> stage.isShowing());
    }

    @Test
    @SuppressWarnings("try") // the folder stays unwritable for the block
    void retryKeepsAskingWhileSavingFailsAndQuitsOnceItWorks() throws Exception {
        try (Unwritable locked = bookmarkWhileSavesFail()) {
            pressCtrlQ();
            assertEquals("1 bookmark change is not saved", dialogHeader());
            assertTrue(fx(() -> ((DialogPane) lookup("#unsaved-bookmarks").query()).getContentText())
                    .contains(notebook.toString()));
            clickOn("#quit-retry");
            waitUntil(() -> lookup("#unsaved-bookmarks").tryQuery().isPresent());
            assertTrue(fx(() -> ((DialogPane) lookup("#unsaved-bookmarks").query()).getContentText())
                    .startsWith("Saving failed again."));
            assertTrue(windowShowing());
        }
        clickOn("#quit-retry"); // the folder takes files again
        waitUntil(() -> !windowShowing());
        assertTrue(Files.readString(notebook).contains("Astana stalled"));
    }

    @Test
    @SuppressWarnings("try") // the folder stays unwritable for the block
    void saveToAnotherFileWritesTheWholeNotebookThereAndQuits() throws Exception {
        Path elsewhere = temp.resolve("elsewhere.json");
        UnsavedBookmarksOnQuit.useChooser(owner -> elsewhere);
        try (Unwritable locked = bookmarkWhileSavesFail()) {
            pressCtrlQ();
            clickOn("#quit-save-elsewhere");
            waitUntil(() -> !windowShowing());
        }
        assertEquals(1, NotebookJson.read(Files.readAllBytes(elsewhere), java.time.Clock.systemUTC()).size());
        assertTrue(Files.readString(elsewhere).contains("Astana stalled"));
    }

    @Test
    @SuppressWarnings("try") // the folder stays unwritable for the block
    void quitAndDiscardQuitsAndCancelStaysOpen() throws Exception {
        try (Unwritable locked = bookmarkWhileSavesFail()) {
            pressCtrlQ();
            clickOn("#quit-cancel");
            waitUntil(() -> lookup("#unsaved-bookmarks").tryQuery().isEmpty());
            assertTrue(windowShowing(), "cancel keeps the window");
            pressCtrlQ();
            clickOn("#quit-discard");
            waitUntil(() -> !windowShowing());
            assertFalse(Files.exists(notebook), "discarded: nothing was written");
        }
    }
}
