package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.ListCell;
import javafx.scene.text.Text;

import org.junit.jupiter.api.Test;

/** A long entity name in the narrow entity panel: cut in the middle with its count in sight, whole in the tooltip. */
class EntityNameEllipsisUiTest extends AppHarness {
    private static final String NAME = "Organisation for the Prohibition of Chemical Weapons";

    @Test
    void longNameIsCutInTheMiddleAndWholeInItsTooltip() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("articles"));
        Files.writeString(folder.resolve("opcw.md"), "# Inspectors report\n\nThe " + NAME
                + " said on Monday that inspectors reached Douma. The " + NAME + " will report.\n");
        start(temp.resolve("home"), "--articles", folder.toString());
        fx(() -> {
            stage.setWidth(1000);
            return null;
        });
        waitUntil(() -> articleList().getItems().size() == 1);
        clickOn("Inspectors report");
        waitForReaderTitle("Inspectors report");
        clickOn("#tab-entities");
        String full = NAME + "  ·  2";
        waitUntil(() -> lookup(".entity-item").match((ListCell<?> c) -> full.equals(c.getText())).tryQuery().isPresent());
        ListCell<?> cell = lookup(".entity-item").match((ListCell<?> c) -> full.equals(c.getText())).query();
        String shown = fx(() -> ((Text) cell.lookup(".text")).getText());
        assertNotEquals(full, shown, "the panel is too narrow for the whole name");
        assertTrue(shown.contains("…") || shown.contains("..."), shown);
        assertTrue(shown.startsWith("Organisation"), "the name's start stays: " + shown);
        assertTrue(shown.endsWith("·  2"), "the count stays in sight: " + shown);
        assertEquals(NAME, fx(() -> cell.getTooltip().getText()).lines().findFirst().orElseThrow());
    }
}
