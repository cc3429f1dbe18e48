package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;

import org.dossier.article.ArticleSummary;
import org.junit.jupiter.api.Test;

class MainWindowTest extends AppHarness {
    @Test
    void opensOnTheBundledArticlesWithTheNewestShown() throws Exception {
        start(temp.resolve("home"), "--articles", SEEDS.toString());
        waitUntil(() -> articleList().getItems().size() == 2);
        waitForReaderTitle(TITLE_2017);
        assertEquals("2 articles", lookup("#status").queryAs(Label.class).getText());
        assertEquals("8 July 2017 · 422 words · 004_624cc517c04daf42.txt", script("document.querySelector('.byline').textContent"));
    }

    @Test
    void clickingTheSecondArticleShowsItsTitleAndBody() throws Exception {
        start(temp.resolve("home"), "--articles", SEEDS.toString());
        waitUntil(() -> articleList().getItems().size() == 2);
        ArticleSummary second = articleList().getItems().get(1);
        clickOn(second.title());
        waitForReaderTitle(second.title());
        assertTrue(second.title().endsWith("…"), "an untitled text: its title is derived from the opening sentence");
        assertEquals(0, ((Number) script("document.querySelectorAll('h1').length")).intValue(),
                "the derived title is not shown a second time above the sentence it came from");
        assertTrue(((String) script("document.querySelector('#dossier-text p').textContent")).startsWith(second.title().replace("…", "")));
        String body = (String) script("document.getElementById('dossier-text').textContent");
        assertEquals(Files.readString(SEEDS.resolve("000_12460f19fc3bbb18.txt"), StandardCharsets.UTF_8), body,
                "the pane shows exactly the article's text");
    }

    @Test
    void filterNarrowsTheListAsYouType() throws Exception {
        start(temp.resolve("home"), "--articles", SEEDS.toString());
        waitUntil(() -> articleList().getItems().size() == 2);
        clickOn("#filter").write("Kerry");
        waitUntil(() -> articleList().getItems().size() == 1);
        assertTrue(Files.readString(SEEDS.resolve(articleList().getItems().get(0).id())).contains("John Kerry"),
                "the one left mentions Kerry in its text, not its title");
        assertFalse(articleList().getItems().get(0).title().contains("Kerry"));
        assertEquals("2 articles · 1 shown", lookup("#status").queryAs(Label.class).getText());
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> articleList().getItems().size() == 2);
    }

    @Test
    void jAndKMoveThroughTheList() throws Exception {
        start(temp.resolve("home"), "--articles", SEEDS.toString());
        waitUntil(() -> articleList().getItems().size() == 2);
        waitForReaderTitle(TITLE_2017);
        ArticleSummary second = articleList().getItems().get(1);
        clickOn("#reader");
        type(KeyCode.J);
        waitForReaderTitle(second.title());
        type(KeyCode.K);
        waitForReaderTitle(TITLE_2017);
    }

    @Test
    void switchingArticlesQuicklyNeverLeavesAStaleArticleOnScreen() throws Exception {
        start(temp.resolve("home"), "--articles", SEEDS.toString());
        waitForReaderTitle(TITLE_2017);
        clickOn("#articles");
        for (int i = 0; i < 15; i++) {
            type(i % 2 == 0 ? KeyCode.J : KeyCode.K);
        }
        type(KeyCode.J);
        ArticleSummary selected = fx(() -> articleList().getSelectionModel().getSelectedItem());
        assertEquals(articleList().getItems().get(1), selected);
        waitForReaderTitle(selected.title());
        org.testfx.util.WaitForAsyncUtils.sleep(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertEquals(selected.title(), readerTitle(), "no late render replaced the chosen article");
    }

    @Test
    void ctrlPlusEnlargesTheTextAndItIsRemembered() throws Exception {
        Path home = temp.resolve("home");
        start(home, "--articles", SEEDS.toString());
        waitForReaderTitle(TITLE_2017);
        clickOn("#articles");
        press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        waitUntil(() -> "font-size:110%".equals(script("document.documentElement.getAttribute('style')")));
        waitUntil(() -> Files.readString(home.resolve("settings.properties")).contains("fontPercent=110"));
    }

    @Test
    void ctrlShiftDSwitchesToTheDarkThemeAndItIsRemembered() throws Exception {
        Path home = temp.resolve("home");
        start(home, "--articles", SEEDS.toString());
        waitForReaderTitle(TITLE_2017);
        clickOn("#articles");
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> ((String) script("document.documentElement.className")).contains("theme-dark"));
        assertTrue(fx(() -> lookup(".dossier").query().getStyleClass().contains("theme-dark")), "the window follows");
        stop();
        start(home, "--articles", SEEDS.toString());
        waitForReaderTitle(TITLE_2017);
        waitUntil(() -> ((String) script("document.documentElement.className")).contains("theme-dark"));
    }

    @Test
    void sortingByTitlePutsTheAmericanArticleFirst() throws Exception {
        start(temp.resolve("home"), "--articles", SEEDS.toString());
        waitUntil(() -> articleList().getItems().size() == 2);
        assertTrue(articleList().getItems().get(0).title().startsWith("Russia"), "newest first by default");
        clickOn("#sort");
        clickOn("Title");
        waitUntil(() -> articleList().getItems().get(0).title().startsWith("American"));
    }

    @Test
    void brokenFilesAreListedWithTheirReasonAndTheRestLoad() throws Exception {
        Path folder = copySeeds(temp.resolve("articles"));
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Files.write(folder.resolve("image.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff});
        start(temp.resolve("home"), "--articles", folder.toString());
        waitUntil(() -> articleList().getItems().size() == 4);
        assertEquals("4 articles · 2 problems", lookup("#status").queryAs(Label.class).getText());
        clickOn("empty.txt");
        waitUntil(() -> lookup("#reader-message").tryQuery().isPresent());
        String message = lookup("#reader-message").queryAs(Label.class).getText();
        assertTrue(message.contains("The file is empty."), message);
        assertTrue(lookup("⚠ Not a text file (it contains binary data).").tryQuery().isPresent());
    }

    @Test
    void missingFolderSaysSoAndOffersToOpenAnother() throws Exception {
        Path missing = temp.resolve("nowhere");
        start(temp.resolve("home"), "--articles", missing.toString());
        waitUntil(() -> lookup("#reader-message").tryQuery().isPresent());
        assertTrue(lookup("#reader-message").queryAs(Label.class).getText().contains("does not exist"));
        assertTrue(lookup("Open folder…").tryQuery().isPresent());
    }

    @Test
    void theListComesFromTheMetadataCacheUntilAFileChangesSizeOrTime() throws Exception {
        Path folder = copySeeds(temp.resolve("articles"));
        Path home = temp.resolve("home");
        Path note = Files.writeString(folder.resolve("note.md"), "# Talks resume in Geneva\n\nDelegates arrived.\n");
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(note);
        start(home, "--articles", folder.toString());
        waitUntil(() -> articleList().getItems().size() == 3);
        stop();
        // Same size and time, other words: only the cache can still give the old title.
        Files.writeString(note, "# Talks paused in Vienna\n\nDelegates arrived.\n");
        Files.setLastModifiedTime(note, time);
        start(home, "--articles", folder.toString());
        waitUntil(() -> titles().contains("Talks resume in Geneva"));
        stop();
        Files.setLastModifiedTime(note, java.nio.file.attribute.FileTime.fromMillis(time.toMillis() + 60_000));
        start(home, "--articles", folder.toString());
        waitUntil(() -> titles().contains("Talks paused in Vienna") && !titles().contains("Talks resume in Geneva"));
    }

    @Test
    void theLastArticleIsReopenedEvenWhenTheListIsReadBatchByBatch() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("many"));
        for (int i = 0; i < 300; i++) {
            Files.writeString(folder.resolve(String.format("a%03d.md", i)),
                    String.format("# Report %03d\n\nNothing happened on day %d.\n", i, i));
        }
        Path home = temp.resolve("home");
        start(home, "--articles", folder.toString());
        waitUntil(() -> articleList().getItems().size() == 300);
        fx(() -> {
            articleList().getSelectionModel().select(articleList().getItems().stream()
                    .filter(a -> a.id().equals("a299.md")).findFirst().orElseThrow());
            return null;
        });
        waitForReaderTitle("Report 299");
        stop();
        // No list cache (as after an upgrade): the folder is read again in batches of 64, and the
        // last article read is in the last batch.
        try (var caches = Files.walk(home.resolve("cache/metadata"))) {
            for (Path p : caches.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        start(home);
        waitUntil(() -> articleList().getItems().size() == 300);
        waitForReaderTitle("Report 299");
        assertEquals("a299.md", fx(() -> articleList().getSelectionModel().getSelectedItem().id()));
    }

    @Test
    void openingAnotherFolderReplacesTheListAtOnce() throws Exception {
        Path other = Files.createDirectories(temp.resolve("other"));
        Files.writeString(other.resolve("geneva.md"), "# Talks resume in Geneva\n\nDelegates arrived on Monday.\n");
        start(temp.resolve("home"), "--articles", SEEDS.toString());
        waitForReaderTitle(TITLE_2017);
        int leftAtOnce = fx(() -> {
            ((DossierApp) app).session().openFolder(other);
            return articleList().getItems().size();
        });
        assertEquals(0, leftAtOnce, "the seeds are gone from the list as soon as the other folder is asked for");
        waitForReaderTitle("Talks resume in Geneva");
        assertEquals(java.util.List.of("Talks resume in Geneva"), titles());
        assertEquals("1 article", lookup("#status").queryAs(Label.class).getText());
    }

    private java.util.List<String> titles() {
        return articleList().getItems().stream().map(ArticleSummary::title).toList();
    }

    @Test
    void aFileAddedToTheFolderAppearsWithoutARestart() throws Exception {
        Path folder = copySeeds(temp.resolve("articles"));
        start(temp.resolve("home"), "--articles", folder.toString());
        waitUntil(() -> articleList().getItems().size() == 2);
        Files.writeString(folder.resolve("new.md"), "# Talks resume in Geneva\n\nDelegates arrived on Monday.\n");
        waitUntil(() -> articleList().getItems().stream().anyMatch(a -> a.title().equals("Talks resume in Geneva")));
        Files.delete(folder.resolve("new.md"));
        waitUntil(() -> articleList().getItems().size() == 2);
    }

    @Test
    void theLastArticleReadIsOpenedOnTheNextStart() throws Exception {
        Path home = temp.resolve("home");
        start(home, "--articles", SEEDS.toString());
        waitUntil(() -> articleList().getItems().size() == 2);
        ArticleSummary second = articleList().getItems().get(1);
        clickOn(second.title());
        waitForReaderTitle(second.title());
        stop();
        start(home);
        waitForReaderTitle(second.title());
    }
}
