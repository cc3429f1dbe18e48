package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;

import org.dossier.article.ArticleSummary;
import org.junit.jupiter.api.Test;

/** Entity highlighting as the analyst meets it: marks, legend toggles, the index, watch-list, corrections. */
class EntityHighlightingTest extends AppHarness {
    private String openSeed000() throws Exception {
        start(temp.resolve("home"), "--articles", SEEDS.toString());
        waitUntil(() -> articleList().getItems().size() == 2);
        ArticleSummary a = articleList().getItems().stream().filter(x -> x.id().startsWith("000")).findFirst().orElseThrow();
        clickOn(a.title());
        waitForReaderTitle(a.title());
        waitUntil(() -> marks("PERSON").size() > 0);
        return a.title();
    }

    @SuppressWarnings("unchecked")
    private List<String> marks(String type) throws Exception {
        String joined = (String) script("Array.prototype.map.call(document.querySelectorAll('mark.e-" + type
                + "'), function (m) { return m.textContent; }).join('|')");
        return joined.isEmpty() ? List.of() : List.of(joined.split("\\|"));
    }

    @Test
    void staffanDeMisturaIsMarkedAsAPerson() throws Exception {
        openSeed000();
        assertTrue(marks("PERSON").contains("Staffan de Mistura"), marks("PERSON").toString());
        String title = (String) script("Array.prototype.filter.call(document.querySelectorAll('mark.e-PERSON'),"
                + " function (m) { return m.textContent === 'Staffan de Mistura'; })[0].getAttribute('title')");
        assertTrue(title.startsWith("Person · Staffan de Mistura — "), "hover tells the type, name and why: " + title);
        // Issue 15: why, in words, not the rule's id
        assertTrue(title.matches("Person · Staffan de Mistura — [a-z].{10,}"), title);
        assertFalse(title.matches(".*\\b(rule|gazetteer|memory):.*"), title);
    }

    @Test
    void switchingPeopleOffLeavesNoPersonMarks() throws Exception {
        openSeed000();
        clickOn("#legend-PERSON");
        waitUntil(() -> marks("PERSON").isEmpty());
        assertFalse(marks("LOCATION").isEmpty(), "other types stay highlighted");
        // The choice is remembered (saved in the background).
        waitUntil(() -> Files.readString(temp.resolve("home/settings.properties")).contains("hiddenTypes=PERSON"));
        press(KeyCode.ALT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.ALT);
        waitUntil(() -> marks("PERSON").contains("Staffan de Mistura"));
    }

    @Test
    void altZeroTurnsEveryHighlightOffAndOn() throws Exception {
        openSeed000();
        clickOn("#articles");
        press(KeyCode.ALT, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.ALT);
        waitUntil(() -> ((Number) script("document.querySelectorAll('mark.entity').length")).intValue() == 0);
        press(KeyCode.ALT, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.ALT);
        waitUntil(() -> ((Number) script("document.querySelectorAll('mark.entity').length")).intValue() > 0);
    }

    @Test
    void choosingLavrovInTheEntityIndexListsOnlyThe2017Article() throws Exception {
        openSeed000();
        clickOn("#tab-index");
        clickOn("#entity-index-filter").write("Lavrov");
        waitUntil(() -> lookup("Sergey Lavrov").tryQuery().isPresent());
        clickOn("Sergey Lavrov");
        waitUntil(() -> articleList().getItems().size() == 1);
        assertEquals(TITLE_2017, articleList().getItems().get(0).title());
        assertTrue(lookup("#status").queryAs(Label.class).getText().contains("mentioning Sergey Lavrov"));
        waitForReaderTitle(TITLE_2017);
        waitUntil(() -> ((Number) script("document.querySelectorAll('mark.focused').length")).intValue() >= 1);
        clickOn("#entity-index-clear");
        waitUntil(() -> articleList().getItems().size() == 2);
    }

    @Test
    void aFileAddedToTheFolderJoinsTheEntityIndexAndOneRemovedLeavesIt() throws Exception {
        Path folder = copySeeds(temp.resolve("articles"));
        start(temp.resolve("home"), "--articles", folder.toString());
        waitForReaderTitle(TITLE_2017);
        clickOn("#tab-index");
        clickOn("#entity-index-filter").write("Lavrov");
        waitUntil(() -> lookup("Sergey Lavrov").tryQuery().isPresent());
        Files.writeString(folder.resolve("geneva.md"),
                "# Talks resume in Geneva\n\nSergey Lavrov met Catherine Ashton in Geneva on Monday.\n");
        clickOn("#entity-index-filter").eraseText(6).write("Ashton");
        waitUntil(() -> lookup("Catherine Ashton").tryQuery().isPresent());
        clickOn("Catherine Ashton");
        waitUntil(() -> articleList().getItems().size() == 1);
        assertEquals("Talks resume in Geneva", articleList().getItems().get(0).title());
        clickOn("#entity-index-clear");
        Files.delete(folder.resolve("geneva.md"));
        waitUntil(() -> lookup("Catherine Ashton").tryQuery().isEmpty());
    }

    @Test
    void nCyclesThroughTheMentionsOfTheChosenEntity() throws Exception {
        openSeed000();
        clickOn("#tab-entities");
        waitUntil(() -> lookup("Russia  ·  4").tryQuery().isPresent());
        clickOn("Russia  ·  4");
        waitUntil(() -> "Russia".equals(script("document.querySelector('mark.current') && document.querySelector('mark.current').textContent")));
        int first = ((Number) script("Array.prototype.indexOf.call(document.querySelectorAll('mark.focused'), document.querySelector('mark.current'))")).intValue();
        clickOn("#articles");
        type(KeyCode.N);
        waitUntil(() -> ((Number) script("Array.prototype.indexOf.call(document.querySelectorAll('mark.focused'), document.querySelector('mark.current'))")).intValue() == first + 1);
        press(KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT);
        waitUntil(() -> ((Number) script("Array.prototype.indexOf.call(document.querySelectorAll('mark.focused'), document.querySelector('mark.current'))")).intValue() == first);
    }

    @Test
    void markingAWordAsOrgHighlightsItEverywhereAndWritesTheGazetteer() throws Exception {
        openSeed000();
        String text = (String) script("document.getElementById('dossier-text').textContent");
        int at = text.indexOf("diplomats");
        assertTrue(at > 0);
        assertFalse(marks("ORG").contains("diplomats"));
        script("dossier.select(" + at + "," + (at + "diplomats".length()) + ")");
        rightClickOn("#reader");
        clickOn(menuItem("Mark “diplomats” as"));
        clickOn(menuItem("ORG"), org.testfx.robot.Motion.HORIZONTAL_FIRST);
        waitUntil(() -> marks("ORG").contains("diplomats"));
        assertTrue(Files.readString(temp.resolve("home/gazetteer.tsv")).contains("ORG\tdiplomats"));

        clickOn(TITLE_2017);
        waitForReaderTitle(TITLE_2017);
        waitUntil(() -> marks("ORG").contains("diplomats"));

        clickOn("#articles");
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> !marks("ORG").contains("diplomats"));
        assertFalse(Files.readString(temp.resolve("home/gazetteer.tsv")).contains("diplomats"), "undo removes it from the file");
    }

    @Test
    void rightClickingAHighlightSaysItIsNotAnEntity() throws Exception {
        openSeed000();
        assertTrue(marks("PERSON").contains("Staffan de Mistura"));
        rightClickOn(screenPointOf("mark[data-id=\"" + "PERSON:Staffan de Mistura" + "\"]"));
        clickOn(menuItem("Not an entity"));
        waitUntil(() -> !marks("PERSON").contains("Staffan de Mistura"));
        assertTrue(Files.readString(temp.resolve("home/gazetteer.tsv")).contains("-\tStaffan de Mistura"));
    }

    @Test
    void aWatchedTermIsHighlightedAndCountedInTheList() throws Exception {
        openSeed000();
        clickOn("#tab-watch");
        clickOn("#watch-term").write("ceasefire").type(KeyCode.ENTER);
        waitUntil(() -> ((Number) script("document.querySelectorAll('.watch').length")).intValue() >= 1);
        waitUntil(() -> lookup(n -> n instanceof Label l && l.getText() != null && l.getText().startsWith("★ ")).tryQuery().isPresent());
        assertTrue(Files.readString(temp.resolve("home/watchlist.tsv")).contains("term\tceasefire"));
    }
}
