package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.dossier.analysis.Passage;
import org.dossier.article.ArticleSummary;
import org.junit.jupiter.api.Test;

/** The Timeline tab as the analyst uses it: brush a range to filter the list, click a bar, open a passage. */
class TimelineUiTest extends AppHarness {
    private static final String HAMBURG = "Lavrov meets Tillerson in Hamburg";

    private static void page(Path dir, String file, String title, String published, String... paragraphs) throws Exception {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<p>").append(p).append("</p>");
        }
        Files.writeString(dir.resolve(file), "<!DOCTYPE html><html><head><title>" + title + "</title>"
                + "<meta property=\"article:published_time\" content=\"" + published + "T09:00:00Z\"></head>"
                + "<body><article><h1>" + title + "</h1>" + body + "</article></body></html>");
    }

    private Path library() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("lib"));
        page(dir, "a.html", HAMBURG, "2017-07-10",
                "Foreign Minister Sergey Lavrov met Secretary of State Rex Tillerson in Hamburg on 7 July 2017, officials said.",
                "The two men spoke for an hour about Syria.");
        page(dir, "b.html", "Ceasefire holds in southern Syria", "2017-08-02",
                "The ceasefire agreed on 7 July 2017 held through the weekend, monitors in Amman said.",
                "Aid convoys reached Daraa on 30 July 2017.");
        page(dir, "c.html", "Talks resume in Geneva", "2018-03-01",
                "Envoys met in Geneva in February 2018 to restart the talks.",
                "Sergey Lavrov said Moscow would send a delegation.");
        return dir;
    }

    private void openTimeline() throws Exception {
        start(temp.resolve("home"), "--articles", library().toString());
        waitUntil(() -> articleList().getItems().size() == 3);
        waitUntil(() -> readerTitle() != null);
        showTimelineTab();
        waitUntil(() -> bars("articles").size() == 3 && bars("events").size() == 2);
    }

    /** Clicks the Timeline button of the side panel's strip of tabs, as a user does. */
    private void showTimelineTab() throws Exception {
        clickOn(lookup(".side-tab").match((javafx.scene.control.ToggleButton t) -> "Timeline".equals(t.getText()))
                .queryAs(Node.class));
        waitUntil(() -> lookup("#timeline-chart").tryQuery().map(n -> n.getScene() != null).orElse(false));
    }

    /** The bars of one track now drawn, earliest first. */
    private List<Rectangle> bars(String track) throws Exception {
        return fx(() -> lookup(".timeline-bar." + track).queryAllAs(Rectangle.class).stream()
                .filter(r -> r.getScene() != null)
                .sorted(Comparator.comparingDouble(Rectangle::getX)).toList());
    }

    /** Where a bar is on screen (taken before the chart redraws it). */
    private javafx.geometry.Point2D centre(Node bar) throws Exception {
        return fx(() -> {
            javafx.geometry.Bounds b = bar.localToScreen(bar.getBoundsInLocal());
            return new javafx.geometry.Point2D(b.getCenterX(), b.getCenterY());
        });
    }

    private Set<String> listed() throws Exception {
        return fx(() -> articleList().getItems().stream().map(ArticleSummary::id).collect(Collectors.toSet()));
    }

    /** The passages list's cell now showing the Hamburg article's passage, if one does. */
    private java.util.Optional<javafx.scene.control.ListCell<Passage>> hamburgCell() {
        return lookup("#timeline-passages .list-cell").match((javafx.scene.control.ListCell<Passage> c) ->
                c.getItem() != null && c.getItem().articleId().equals("a.html")).tryQuery();
    }

    @SuppressWarnings("unchecked")
    private ListView<Passage> passages() {
        return lookup("#timeline-passages").query();
    }

    @Test
    void brushingTheArticlesTrackListsOnlyTheArticlesPublishedInTheRange() throws Exception {
        openTimeline();
        List<Rectangle> articles = bars("articles");
        assertEquals(List.of("Jul 2017: 1 articles published", "Aug 2017: 1 articles published", "Mar 2018: 1 articles published"),
                fx(() -> articles.stream().map(Node::getAccessibleText).toList()));
        javafx.geometry.Point2D from = centre(articles.get(0));
        javafx.geometry.Point2D to = centre(articles.get(1));
        drag(from.getX(), from.getY(), MouseButton.PRIMARY).moveTo(to.getX(), to.getY()).release(MouseButton.PRIMARY);
        waitUntil(() -> listed().equals(Set.of("a.html", "b.html")));
        assertTrue(lookup("#timeline-heading").queryAs(Label.class).getText().startsWith("2 articles published in Jul 2017 – Aug 2017"),
                lookup("#timeline-heading").queryAs(Label.class).getText());
        assertTrue(lookup(".timeline-brush").tryQuery().isPresent(), "the range stays drawn");

        clickOn(lookup("#timeline-clear").queryAs(Button.class));
        waitUntil(() -> listed().size() == 3);
        assertTrue(lookup(".timeline-brush").tryQuery().isEmpty());

        // The keyboard way: the last bar of the articles track, Enter lists its articles, Esc lifts it.
        clickOn(lookup("#timeline-chart").queryAs(Node.class));
        push(KeyCode.UP);
        push(KeyCode.END);
        push(KeyCode.ENTER);
        try {
            waitUntil(() -> listed().equals(Set.of("c.html")));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(lookup("#timeline-heading").queryAs(Label.class).getText() + " " + listed()
                    + " focus " + fx(() -> stage.getScene().getFocusOwner()));
        }
        push(KeyCode.ESCAPE);
        waitUntil(() -> listed().size() == 3);
    }

    @Test
    void clickingAnEventsBarListsItsPassagesAndOneOpensTheArticleAtTheDate() throws Exception {
        openTimeline();
        Rectangle july = bars("events").get(0);
        assertEquals("Jul 2017: 3 mentions", fx(july::getAccessibleText));
        javafx.geometry.Point2D at = centre(july);
        clickOn(at.getX(), at.getY());
        try {
            waitUntil(() -> passages().getItems().size() == 3);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(lookup("#timeline-heading").queryAs(Label.class).getText() + " " + fx(() -> passages().getItems()));
        }
        List<String> sentences = fx(() -> passages().getItems().stream().map(Passage::text).toList());
        assertTrue(sentences.contains("Foreign Minister Sergey Lavrov met Secretary of State Rex Tillerson in Hamburg on 7 July 2017, officials said."),
                sentences.toString());
        assertTrue(sentences.contains("Aid convoys reached Daraa on 30 July 2017."), sentences.toString());
        // What the cell shows: the title, then the sentence with the date in its own (bold) text.
        waitUntil(() -> lookup("#timeline-passages .timeline-passage").tryQuery().isPresent());
        List<String> marks = fx(() -> lookup("#timeline-passages .timeline-passage-mark").queryAllAs(Text.class).stream()
                .filter(t -> t.getScene() != null && !t.getText().isEmpty()).map(Text::getText).distinct().toList());
        assertTrue(marks.contains("7 July 2017"), marks.toString());
        assertTrue(Set.of("7 July 2017", "30 July 2017").containsAll(marks), marks.toString());
        Set<String> titles = Set.of(HAMBURG, "Ceasefire holds in southern Syria");
        List<String> shownTitles = fx(() -> lookup("#timeline-passages .timeline-passage-title").queryAllAs(Label.class).stream()
                .filter(l -> l.getScene() != null && !l.getText().isEmpty()).map(Label::getText).toList());
        assertTrue(!shownTitles.isEmpty() && titles.containsAll(shownTitles), shownTitles.toString());
        int index = fx(() -> {
            for (int i = 0; i < passages().getItems().size(); i++) {
                if (passages().getItems().get(i).articleId().equals("a.html")) {
                    return i;
                }
            }
            return -1;
        });
        fx(() -> {
            passages().scrollTo(index);
            return null;
        });

        // A wrapped list lays its cells out again while they settle (on a loaded machine, after the
        // lookup): point at the Hamburg passage and click only once the cell under the pointer shows it.
        for (int attempt = 0; ; attempt++) {
            waitUntil(() -> hamburgCell().isPresent());
            javafx.scene.control.ListCell<Passage> cell = hamburgCell().orElseThrow();
            moveTo(cell);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            boolean underPointer = fx(() -> cell.isHover() && cell.getItem() != null
                    && cell.getItem().articleId().equals("a.html"));
            if (underPointer || attempt == 10) {
                clickOn(MouseButton.PRIMARY);
                break;
            }
        }
        try {
            waitForReaderTitle(HAMBURG);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the Hamburg passage did not open its article: the reader shows " + readerTitle() + ", the list selects "
                    + fx(() -> articleList().getSelectionModel().getSelectedItem()));
        }
        waitUntil(() -> "7 July 2017".equals(script("window.getSelection().toString()")));
        assertTrue(lookup("#timeline-passages .timeline-passage").queryAllAs(TextFlow.class).size() > 0);
    }
}
