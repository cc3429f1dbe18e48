package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TreeView;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.junit.jupiter.api.Test;

/** Issue 15: the Notebook tab shows each bookmark's whole quote wrapped, its note and tags, and the search's words highlighted. */
class NotebookTabUiTest extends AppHarness {
    private static final String LONG_QUOTE = "On Wednesday, Russia, Turkey and Iran failed in talks to finalise an agreement on"
            + " creating four de-escalation zones in Syria after Ankara raised objections in Astana talks, diplomats said.";

    private static void bookmark(Path home, String quote, String note, String... tags) throws Exception {
        Files.createDirectories(home);
        List<String> args = new ArrayList<>(List.of("--notebook", home.resolve("notebook.json").toString(),
                "--article", SEEDS.resolve("004_624cc517c04daf42.txt").toString(), "--quote", quote, "--note", note));
        for (String tag : tags) {
            args.addAll(List.of("--tag", tag));
        }
        assertEquals(0, org.dossier.cli.Cli.run("bookmark", args, System.out, System.err));
    }

    /** The text a flow shows, its runs (texts and highlighted labels) joined. */
    private static String text(TextFlow flow) {
        StringBuilder b = new StringBuilder();
        for (Node n : flow.getChildren()) {
            b.append(n instanceof Text t ? t.getText() : ((Label) n).getText());
        }
        return b.toString();
    }

    @Test
    void aLongQuoteWrapsWithItsNoteAndTagsAndTheSearchedWordHighlighted() throws Exception {
        Path home = temp.resolve("home");
        bookmark(home, LONG_QUOTE, "Turkey blocked the Astana deal", "astana", "turkey");
        start(home, "--articles", SEEDS.toString());
        waitForReaderTitle(TITLE_2017);
        clickOn("#tab-notebook");
        waitUntil(() -> lookup("#notebook-tree .notebook-item").tryQuery().isPresent());

        TextFlow quote = lookup("#notebook-tree .notebook-quote").query();
        assertEquals("“" + LONG_QUOTE + "”", fx(() -> text(quote)), "the whole quote, not cut off");
        double lineHeight = fx(() -> ((Text) quote.getChildren().get(0)).getFont().getSize());
        assertTrue(fx(() -> quote.getHeight()) > 2.5 * lineHeight, "wrapped over several lines: " + fx(quote::getHeight));
        TreeView<?> tree = lookup("#notebook-tree").query();
        double quoteRight = fx(() -> quote.localToScene(quote.getBoundsInLocal()).getMaxX());
        double treeRight = fx(() -> tree.localToScene(tree.getBoundsInLocal()).getMaxX());
        assertTrue(quoteRight <= treeRight, "the quote fits the tab's width: " + quoteRight + " > " + treeRight);
        assertFalse(fx(() -> tree.lookupAll(".scroll-bar").stream().anyMatch(n -> n instanceof ScrollBar s
                && s.getOrientation() == Orientation.HORIZONTAL && s.isVisible())), "no sideways scrolling");
        TextFlow note = lookup("#notebook-tree .notebook-note").query();
        assertEquals("Turkey blocked the Astana deal", fx(() -> text(note)));
        assertTrue(fx(note::isVisible));
        assertEquals("#astana  #turkey", fx(() -> text(lookup("#notebook-tree .notebook-tags").<TextFlow>query())));

        clickOn("#notebook-search").write("astana");
        waitUntil(() -> lookup("#notebook-tree .notebook-match").tryQuery().isPresent());
        List<String> highlighted = fx(() -> lookup("#notebook-tree .notebook-match").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).toList());
        assertEquals(List.of("Astana", "Astana", "astana"), highlighted, "in the quote, the note and the tags");
    }
}
