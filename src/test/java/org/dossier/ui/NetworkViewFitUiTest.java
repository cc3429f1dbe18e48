package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;

import org.dossier.annotate.EntityIndex;
import org.dossier.annotate.EntityType;
import org.dossier.ui.network.NetworkCanvas;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14, the network as it looks in the narrow side panel: every control whole and inside the
 * panel, a switch only for the types of entity the library has, and the settled picture fitted and
 * centred in its canvas, fitted again when the canvas changes size.
 */
class NetworkViewFitUiTest extends AppHarness {
    private NetworkCanvas canvas() {
        return lookup("#network-canvas").query();
    }

    private void showNetwork() throws Exception {
        clickOn(lookup("#tab-network").match((Node n) -> n instanceof ToggleButton).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> fx(() -> !canvas().nodeIds().isEmpty() && !canvas().layoutRunning()));
    }

    @Test
    void theControlsWrapInsideTheNarrowPanelAndAreNeverCutShort() throws Exception {
        start(temp.resolve("home"), "--articles", SEEDS.toString());
        waitForReaderTitle(TITLE_2017);
        fx(() -> {
            stage.setWidth(900); // the side panel at its minimum (decision 0098)
            return null;
        });
        showNetwork();
        WaitForAsyncUtils.waitForFxEvents();
        Bounds panel = fx(() -> lookup(".network-view").query().localToScreen(lookup(".network-view").query().getBoundsInLocal()));
        assertTrue(panel.getWidth() < 300, "a narrow panel: " + panel.getWidth());
        List<Node> controls = fx(() -> {
            List<Node> all = new java.util.ArrayList<>();
            all.addAll(lookup("#network-types").queryParent().getChildrenUnmodifiable());
            all.add(lookup("#network-min-weight").query());
            all.add(lookup("#network-min-weight-value").query());
            all.add(lookup("#network-listed-only").query());
            all.add(lookup("#network-cap").query());
            all.add(lookup("#network-pop-out").query());
            return all.stream().filter(Node::isVisible).toList();
        });
        for (Node c : controls) {
            Bounds b = fx(() -> c.localToScreen(c.getBoundsInLocal()));
            assertTrue(b.getMinX() >= panel.getMinX() - 0.5 && b.getMaxX() <= panel.getMaxX() + 0.5,
                    c.getId() + " lies inside the panel: " + b + " in " + panel);
            if (c instanceof Labeled l && c instanceof Region r) {
                double shown = fx(() -> r.getWidth());
                double wanted = fx(() -> r.prefWidth(-1));
                assertTrue(shown >= wanted - 0.5, "'" + l.getText() + "' is shown whole: " + shown + " < " + wanted);
            }
        }
        assertTrue(fx(() -> lookup("#network-options").queryParent().getLayoutBounds().getHeight()) > 40,
                "the options wrap onto a second row rather than cut the button short");
    }

    @Test
    void aSwitchOnlyForTheTypesOfEntityTheLibraryHas() throws Exception {
        Path folder = temp.resolve("people");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("talks.txt"), """
                Talks in Paris

                Angela Merkel met Emmanuel Macron in Paris on Monday. Merkel said the talks in Paris went well, and Macron agreed.

                Later Merkel and Macron flew from Paris to Berlin, where Olaf Scholz met them.
                """);
        start(temp.resolve("home"), "--articles", folder.toString());
        waitUntil(() -> articleList().getItems().size() == 1);
        showNetwork();
        Set<EntityType> present = fx(() -> {
            Set<EntityType> types = EnumSet.noneOf(EntityType.class);
            ((DossierApp) app).session().entityIndexProperty().get().all().forEach(e -> types.add(e.type()));
            types.retainAll(EntityIndex.NAMES);
            return types;
        });
        assertTrue(!present.isEmpty() && present.size() < EntityIndex.NAMES.size(), "the folder lacks some type: " + present);
        waitUntil(() -> fx(() -> shownSwitches().equals(present)));
        assertEquals(present, fx(this::shownSwitches));
        assertTrue(lookup("#network-type-DATE").tryQuery().isEmpty() && lookup("#network-type-QUANTITY").tryQuery().isEmpty(),
                "dates and quantities are never nodes");
    }

    private Set<EntityType> shownSwitches() {
        Set<EntityType> shown = EnumSet.noneOf(EntityType.class);
        for (EntityType t : EntityType.values()) {
            lookup("#network-type-" + t.name()).tryQuery().filter(Node::isVisible).filter(Node::isManaged)
                    .ifPresent(n -> shown.add(t));
        }
        return shown;
    }

    @Test
    void theSettledPictureIsFittedAndCentredAndFittedAgainOnResize() throws Exception {
        start(temp.resolve("home"), "--articles", SEEDS.toString());
        waitForReaderTitle(TITLE_2017);
        showNetwork();
        assertFitted();
        fx(() -> {
            stage.setWidth(stage.getWidth() + 300);
            stage.setHeight(stage.getHeight() - 150);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300); // a frame or two
        WaitForAsyncUtils.waitForFxEvents();
        assertFitted();
    }

    private void assertFitted() throws Exception {
        NetworkCanvas c = canvas();
        Bounds area = fx(() -> c.localToScreen(c.getBoundsInLocal()));
        List<Point2D> points = fx(() -> c.nodeIds().stream().map(id -> c.screenPointOf(id).orElseThrow()).toList());
        double minX = points.stream().mapToDouble(Point2D::getX).min().orElseThrow();
        double maxX = points.stream().mapToDouble(Point2D::getX).max().orElseThrow();
        double minY = points.stream().mapToDouble(Point2D::getY).min().orElseThrow();
        double maxY = points.stream().mapToDouble(Point2D::getY).max().orElseThrow();
        String where = "nodes in x " + minX + "–" + maxX + ", y " + minY + "–" + maxY + " of canvas " + area;
        assertTrue(minX > area.getMinX() && maxX < area.getMaxX() && minY > area.getMinY() && maxY < area.getMaxY(),
                "every node inside the canvas: " + where);
        assertEquals(area.getCenterX(), (minX + maxX) / 2, area.getWidth() * 0.06, "centred across: " + where);
        assertEquals(area.getCenterY(), (minY + maxY) / 2, area.getHeight() * 0.06, "centred down: " + where);
        assertTrue((maxX - minX) > 0.6 * area.getWidth() || (maxY - minY) > 0.6 * area.getHeight(),
                "the picture uses the room: " + where);
        List<Rectangle2D> labels = fx(c::drawnLabels);
        assertTrue(!labels.isEmpty(), "names are drawn");
        for (Rectangle2D l : labels) {
            assertTrue(l.getMinX() >= 0 && l.getMaxX() <= area.getWidth() && l.getMinY() >= 0 && l.getMaxY() <= area.getHeight(),
                    "no name runs off the canvas: " + l + " in " + area);
        }
    }
}
