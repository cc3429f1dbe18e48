package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.Label;

import org.dossier.article.Article;
import org.dossier.article.ArticleReader;
import org.junit.jupiter.api.Test;

/** A saved page as the user sees it: its site and authors in the list and above the text, its table drawn as one. */
class SavedPageUiTest extends AppHarness {
    private static final Path HTML = Path.of("src/test/resources/articles/html");

    @Test
    void listAndReadingPaneNameTheSiteAndTheAuthors() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("articles"));
        Files.copy(HTML.resolve("metadata/json-ld.html"), folder.resolve("karun.html"));
        start(temp.resolve("home"), "--articles", folder.toString());
        waitUntil(() -> articleList().getItems().size() == 1);
        waitUntil(() -> lookup(".article-meta").queryAll().stream().anyMatch(l -> ((Label) l).getText().startsWith("16 Nov 2017")));
        Label meta = (Label) lookup(".article-meta").queryAll().stream()
                .filter(l -> ((Label) l).getText().startsWith("16 Nov 2017")).findFirst().orElseThrow();
        assertTrue(meta.getText().startsWith("16 Nov 2017 · Ardan Herald · Mara Voss, Idris Kell · "), meta.getText());
        clickOn("River states agree to share the Karun");
        waitForReaderTitle("River states agree to share the Karun");
        String line = (String) script("document.querySelector('.byline').textContent");
        assertTrue(line.startsWith("Ardan Herald · Mara Voss, Idris Kell · 16 November 2017 · "), line);
    }

    @Test
    void tableOfAPageIsATableInThePaneAndTheTextIsUnchanged() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("articles"));
        Files.copy(HTML.resolve("structure.html"), folder.resolve("quotas.html"));
        Article article = ArticleReader.read(folder.resolve("quotas.html"));
        start(temp.resolve("home"), "--articles", folder.toString());
        waitUntil(() -> articleList().getItems().size() == 1);
        clickOn(article.title());
        waitForReaderTitle(article.title());
        assertEquals(article.text(), script("document.getElementById('dossier-text').textContent"),
                "offsets stay true: the WebView keeps the tabs between cells and the breaks between rows");
        assertEquals(4, ((Number) script("document.querySelectorAll('#dossier-text table tr').length")).intValue());
        assertEquals("Ardan", script("document.querySelector('#dossier-text table tr:nth-child(2) td').textContent"));
    }
}
