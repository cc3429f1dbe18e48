package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.dossier.search.SearchHit;
import org.junit.jupiter.api.Test;

/** The search tab as the analyst uses it: type, read the ranked snippets, open a result, walk its hits. */
class SearchUiTest extends AppHarness {
    private static final String ID_2016 = "000_12460f19fc3bbb18.txt";
    private static final String ID_2017 = "004_624cc517c04daf42.txt";

    private void openAndSearch(String query) throws Exception {
        start(temp.resolve("home"), "--articles", SEEDS.toString());
        waitUntil(() -> articleList().getItems().size() == 2);
        waitForReaderTitle(TITLE_2017);
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

    private String status() {
        return lookup("#search-status").queryAs(Label.class).getText();
    }

    /** The texts of the reading pane's search marks, in order. */
    private String hitTexts() throws Exception {
        return (String) script("Array.prototype.map.call(document.querySelectorAll('mark.hit'),"
                + " function (m) { return m.textContent; }).join('|')");
    }

    private void chooseFirstResult() throws Exception {
        waitUntil(() -> lookup("#search-results .list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> c.getItem() != null).tryQuery().isPresent());
        Node cell = lookup("#search-results .list-cell").match((javafx.scene.control.ListCell<?> c) -> c.getItem() != null)
                .nth(0).query();
        clickOn(cell);
    }

    @Test
    void aWordListsTheArticlesThatContainItWithASnippet() throws Exception {
        openAndSearch("Kerry");
        waitUntil(() -> resultIds().equals(List.of(ID_2016)));
        assertTrue(status().matches("1 result in \\d+ ms"), status());
        waitUntil(() -> lookup("#search-results .search-snippet").tryQuery().isPresent());
        TextFlow snippet = lookup("#search-results .search-snippet").query();
        List<String> emphasised = fx(() -> snippet.getChildren().stream()
                .filter(n -> n.getStyleClass().contains("search-match")).map(n -> ((Text) n).getText()).toList());
        assertEquals(List.of("Kerry"), emphasised);
        String whole = fx(() -> snippet.getChildren().stream().map(n -> ((Text) n).getText()).reduce("", String::concat));
        assertTrue(whole.contains("US Secretary of State John Kerry said"), whole);
    }

    @Test
    void aQuotedPhraseFindsOnlyThatPhrase() throws Exception {
        openAndSearch("ceasefire would");
        waitUntil(() -> resultIds().size() == 1);
        push(KeyCode.CONTROL, KeyCode.A);
        write("\"would ceasefire\"");
        waitUntil(() -> status().startsWith("No results"));
        push(KeyCode.CONTROL, KeyCode.A);
        write("\"ceasefire would\"");
        waitUntil(() -> resultIds().equals(List.of(ID_2017)));
    }

    @Test
    void choosingAResultMarksEveryHitAndF3WalksThem() throws Exception {
        openAndSearch("ceasefire");
        waitUntil(() -> resultIds().size() == 2);
        assertEquals(ID_2017, resultIds().get(0), "the article that says it twice near the top ranks first");
        chooseFirstResult();
        waitForReaderTitle(TITLE_2017);
        waitUntil(() -> hitTexts().split("\\|").length >= 2);
        for (String hit : hitTexts().split("\\|")) {
            assertEquals("ceasefire", hit.toLowerCase(java.util.Locale.ROOT));
        }
        assertEquals("", script("document.querySelector('mark.hit.e-PERSON, mark.hit.entity') ? 'entity' : ''"),
                "a search mark is never an entity mark");
        waitUntil(() -> "0".equals(script("document.querySelector('mark.hit.current').getAttribute('data-hit')")));
        push(KeyCode.F3);
        waitUntil(() -> "1".equals(script("document.querySelector('mark.hit.current').getAttribute('data-hit')")));
        assertTrue(lookup("#search-hit-position").queryAs(Label.class).getText().startsWith("Hit 2 of "));
        push(KeyCode.SHIFT, KeyCode.F3);
        waitUntil(() -> "0".equals(script("document.querySelector('mark.hit.current').getAttribute('data-hit')")));

        clickOn("#search-field");
        push(KeyCode.CONTROL, KeyCode.A);
        push(KeyCode.BACK_SPACE);
        waitUntil(() -> hitTexts().isEmpty() && TITLE_2017.equals(readerTitle()));
        waitUntil(() -> results().getItems().isEmpty());
    }

    @Test
    void aDateFilterLeavesOutArticlesOutsideTheRange() throws Exception {
        openAndSearch("ceasefire");
        waitUntil(() -> resultIds().size() == 2);
        clickOn("#search-from").write("2017-01-01");
        push(KeyCode.ENTER);
        waitUntil(() -> resultIds().equals(List.of(ID_2017)));
    }

    @Test
    void entityAndTypeFiltersUseTheWindowsAnnotator() throws Exception {
        openAndSearch("ceasefire");
        waitUntil(() -> resultIds().size() == 2);
        clickOn("#search-entity").write("John Kerry");
        waitUntil(() -> resultIds().equals(List.of(ID_2016)));
        push(KeyCode.CONTROL, KeyCode.A);
        write("Sergey Lavrov");
        waitUntil(() -> resultIds().equals(List.of(ID_2017)));
        push(KeyCode.CONTROL, KeyCode.A);
        push(KeyCode.BACK_SPACE);
        waitUntil(() -> resultIds().size() == 2);
        clickOn("#search-type");
        waitUntil(() -> lookup(".combo-box-popup .list-cell").match((javafx.scene.control.ListCell<?> c) ->
                "QUANTITY".equals(c.getText()) && c.getScene().getWindow().isShowing()).tryQuery().isPresent());
        clickOn(lookup(".combo-box-popup .list-cell").match((javafx.scene.control.ListCell<?> c) ->
                "QUANTITY".equals(c.getText()) && c.getScene().getWindow().isShowing()).<Node>query());
        waitUntil(() -> fx(() -> "QUANTITY".equals(((javafx.scene.control.ComboBox<?>) lookup("#search-type").query()).getValue())));
        waitUntil(() -> resultIds().size() >= 1);
        assertTrue(resultIds().contains(ID_2016), "the 2016 article has quantities (260,000 people): " + resultIds());
    }

    @Test
    void aBrokenQuerySaysWhatIsWrongAndKeepsTheResults() throws Exception {
        openAndSearch("ceasefire");
        waitUntil(() -> resultIds().size() == 2);
        write(" AND (");
        waitUntil(() -> !status().isEmpty() && !status().contains("result"));
        assertEquals(2, resultIds().size(), "the previous results stay");
        assertTrue(status().endsWith("."), "one plain sentence: " + status());
    }
}
