package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.MouseButton;

import org.junit.jupiter.api.Test;

/** Issue 15: a link shows its target on hover and can be copied; the pane still never follows it. */
class LinkUiTest extends AppHarness {
    private static final String URL = "https://example.org/reports/ceasefire?id=7";

    @Test
    void hoveringALinkShowsItsTargetAndCopyLinkPutsItOnTheClipboard() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("links"));
        Files.writeString(folder.resolve("links.md"), "# Links\n\nRead [the full report](" + URL + ") before Sunday.\n");
        start(temp.resolve("home"), "--articles", folder.toString());
        waitForReaderTitle("Links");
        waitUntil(() -> Boolean.TRUE.equals(script("document.querySelector('.link') !== null")));

        moveTo(screenPointOf(".link"));
        waitUntil(() -> ("Link: " + URL).equals(fx(() -> ((Label) lookup("#link-target").query()).getText())));
        moveTo(screenPointOf("h1"));
        waitUntil(() -> "".equals(fx(() -> ((Label) lookup("#link-target").query()).getText())));

        moveTo(screenPointOf(".link")).clickOn(MouseButton.SECONDARY);
        waitUntil(() -> lookup(".context-menu .label").tryQuery().isPresent());
        clickOn(menuItem("Copy link"));
        waitUntil(() -> URL.equals(fx(() -> Clipboard.getSystemClipboard().getString())));

        clickOn(screenPointOf(".link"));
        Thread.sleep(300);
        assertEquals("Links", readerTitle(), "a click on a link goes nowhere");
    }
}
