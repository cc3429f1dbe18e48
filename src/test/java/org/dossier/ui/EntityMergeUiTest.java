package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import org.dossier.annotate.EntityIndex;
import org.dossier.article.ArticleSummary;
import org.junit.jupiter.api.Test;

/** The analyst merges two entities from the side panel and the list shows the articles of both. */
class EntityMergeUiTest extends AppHarness {
    private Node panelRow(String name) {
        return lookup((Node n) -> n instanceof ListCell<?> c && c.getText() != null && c.getText().startsWith(name + "  ·")
                && c.getListView() != null && "entity-panel".equals(c.getListView().getId())).query();
    }

    private String status() {
        return lookup("#status").queryAs(Label.class).getText();
    }

    @Test
    void mergingTwoEntitiesFromTheSidePanelListsTheArticlesOfBoth() throws Exception {
        start(temp.resolve("home"), "--articles", SEEDS.toString());
        waitUntil(() -> articleList().getItems().size() == 2);
        ArticleSummary seed000 = articleList().getItems().stream().filter(x -> x.id().startsWith("000")).findFirst().orElseThrow();
        clickOn(seed000.title());
        waitForReaderTitle(seed000.title());
        // The library index knows both, one article each.
        clickOn("#tab-index");
        clickOn("#entity-index-filter").write("Mistura");
        waitUntil(() -> lookup("Staffan de Mistura").tryQuery().isPresent());
        clickOn("Staffan de Mistura");
        waitUntil(() -> articleList().getItems().size() == 1);

        clickOn("#tab-entities");
        waitUntil(() -> lookup((Node n) -> n instanceof ListCell<?> c && c.getText() != null
                && c.getText().startsWith("Staffan de Mistura  ·")).tryQuery().isPresent());
        rightClickOn(panelRow("Staffan de Mistura"));
        clickOn(menuItem("Merge with…"));
        waitUntil(() -> lookup("#entity-chooser-filter").tryQuery().isPresent());
        clickOn("#entity-chooser-filter").write("Lavrov");
        waitUntil(() -> {
            ListView<?> results = lookup("#entity-chooser-list").queryAs(ListView.class);
            return results.getItems().size() == 1
                    && ((EntityIndex.Entry) results.getItems().get(0)).name().equals("Sergey Lavrov");
        });
        clickOn("#entity-chooser-ok");

        waitUntil(() -> articleList().getItems().size() == 2 && status().contains("mentioning Staffan de Mistura"));
        String merges = Files.readString(temp.resolve("home/entity-merges.tsv"));
        assertTrue(merges.contains("same\tPERSON:Staffan de Mistura\tPERSON:Sergey Lavrov"), merges);
        // The index now has one row for both, with the merge explained.
        TableView<?> table = lookup("#entity-index").queryAs(TableView.class);
        waitUntil(() -> fx(() -> table.getItems().stream().map(e -> ((EntityIndex.Entry) e))
                .filter(e -> e.name().equals("Staffan de Mistura") && e.articles() == 2
                        && e.merges().get(0).reason().contains("merged by you")).count() == 1));

        clickOn("#articles");
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> articleList().getItems().size() == 1);
        assertEquals(seed000.title(), articleList().getItems().get(0).title());
        assertTrue(!Files.readString(temp.resolve("home/entity-merges.tsv")).contains("same\t"), "undo takes the merge back");
    }
}
