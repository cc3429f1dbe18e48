package org.dossier.ui;

import java.util.concurrent.TimeUnit;

import javafx.concurrent.Worker;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;

import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The child JVM of {@link WindowSigtermTest}: opens the real window (headless) on a folder, bookmarks
 * a passage through the dialog and turns the dark theme on, prints {@code READY} at once (the saves
 * may still be pending) and waits to be terminated. Arguments: the articles folder, the notebook.
 */
public final class SigtermWindow {
    private SigtermWindow() {
    }

    public static void main(String[] args) throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(DossierApp.class, "--articles", args[0], "--notebook", args[1]);
        FxRobot robot = new FxRobot();
        WebView web = robot.lookup("#reader").query();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                web.getEngine().getLoadWorker().getState() == Worker.State.SUCCEEDED
                        && web.getEngine().executeScript("window.dossier ? document.getElementById('dossier-text').textContent : ''")
                        .toString().contains("Astana")).get());
        WaitForAsyncUtils.asyncFx(() -> {
            String text = (String) web.getEngine().executeScript("document.getElementById('dossier-text').textContent");
            int at = text.indexOf("Astana");
            return web.getEngine().executeScript("dossier.select(" + at + "," + (at + 6) + ")");
        }).get();
        robot.clickOn("#bookmark-button");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#bookmark-note").tryQuery().isPresent());
        robot.clickOn("#bookmark-note").write("held at TERM");
        robot.clickOn("#bookmark-tags").write("term");
        robot.type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
