package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.dossier.article.ArticleSummary;
import org.dossier.article.pdf.PdfFixtures;
import org.dossier.article.pdf.PdfFixtures.Text;

/** PDFs, e-mails, single-file pages and feeds in the window, as the analyst uses them. */
class FormatsUiTest extends AppHarness {
    private static final Path FORMATS = Path.of("src/test/resources/formats");
    private static final String PDF_TITLE = "Water Sharing Report";
    private static final String PAGE_TWO = "On the second page the ministry confirmed the figures for the dry season.";

    /** One file of each kind the window reads. */
    private Path folderOfEveryKind() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("articles"));
        for (String name : List.of("ceasefire-wire.rss", "analysis.atom", "briefing.eml", "saved-article.mhtml")) {
            Files.copy(FORMATS.resolve(name), folder.resolve(name));
        }
        Files.copy(SEEDS.resolve("004_624cc517c04daf42.txt"), folder.resolve("talks.txt"));
        Files.copy(Path.of("src/test/resources/articles/html/saved-page.html"), folder.resolve("saved-page.html"));
        Files.writeString(folder.resolve("notes.md"), "---\ntitle: Desk notes\ndate: 2017-07-12\n---\n\nThe desk met at nine.\n");
        new PdfFixtures()
                .page(List.of(new Text(72, 90, 20, PDF_TITLE), new Text(72, 120, 11, "Geneva, 12 March 2019"),
                        new Text(72, 150, 11, "Both countries agreed on the sharing of the river's water."),
                        new Text(72, 164, 11, "The agreement runs for ten years.")))
                .page(List.of(new Text(72, 100, 11, PAGE_TWO)))
                .write(folder.resolve("water.pdf"));
        return folder;
    }

    private void open(String title) throws Exception {
        waitUntil(() -> fx(() -> articleList().getItems().stream().anyMatch(a -> a.title().equals(title))));
        ArticleSummary target = fx(() -> articleList().getItems().stream().filter(a -> a.title().equals(title)).findFirst().orElseThrow());
        fx(() -> {
            articleList().scrollTo(target);
            return null;
        });
        clickOn(lookup(".article-title").match((Label l) -> title.equals(l.getText())).<Label>query());
        waitForReaderTitle(title);
        opened = title;
    }

    private String opened;

    private void bookmark(String passage) throws Exception {
        String text = (String) script("document.getElementById('dossier-text').textContent");
        int at = text.indexOf(passage);
        assertTrue(at >= 0, passage);
        assertEquals(true, script("dossier.select(" + at + "," + (at + passage.length()) + ")"));
        // Back to the list, on the article being read (a click elsewhere in it would open another).
        clickOn(lookup(".article-title").match((Label l) -> opened.equals(l.getText())).<Label>query());
        press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        waitUntil(() -> lookup("#bookmark-note").tryQuery().isPresent());
        clickOn("#bookmark-note").write("checked");
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#bookmark-note").tryQuery().isEmpty());
    }

    @Test
    void aFolderWithOneFileOfEachKindListsThemAllWithTitlesAndDates() throws Exception {
        Path folder = folderOfEveryKind();
        start(temp.resolve("home"), "--articles", folder.toString());
        waitUntil(() -> fx(() -> articleList().getItems().size()) == 10);

        Map<String, String> shown = fx(() -> articleList().getItems().stream().collect(Collectors.toMap(ArticleSummary::id,
                a -> a.title() + " | " + a.publishedOn().map(LocalDate::toString).orElse("-"))));
        assertEquals(Map.of(
                "ceasefire-wire.rss#1", "Ceasefire in southwest Syria takes hold, monitors say | 2017-07-09",
                "ceasefire-wire.rss#2", "Lavrov and Tillerson discuss Syria at G20 | 2017-07-07",
                "analysis.atom#1", "Astana talks: what the de-escalation zones mean | 2017-07-10",
                "briefing.eml", "Minutes – monitoring call | 2017-07-11",
                "briefing.eml#1", "Minutes, 11 July 2017 | 2017-07-11",
                "saved-article.mhtml", "Talks in Geneva resume | 2017-07-11", // the site's suffix is cut from the title
                "talks.txt", TITLE_2017 + " | 2017-07-08",
                "saved-page.html", "Ceasefire holds in southern Syria | " + org.dossier.article.ArticleReader
                        .read(folder.resolve("saved-page.html")).publishedOn().map(LocalDate::toString).orElse("-"),
                "notes.md", "Desk notes | 2017-07-12",
                "water.pdf", PDF_TITLE + " | 2019-03-12"), shown);

        // What the rows say: the feed's title above its items, the message's attachments on its line.
        waitUntil(() -> lookup(".article-group").match((Label l) -> "Levant Wire — Middle East".equals(l.getText())
                && l.isVisible()).tryQuery().isPresent());
        waitUntil(() -> lookup(".article-meta").match((Label l) -> l.getText().contains("attached: minutes.txt, signature.png"))
                .tryQuery().isPresent());
        List<String> order = fx(() -> articleList().getItems().stream().map(ArticleSummary::id).toList());
        assertEquals(order.indexOf("briefing.eml") + 1, order.indexOf("briefing.eml#1"), "the attachment right under its message");
        assertEquals(1, Math.abs(order.indexOf("ceasefire-wire.rss#1") - order.indexOf("ceasefire-wire.rss#2")), "a feed's items together");
    }

    @Test
    void openingAPdfShowsItsParagraphsAndPageMarkers() throws Exception {
        Path folder = folderOfEveryKind();
        start(temp.resolve("home"), "--articles", folder.toString());
        open(PDF_TITLE);

        assertEquals("Geneva, 12 March 2019|Both countries agreed on the sharing of the river's water. The agreement runs for ten years.|"
                + PAGE_TWO, script("Array.from(document.querySelectorAll('#dossier-text p')).map(p => p.textContent).join('|')"));
        assertEquals("2", script("Array.from(document.querySelectorAll('#dossier-text .page-marker')).map(m => m.dataset.page).join(',')"));
        assertEquals("p. 2", script("getComputedStyle(document.querySelector('.page-marker'), '::before').content.replace(/\"/g, '').replace(/\\s+/g, ' ')"));
        assertTrue(((String) script("document.querySelector('.byline').textContent")).contains("2 pages"));
    }

    @Test
    void bookmarksInAFeedItemAndAPdfSurviveARestartAndExportWithTheirPage() throws Exception {
        Path folder = folderOfEveryKind();
        Path home = temp.resolve("home");
        start(home, "--articles", folder.toString());
        open("Lavrov and Tillerson discuss Syria at G20");
        bookmark("Rex Tillerson met in Hamburg");
        open(PDF_TITLE);
        bookmark("the ministry confirmed the figures");
        Path notebook = home.resolve("notebook.json");
        waitUntil(() -> Files.exists(notebook) && new ObjectMapper().readTree(notebook.toFile()).get("bookmarks").size() == 2);

        stop();
        start(home, "--articles", folder.toString());
        open(PDF_TITLE);
        waitUntil(() -> ((Number) script("document.querySelectorAll('.bookmark').length")).intValue() == 1);
        assertEquals("the ministry confirmed the figures", script("document.querySelector('.bookmark').textContent"));
        open("Lavrov and Tillerson discuss Syria at G20");
        waitUntil(() -> ((Number) script("document.querySelectorAll('.bookmark').length")).intValue() == 1);
        clickOn("#tab-notebook");
        waitUntil(() -> lookup(n -> notebookRowShows(n, "“the ministry confirmed the figures” · p. 2\nchecked")).tryQuery().isPresent());

        JsonNode saved = new ObjectMapper().readTree(notebook.toFile()).get("bookmarks");
        List<String> ids = List.of(saved.get(0).get("article").get("id").asText(), saved.get(1).get("article").get("id").asText());
        assertTrue(ids.contains("ceasefire-wire.rss#2") && ids.contains("water.pdf"), ids.toString());
        Path md = temp.resolve("export.md");
        assertEquals(0, org.dossier.cli.Cli.run("export", List.of("--notebook", notebook.toString(), "--format", "md",
                "--out", md.toString()), System.out, System.err));
        String exported = Files.readString(md);
        assertTrue(exported.contains("> the ministry confirmed the figures\n"), exported);
        assertTrue(exported.contains("Source: “" + PDF_TITLE + ",” ") && exported.contains(", p. 2, "), exported);
        assertTrue(exported.contains("Lavrov and Tillerson discuss Syria at G20,” Levant Wire — Middle East, 7 July 2017, https://wire.example.org/2017/07/07/g20-syria."), "the feed item is cited by its link: " + exported);
    }
}
