package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;

import org.dossier.article.ArticleSummary;
import org.dossier.search.SearchHit;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's search items as a user meets them: a word form finds the article, the current hit
 * stands apart and is counted, an article opened from the list shows no hit outlines, and a search
 * that matches nothing says so.
 */
class SearchWordFormsUiTest extends AppHarness {
    private static final String ID_2017 = "004_624cc517c04daf42.txt";
    private static final String SANCTIONS = "Sanctions on Valdoria widened";

    /** The seed articles plus one whose headline says "Sanctions". */
    private Path folderWithSanctions() throws Exception {
        Path folder = copySeeds(temp.resolve("articles"));
        Files.writeString(folder.resolve("sanctions.txt"), SANCTIONS + "\n\nPosted March 03, 2021\n\n"
                + "Ministers agreed further measures against the regime in Valdoria on Monday.\n");
        return folder;
    }

    /** Opens the folder, waits for its newest article ({@code first}) on screen, and types the query in the Search tab. */
    private void openAndSearch(Path folder, int articles, String first, String query) throws Exception {
        start(temp.resolve("home"), "--articles", folder.toString());
        waitUntil(() -> articleList().getItems().size() == articles);
        waitForReaderTitle(first);
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> lookup("#search-field").query().isFocused());
        write(query);
    }

    @SuppressWarnings("unchecked")
    private ListView<SearchHit> results() {
        return lookup("#search-results").query();
    }

    private List<String> resultIds() throws Exception {
        return fx(() -> results().getItems().stream().map(SearchHit::id).toList());
    }

    private void chooseFirstResult() throws Exception {
        waitUntil(() -> lookup("#search-results .list-cell").match((ListCell<?> c) -> c.getItem() != null).tryQuery().isPresent());
        clickOn(lookup("#search-results .list-cell").match((ListCell<?> c) -> c.getItem() != null).nth(0).<Node>query());
    }

    private String hitTexts() throws Exception {
        return (String) script("Array.prototype.map.call(document.querySelectorAll('mark.hit'),"
                + " function (m) { return m.textContent; }).join('|')");
    }

    private int hitCount() throws Exception {
        return ((Number) script("document.querySelectorAll('mark.hit').length")).intValue();
    }

    private String hitPosition() {
        return lookup("#search-hit-position").queryAs(Label.class).getText();
    }

    /** The background colour of a hit mark as the page draws it. */
    private String background(String css) throws Exception {
        return (String) script("getComputedStyle(document.querySelector('" + css + "')).backgroundColor");
    }

    private void clickListArticle(String title) throws Exception {
        ArticleSummary a = fx(() -> articleList().getItems().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow());
        clickOn(lookup("#articles .list-cell").match((ListCell<?> c) -> c.getItem() == a).<Node>query());
        waitForReaderTitle(title);
    }

    @Test
    void aWordFormFindsTheArticleWhoseHeadlineSaysIt() throws Exception {
        openAndSearch(folderWithSanctions(), 3, SANCTIONS, "sanction");
        assertEquals(0, hitCount(), "opened from the list: no outlines yet");
        waitUntil(() -> resultIds().equals(List.of("sanctions.txt")));
        chooseFirstResult();
        waitForReaderTitle(SANCTIONS);
        waitUntil(() -> "Sanctions".equals(hitTexts()));

        clickOn("#search-field");
        push(KeyCode.CONTROL, KeyCode.A);
        write("objection");
        waitUntil(() -> resultIds().equals(List.of(ID_2017)));
        chooseFirstResult();
        waitForReaderTitle(TITLE_2017);
        waitUntil(() -> "objections".equals(hitTexts()));
    }

    @Test
    void steppingThroughHitsShowsTheCurrentOneApartAndCountsIt() throws Exception {
        openAndSearch(SEEDS, 2, TITLE_2017, "zone");
        waitUntil(() -> resultIds().equals(List.of(ID_2017)));
        chooseFirstResult();
        waitUntil(() -> hitCount() == 4 && hitPosition().equals("Hit 1 of 4"));
        List<String> marked = List.of(hitTexts().toLowerCase(java.util.Locale.ROOT).split("\\|"));
        assertEquals(3, marked.stream().filter("zones"::equals).count(), "every form of the word is marked: " + marked);
        assertEquals(1, marked.stream().filter("zone"::equals).count(), "every form of the word is marked: " + marked);
        push(KeyCode.F3);
        waitUntil(() -> hitPosition().equals("Hit 2 of 4"));
        assertEquals("1", script("document.querySelector('mark.hit.current').getAttribute('data-hit')"));
        assertEquals("Hit 2 of 4", lookup("#notice").queryAs(Label.class).getText(), "the status bar counts too");
        assertEquals(1, ((Number) script("document.querySelectorAll('mark.hit.current').length")).intValue());
        assertNotEquals(background("mark.hit:not(.current)"), background("mark.hit.current"),
                "the current hit is drawn unlike the others");
        assertEquals("rgba(0, 0, 0, 0)", background("mark.hit:not(.current)"), "the other hits stay outlines");
        push(KeyCode.SHIFT, KeyCode.F3);
        waitUntil(() -> hitPosition().equals("Hit 1 of 4"));
    }

    @Test
    void anArticleOpenedFromTheListShowsNoHitOutlines() throws Exception {
        openAndSearch(SEEDS, 2, TITLE_2017, "ceasefire");
        waitUntil(() -> resultIds().size() == 2);
        assertEquals(0, hitCount(), "the article on screen was opened from the list, not from the results");
        chooseFirstResult();
        waitUntil(() -> hitCount() >= 2);
        String other = fx(() -> articleList().getItems().stream().map(ArticleSummary::title)
                .filter(t -> !t.equals(TITLE_2017)).findFirst().orElseThrow());
        clickListArticle(other);
        assertEquals(0, hitCount(), "it has the word too, but was opened from the list");
        clickListArticle(TITLE_2017);
        assertEquals(0, hitCount(), "back in the list: still no outlines");
        push(KeyCode.F3);
        waitUntil(() -> hitPosition().equals("Open a search result to step through its hits"));
    }

    @Test
    void aSearchThatMatchesNothingSaysSo() throws Exception {
        openAndSearch(SEEDS, 2, TITLE_2017, "sanction");
        Label empty = lookup("#search-empty").queryAs(Label.class);
        waitUntil(() -> "No articles match “sanction”".equals(empty.getText()));
        assertTrue(lookup("#search-status").queryAs(Label.class).getText().startsWith("No results"));
        assertTrue(fx(() -> empty.getScene() != null && empty.isVisible()), "the message is on screen");

        clickOn("#filter").write("sanction");
        waitUntil(() -> articleList().getItems().isEmpty());
        Label noArticles = lookup("#articles-empty").queryAs(Label.class);
        assertEquals("No articles match “sanction”", noArticles.getText());
        assertTrue(fx(() -> noArticles.getScene() != null && noArticles.isVisible()), "the list says it, on screen");
    }
}
