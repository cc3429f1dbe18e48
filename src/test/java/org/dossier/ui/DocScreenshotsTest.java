package org.dossier.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.dossier.ui.network.NetworkCanvas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Takes the README's pictures of the network and the profile from the real window, driven as a
 * user would. Not part of the build: run it on a folder of articles with
 * {@code mvn -q -o test -Dtest=DocScreenshotsTest -Ddossier.screenshots=FOLDER} (the bench corpus
 * makes a good one); it writes {@code docs/network.png} and {@code docs/profile.png}.
 */
@EnabledIfSystemProperty(named = "dossier.screenshots", matches = ".+")
class DocScreenshotsTest extends AppHarness {
    @Test
    void networkAndProfile() throws Exception {
        Path folder = Path.of(System.getProperty("dossier.screenshots"));
        start(temp.resolve("home"), "--articles", folder.toString());
        fx(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(800);
            return null;
        });
        waitUntil(() -> articleList().getItems().size() > 10);
        waitUntil(() -> readerTitle() != null);
        chooseTab("tab-network");
        NetworkCanvas canvas = lookup("#network-canvas").query();
        waitUntil(() -> fx(() -> !canvas.layoutRunning() && !lookup("#network-status").queryLabeled().getText().startsWith("Reading")
                && !lookup("#network-status").queryLabeled().getText().startsWith("Working")));
        clickOn("#network-pop-out");
        waitUntil(() -> fx(() -> Window.getWindows().size() > 1));
        Stage window = fx(() -> (Stage) Window.getWindows().stream().filter(w -> w != stage && w instanceof Stage)
                .reduce((a, b) -> b).orElseThrow());
        fx(() -> {
            window.setX(0);
            window.setY(0);
            window.setWidth(1280);
            window.setHeight(800);
            return null;
        });
        Thread.sleep(3_000);
        waitUntil(() -> fx(() -> !canvas.layoutRunning()));
        // The strongest link's paragraphs listed under the picture.
        java.util.List<String> ids = fx(canvas::nodeIds);
        moveTo(fx(() -> canvas.screenPointOfEdge(ids.get(0), ids.get(1))).orElseThrow()).clickOn();
        waitUntil(() -> fx(() -> lookup("#network-passages .list-cell").match((ListCell<?> c) -> c.getItem() != null)
                .tryQuery().isPresent()));
        moveTo(fx(() -> canvas.screenPointOf(ids.get(2))).orElseThrow());
        Thread.sleep(1_500);
        save(window.getScene(), Path.of("docs/network.png"));
        // An entity's profile, opened from the network.
        moveTo(fx(() -> canvas.screenPointOf(ids.get(0))).orElseThrow()).clickOn();
        waitUntil(() -> "tab-profile".equals(fx(() -> selected(lookup("#side-panel").query()))));
        fx(() -> {
            window.hide();
            return null;
        });
        fx(() -> {
            SplitPane split = lookup(".split-pane").match((SplitPane s) -> s.getItems().size() == 3).query();
            split.setDividerPositions(0.2, 0.52);
            return null;
        });
        waitUntil(() -> fx(() -> lookup("#profile-concordance .list-cell").match((ListCell<?> c) -> c.getItem() != null)
                .tryQuery().isPresent()));
        Thread.sleep(2_000);
        // A concordance line opens its article at the mention.
        clickOn(lookup("#profile-concordance .list-cell").match((ListCell<?> c) -> c.getItem() != null).nth(1).<Node>query());
        Thread.sleep(3_000);
        save(stage.getScene(), Path.of("docs/profile.png"));
    }

    private void chooseTab(String id) throws Exception {
        TabPane side = lookup("#side-panel").query();
        if (id.equals(fx(() -> selected(side)))) {
            return;
        }
        clickOn("#tab-entities");
        for (int i = 0; i < side.getTabs().size() && !id.equals(fx(() -> selected(side))); i++) {
            press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static String selected(TabPane side) {
        Tab tab = side.getSelectionModel().getSelectedItem();
        return tab == null ? null : tab.getId();
    }

    private void save(Scene scene, Path out) throws Exception {
        WritableImage image = fx(() -> scene.snapshot(null));
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(out.getParent());
        javax.imageio.ImageIO.write(png, "png", out.toFile());
    }
}
