package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;

/** Issue 15, layout: the reader gets the room first; the list and the side panel hide and come back, remembered. */
class LayoutUiTest extends AppHarness {
    private double readerWidth() throws Exception {
        return fx(() -> webView().getWidth());
    }

    /** Whether the node and every node around it are visible. */
    private boolean shown(String id) throws Exception {
        return fx(() -> {
            for (Node n = lookup(id).query(); n != null; n = n.getParent()) {
                if (!n.isVisible()) {
                    return false;
                }
            }
            return true;
        });
    }

    private void keys(KeyCode... codes) {
        press(codes);
        for (int i = codes.length - 1; i >= 0; i--) {
            release(codes[i]);
        }
    }

    @Test
    void hidingTheSidePanelAndTheListWidensTheReaderAndIsRemembered() throws Exception {
        var home = temp.resolve("home");
        start(home, "--articles", SEEDS.toString());
        waitForReaderTitle(TITLE_2017);
        double both = readerWidth();
        clickOn("#articles");
        keys(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P);
        waitUntil(() -> !shown("#side-panel"));
        double noSide = readerWidth();
        assertTrue(noSide > both + 200, "the reader takes the side panel's room: " + both + " -> " + noSide);
        menu("View", "Article List");
        waitUntil(() -> !shown("#articles"));
        double alone = readerWidth();
        assertTrue(alone > noSide + 150, "and the list's: " + noSide + " -> " + alone);

        stop();
        start(home, "--articles", SEEDS.toString());
        waitForReaderTitle(TITLE_2017);
        assertFalse(shown("#side-panel"), "hidden after a restart");
        assertFalse(shown("#articles"), "hidden after a restart");
        menu("View", "Side Panel");
        waitUntil(() -> shown("#side-panel"));
        keys(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L);
        waitUntil(() -> shown("#articles"));
        waitUntil(() -> Math.abs(readerWidth() - both) < 2);
    }

    @Test
    void atNineHundredPixelsTheReaderKeepsAReadableWidthAndEveryTabShows() throws Exception {
        start(temp.resolve("home"), "--articles", SEEDS.toString());
        waitForReaderTitle(TITLE_2017);
        fx(() -> {
            stage.setWidth(900);
            return null;
        });
        waitUntil(() -> fx(() -> stage.getScene().getWidth()) <= 900);
        waitUntil(() -> readerWidth() >= ReadingColumns.READER_MIN - 1);
        double list = fx(() -> articleList().getWidth());
        Bounds side = fx(() -> lookup("#side-panel").query().localToScene(lookup("#side-panel").query().getLayoutBounds()));
        assertTrue(list >= ReadingColumns.LIST_MIN - 1, "the list keeps its minimum: " + list);
        assertTrue(side.getWidth() >= ReadingColumns.SIDE_MIN - 1, "the side panel keeps its minimum: " + side.getWidth());
        for (Node tab : fx(() -> List.<Node>copyOf(lookup(".side-tab").queryAll()))) {
            Bounds b = fx(() -> tab.localToScene(tab.getLayoutBounds()));
            assertTrue(fx(tab::isVisible) && b.getMinX() >= side.getMinX() - 1 && b.getMaxX() <= side.getMaxX() + 1,
                    ((ToggleButton) tab).getText() + " is shown within the panel");
        }
    }

    /** With the analyst views' tabs too (eight), a narrow panel wraps its tabs; none goes into a menu. */
    @Test
    void eightTabsInANarrowPanelAllShow() throws Exception {
        start(temp.resolve("home"), "--articles", SEEDS.toString());
        List<String> names = List.of("Entities", "Index", "Watch", "Notebook", "Search", "Timeline", "Network", "Profile");
        Stage panel = fx(() -> {
            List<Tab> tabs = new ArrayList<>();
            for (String n : names) {
                Tab t = new Tab(n, new Label(n + " content"));
                t.setId("tab8-" + n);
                tabs.add(t);
            }
            Stage s = new Stage();
            Scene scene = new Scene(new SidePanel(tabs), ReadingColumns.SIDE_MIN, 500);
            scene.getStylesheets().add(MainWindow.class.getResource("dossier.css").toExternalForm());
            s.setScene(scene);
            s.show();
            return s;
        });
        try {
            for (String n : names) {
                Node b = lookup("#tab8-" + n).match((Node x) -> x.isVisible()).query();
                Bounds at = fx(() -> b.localToScene(b.getLayoutBounds()));
                assertTrue(at.getMaxX() <= ReadingColumns.SIDE_MIN + 1, n + " within the panel: " + at);
            }
            clickOn("#tab8-Profile");
            waitUntil(() -> lookup(n -> n instanceof Label l && "Profile content".equals(l.getText()) && l.isVisible())
                    .tryQuery().isPresent());
        } finally {
            fx(() -> {
                panel.close();
                return null;
            });
        }
    }

    @Test
    void theLegendFitsOneRowAtTheDefaultWidth() throws Exception {
        start(temp.resolve("home"), "--articles", SEEDS.toString());
        waitForReaderTitle(TITLE_2017);
        assertEquals(1200, fx(() -> stage.getWidth()), 1, "the default window width");
        List<Double> rows = fx(() -> lookup(".legend-toggle").queryAll().stream()
                .map(n -> n.localToScene(n.getLayoutBounds()).getMinY()).distinct().toList());
        assertEquals(1, rows.size(), "the six toggles are on one row: " + rows);
        double bookmark = fx(() -> lookup("#bookmark-button").query().localToScene(lookup("#bookmark-button").query()
                .getLayoutBounds()).getMaxY());
        double legend = fx(() -> lookup(".legend-toggle").query().localToScene(lookup(".legend-toggle").query()
                .getLayoutBounds()).getMaxY());
        assertTrue(Math.abs(bookmark - legend) < 8, "the Bookmark button is on that row too");
    }
}
