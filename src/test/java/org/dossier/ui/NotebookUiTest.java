package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.Label;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** Bookmarking as the analyst does it: select, Ctrl+B, note and tag, Enter; and it is there after a restart. */
class NotebookUiTest extends AppHarness {
    private static final String PASSAGE = "Russia, Turkey and Iran failed in talks";

    private void selectPassage() throws Exception {
        String text = (String) script("document.getElementById('dossier-text').textContent");
        int at = text.indexOf(PASSAGE);
        assertTrue(at > 0);
        assertEquals(true, script("dossier.select(" + at + "," + (at + PASSAGE.length()) + ")"));
    }

    /** A bookmark on the 2017 article made with the {@code bookmark} command, exactly as the window makes one. */
    private static void bookmarkFromCommandLine(Path home, String quote, String note, String... tags) throws Exception {
        Files.createDirectories(home);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--notebook", home.resolve("notebook.json").toString(),
                "--article", SEEDS.resolve("004_624cc517c04daf42.txt").toString(), "--quote", quote, "--note", note));
        for (String tag : tags) {
            args.addAll(java.util.List.of("--tag", tag));
        }
        assertEquals(0, org.dossier.cli.Cli.run("bookmark", args, System.out, System.err));
    }

    /**
     * Types lower-case words key by key through the robot, so that they reach whichever window has
     * the keyboard focus, as a user's keys do ({@code write} would send them to the last window
     * clicked).
     */
    private void keyboard(String text) {
        for (char c : text.toCharArray()) {
            type(c == ' ' ? KeyCode.SPACE : c == ',' ? KeyCode.COMMA : KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c))));
        }
    }

    private int bookmarkMarks() throws Exception {
        return ((Number) script("document.querySelectorAll('.bookmark').length")).intValue();
    }

    @Test
    void ctrlBSavesTheSelectionWithNoteAndTagAndItSurvivesARestart() throws Exception {
        Path home = temp.resolve("home");
        Path notebook = home.resolve("notebook.json");
        start(home, "--articles", SEEDS.toString());
        waitForReaderTitle(TITLE_2017);
        selectPassage();
        clickOn("#articles");
        press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        waitUntil(() -> lookup("#bookmark-note").tryQuery().isPresent());
        clickOn("#bookmark-note").write("Astana talks stalled");
        clickOn("#bookmark-tags").write("astana");
        type(KeyCode.ENTER);

        waitUntil(() -> Files.exists(notebook) && Files.readString(notebook).contains("Astana talks stalled"));
        JsonNode saved = new ObjectMapper().readTree(notebook.toFile());
        JsonNode b = saved.get("bookmarks").get(0);
        assertEquals(PASSAGE, b.get("quote").get("exact").asText());
        assertEquals("astana", b.get("tags").get(0).asText());
        assertEquals("004_624cc517c04daf42.txt", b.get("article").get("id").asText());
        assertTrue(b.get("entities").toString().contains("LOCATION:Russia"), "the passage's entities are recorded");
        waitUntil(() -> bookmarkMarks() == 1);

        stop();
        start(home, "--articles", SEEDS.toString());
        waitForReaderTitle(TITLE_2017);
        waitUntil(() -> bookmarkMarks() == 1);
        assertEquals(PASSAGE, script("document.querySelector('.bookmark').textContent"));
        clickOn("#tab-notebook");
        waitUntil(() -> lookup(n -> notebookRowShows(n, "Astana talks stalled")).tryQuery().isPresent());
    }

    /** Issue 15: typing straight after Ctrl+B goes into the note, Tab moves to the tags, Enter saves. */
    @Test
    void typingAtOnceAfterCtrlBFillsTheNoteAndTabMovesToTheTags() throws Exception {
        Path home = temp.resolve("home");
        Path notebook = home.resolve("notebook.json");
        start(home, "--articles", SEEDS.toString());
        waitForReaderTitle(TITLE_2017);
        selectPassage();
        clickOn("#articles");
        press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        waitUntil(() -> lookup("#bookmark-note").tryQuery().isPresent());
        keyboard("talks stalled again");
        type(KeyCode.TAB);
        keyboard("astana, geneva");
        type(KeyCode.ENTER);

        waitUntil(() -> Files.exists(notebook) && Files.readString(notebook).contains("talks stalled again"));
        JsonNode b = new ObjectMapper().readTree(notebook.toFile()).get("bookmarks");
        assertEquals(1, b.size(), "exactly one bookmark: " + b);
        assertEquals("talks stalled again", b.get(0).get("note").asText());
        assertEquals("[\"astana\",\"geneva\"]", b.get(0).get("tags").toString());
        assertEquals(TITLE_2017, readerTitle(), "no key reached the main window while the dialog was open");
    }

    /** Shift+Tab goes back from the tags to the note; Ctrl+Enter saves from the note, Shift+Enter keeps a line break. */
    @Test
    void shiftTabReturnsToTheNoteAndCtrlEnterSavesFromIt() throws Exception {
        Path home = temp.resolve("home");
        Path notebook = home.resolve("notebook.json");
        start(home, "--articles", SEEDS.toString());
        waitForReaderTitle(TITLE_2017);
        selectPassage();
        clickOn("#bookmark-button");
        waitUntil(() -> lookup("#bookmark-note").tryQuery().isPresent() && lookup("#bookmark-note").query().isFocused());
        type(KeyCode.TAB);
        waitUntil(() -> lookup("#bookmark-tags").query().isFocused());
        keyboard("geneva");
        press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        waitUntil(() -> lookup("#bookmark-note").query().isFocused());
        keyboard("first line");
        press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        keyboard("second line");
        press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);

        waitUntil(() -> Files.exists(notebook) && Files.readString(notebook).contains("second line"));
        JsonNode b = new ObjectMapper().readTree(notebook.toFile()).get("bookmarks").get(0);
        assertEquals("first line\nsecond line", b.get("note").asText());
        assertEquals("[\"geneva\"]", b.get("tags").toString());
    }

    @Test
    void theTagFieldCompletesTagsAlreadyInTheNotebook() throws Exception {
        Path home = temp.resolve("home");
        bookmarkFromCommandLine(home, "Sergey Lavrov", "earlier", "russia-policy");
        start(home, "--articles", SEEDS.toString());
        waitForReaderTitle(TITLE_2017);
        waitUntil(() -> bookmarkMarks() == 1);
        selectPassage();
        clickOn("#bookmark-button");
        waitUntil(() -> lookup("#bookmark-note").tryQuery().isPresent());
        clickOn("#bookmark-tags").write("rus");
        waitUntil(() -> menuItem("russia-policy") != null);
        clickOn(menuItem("russia-policy"));
        waitUntil(() -> "russia-policy, ".equals(lookup("#bookmark-tags").queryAs(javafx.scene.control.TextField.class).getText()));
        type(KeyCode.ENTER);
        waitUntil(() -> bookmarkMarks() == 2);
        waitUntil(() -> Files.readString(home.resolve("notebook.json")).split("russia-policy", -1).length == 3);
    }

    @Test
    void escapeCancelsAndNothingIsSaved() throws Exception {
        Path home = temp.resolve("home");
        start(home, "--articles", SEEDS.toString());
        waitForReaderTitle(TITLE_2017);
        selectPassage();
        clickOn("#bookmark-button");
        waitUntil(() -> lookup("#bookmark-note").tryQuery().isPresent());
        write("never mind");
        type(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#bookmark-note").tryQuery().isEmpty());
        Thread.sleep(800);
        assertEquals(0, bookmarkMarks());
        assertTrue(!Files.exists(home.resolve("notebook.json")) || !Files.readString(home.resolve("notebook.json")).contains("never mind"));
    }

    @Test
    void notebookSearchFindsTheBookmarkAndDoubleClickOpensItsArticle() throws Exception {
        Path home = temp.resolve("home");
        bookmarkFromCommandLine(home, "Sergey Lavrov", "Lavrov on no-fly zones", "russia");
        start(home, "--articles", SEEDS.toString());
        waitUntil(() -> articleList().getItems().size() == 2);
        clickOn(articleList().getItems().get(1).title());
        clickOn("#tab-notebook");
        clickOn("#notebook-search").write("no-fly");
        waitUntil(() -> lookup(n -> notebookRowShows(n, "Lavrov on no-fly zones")).tryQuery().isPresent());
        doubleClickOn(n -> notebookRowShows(n, "Lavrov on no-fly zones"));
        waitForReaderTitle(TITLE_2017);
        waitUntil(() -> ((Number) script("document.querySelectorAll('.bookmark.flash').length")).intValue() == 1);

        clickOn("#notebook-search").eraseText(6).write("nothing like this");
        waitUntil(() -> lookup(n -> n instanceof Label l && "0 bookmarks".equals(l.getText())).tryQuery().isPresent());
    }

    @Test
    void clickingABookmarkedPassageShowsItsNote() throws Exception {
        Path home = temp.resolve("home");
        bookmarkFromCommandLine(home, "However, AP reported that a ceasefire", "AP source for the noon start", "sources");
        start(home, "--articles", SEEDS.toString());
        waitForReaderTitle(TITLE_2017);
        waitUntil(() -> bookmarkMarks() == 1);
        clickOn(screenPointOf(".bookmark"));
        waitUntil(() -> menuItem("AP source for the noon start") != null);
        type(KeyCode.ESCAPE);
    }

    @Test
    void deletingABookmarkCanBeUndone() throws Exception {
        Path home = temp.resolve("home");
        Path notebook = home.resolve("notebook.json");
        bookmarkFromCommandLine(home, "Sergey Lavrov", "to delete");
        start(home, "--articles", SEEDS.toString());
        waitForReaderTitle(TITLE_2017);
        waitUntil(() -> bookmarkMarks() == 1);
        clickOn("#tab-notebook");
        clickOn(n -> notebookRowShows(n, "to delete"));
        clickOn("#notebook-delete");
        waitUntil(() -> bookmarkMarks() == 0);
        waitUntil(() -> !Files.readString(notebook).contains("to delete"));
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> bookmarkMarks() == 1);
        waitUntil(() -> Files.readString(notebook).contains("to delete"));
    }

    @Test
    void aCorruptNotebookIsSetAsideAndTheUserIsTold() throws Exception {
        Path home = temp.resolve("home");
        Files.createDirectories(home);
        Files.writeString(home.resolve("notebook.json"), "{ this is not json");
        start(home, "--articles", SEEDS.toString());
        waitUntil(() -> lookup("#notice").queryAs(Label.class).getText().contains("corrupt-"));
        try (var files = Files.list(home)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("notebook.json.corrupt-")));
        }
        type(KeyCode.ESCAPE);
    }
}
