package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;

import org.junit.jupiter.api.Test;

/** Issue 15, dark theme: what the user reads stays readable, and dialogs follow the window. */
class ThemeUiTest extends AppHarness {
    private static final String PASSAGE = "Russia, Turkey and Iran failed in talks";

    private void startDark(Path home) throws Exception {
        Files.createDirectories(home);
        Files.writeString(home.resolve("settings.properties"), "dark=true\n");
        start(home, "--articles", SEEDS.toString());
        waitForReaderTitle(TITLE_2017);
    }

    /** WCAG relative luminance. */
    static double luminance(Color c) {
        double[] v = {c.getRed(), c.getGreen(), c.getBlue()};
        for (int i = 0; i < 3; i++) {
            v[i] = v[i] <= 0.04045 ? v[i] / 12.92 : Math.pow((v[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** The colour the region's content sits on: its innermost fill (a gradient's last stop). */
    private static Color background(javafx.scene.layout.Region region) {
        var fills = region.getBackground().getFills();
        javafx.scene.paint.Paint paint = fills.get(fills.size() - 1).getFill();
        if (paint instanceof javafx.scene.paint.LinearGradient g) {
            return g.getStops().get(g.getStops().size() - 1).getColor();
        }
        return (Color) paint;
    }

    @Test
    void placeholderTextInTheFilterIsReadableInTheDarkTheme() throws Exception {
        startDark(temp.resolve("home"));
        TextField filter = lookup("#filter").queryAs(TextField.class);
        Text prompt = fx(() -> (Text) filter.lookupAll("Text").stream()
                .filter(n -> n instanceof Text t && filter.getPromptText().equals(t.getText())).findFirst().orElseThrow());
        double ratio = fx(() -> contrast((Color) prompt.getFill(), background(filter)));
        assertTrue(ratio >= 4.5, "placeholder contrast " + ratio + " (WCAG AA asks 4.5)");
    }

    @Test
    void theBookmarkDialogFollowsTheDarkTheme() throws Exception {
        startDark(temp.resolve("home"));
        String text = (String) script("document.getElementById('dossier-text').textContent");
        int at = text.indexOf(PASSAGE);
        assertEquals(true, script("dossier.select(" + at + "," + (at + PASSAGE.length()) + ")"));
        clickOn("#bookmark-button");
        waitUntil(() -> lookup("#bookmark-note").tryQuery().isPresent());
        TextArea note = lookup("#bookmark-note").queryAs(TextArea.class);
        DialogPane pane = fx(() -> (DialogPane) note.getScene().getRoot());
        assertTrue(pane.getStyleClass().contains("theme-dark"), pane.getStyleClass().toString());
        assertTrue(fx(() -> luminance(background(pane))) < 0.05, "the dialog is dark, not JavaFX's default grey");
        Label quote = fx(() -> (Label) pane.lookup(".bookmark-quote"));
        assertTrue(fx(() -> contrast((Color) quote.getTextFill(), background(pane))) >= 4.5, "its text is readable");
        type(javafx.scene.input.KeyCode.ESCAPE);
    }

    /** The article being read stays plain to see in the list when the focus is elsewhere. */
    @Test
    void theSelectedArticleIsMarkedClearlyWhenTheListHasNoFocus() throws Exception {
        for (boolean dark : new boolean[] {false, true}) {
            Path home = temp.resolve(dark ? "dark" : "light");
            Files.createDirectories(home);
            Files.writeString(home.resolve("settings.properties"), "dark=" + dark + "\n");
            start(home, "--articles", SEEDS.toString());
            waitForReaderTitle(TITLE_2017);
            clickOn("#filter");
            waitUntil(() -> !articleList().isFocused());
            javafx.scene.control.ListCell<?> selected = fx(() -> articleList().lookupAll(".list-cell").stream()
                    .map(n -> (javafx.scene.control.ListCell<?>) n).filter(c -> c.isSelected() && !c.isEmpty()).findFirst().orElseThrow());
            javafx.scene.control.ListCell<?> other = fx(() -> articleList().lookupAll(".list-cell").stream()
                    .map(n -> (javafx.scene.control.ListCell<?>) n).filter(c -> !c.isSelected() && !c.isEmpty()).findFirst().orElseThrow());
            double strongest = fx(() -> selected.getBackground().getFills().stream()
                    .mapToDouble(fill -> contrast((Color) fill.getFill(), background(other))).max().orElse(1));
            assertTrue(strongest >= 3, (dark ? "dark" : "light") + ": the selection's mark contrasts " + strongest
                    + " with an unselected row (WCAG asks 3:1 for what identifies a state)");
            stop();
        }
    }

    @Test
    void theWatchTabsEmptyStateIsShownWhole() throws Exception {
        start(temp.resolve("home"), "--articles", SEEDS.toString());
        waitForReaderTitle(TITLE_2017);
        clickOn("#tab-watch");
        waitUntil(() -> lookup("#watch-empty").tryQuery().map(Node::isVisible).orElse(false));
        Label empty = lookup("#watch-empty").queryAs(Label.class);
        Text shown = fx(() -> (Text) empty.lookup(".text"));
        assertEquals(empty.getText(), fx(shown::getText), "the text is not cut off with an ellipsis");
        assertTrue(fx(() -> empty.getWidth() <= empty.getParent().getLayoutBounds().getWidth()), "it fits the panel");
    }
}
