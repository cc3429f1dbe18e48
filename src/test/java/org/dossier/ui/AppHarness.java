package org.dossier.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.control.ListView;
import javafx.scene.web.WebView;
import javafx.stage.Stage;

import org.dossier.article.Article;
import org.dossier.article.ArticleSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real Dossier window (headless under Monocle in the build) on a given folder, with its
 * data folder in a temporary directory, and reads what the user sees: the list and the reading
 * pane's document.
 */
class AppHarness extends FxRobot {
    static final Path SEEDS = Path.of("articles");
    static final String TITLE_2017 = "Russia, US prepared to announce joint ceasefire in Syria on Sunday";
    /** A fresh folder per test for the data folder ({@code dossier.home}) and article copies. */
    @TempDir
    Path temp;
    Application app;
    Stage stage;

    void start(Path dataHome, String... args) throws Exception {
        System.setProperty("dossier.home", dataHome.toString());
        stage = FxToolkit.registerPrimaryStage();
        ToolkitShutdown.register();
        app = FxToolkit.setupApplication(DossierApp.class, args);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes the window as quitting would; safe to call twice (the tests' own restarts, then after each). */
    @AfterEach
    void stop() throws Exception {
        if (app == null) {
            return;
        }
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        app = null;
        System.clearProperty("dossier.home");
    }

    /**
     * Stops the JavaFX toolkit before the test JVM exits. Left running, its threads (and WebKit's)
     * meet the native libraries' exit-time teardown; one CI run in about seven ended "Aborted" after
     * every test had passed, which fails the build.
     */
    private static final class ToolkitShutdown {
        private static boolean registered;

        static synchronized void register() {
            if (registered) {
                return;
            }
            registered = true;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                Platform.exit();
                for (Thread thread : Thread.getAllStackTraces().keySet()) {
                    if (thread.getName().equals("JavaFX Application Thread")) {
                        try {
                            thread.join(5_000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }
            }, "stop JavaFX before exit"));
        }
    }

    static Path copySeeds(Path dir) throws Exception {
        Files.createDirectories(dir);
        try (var files = Files.list(SEEDS)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    @SuppressWarnings("unchecked")
    ListView<ArticleSummary> articleList() {
        return lookup("#articles").query();
    }

    WebView webView() {
        return lookup("#reader").query();
    }

    /** Runs a script in the reading pane's document on the FX thread and returns its result. */
    Object script(String js) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> webView().getEngine().executeScript(js)).get(10, TimeUnit.SECONDS);
    }

    /** Where on screen the first element matching {@code css} in the reading pane is (a little inside its left edge). */
    javafx.geometry.Point2D screenPointOf(String css) throws Exception {
        String box = (String) script("(function(){var r=document.querySelector('" + css + "').getBoundingClientRect();"
                + "return (r.left+4)+','+(r.top+r.height/2);})()");
        String[] xy = box.split(",");
        javafx.geometry.Bounds web = fx(() -> webView().localToScreen(webView().getBoundsInLocal()));
        return new javafx.geometry.Point2D(web.getMinX() + Double.parseDouble(xy[0]), web.getMinY() + Double.parseDouble(xy[1]));
    }

    /** A label of a showing context menu, by its text (menu items are not nodes; their labels are). */
    javafx.scene.Node menuItem(String text) {
        return lookup(".context-menu .label")
                .match((javafx.scene.control.Label l) -> text.equals(l.getText()) && l.getScene() != null
                        && l.getScene().getWindow().isShowing())
                .query();
    }

    /** Opens a menu of the menu bar and chooses an item, as a user does with the mouse. */
    void menu(String menu, String... path) throws Exception {
        clickOn(menu);
        for (int i = 0; i < path.length; i++) {
            String item = path[i];
            waitUntil(() -> lookup(".context-menu .label").match((javafx.scene.control.Label l) -> item.equals(l.getText())
                    && l.getScene() != null && l.getScene().getWindow().isShowing()).tryQuery().isPresent());
            if (i < path.length - 1) {
                moveTo(menuItem(item)); // a submenu opens on hover (a click could close it again)
            } else {
                javafx.scene.Node target = menuItem(item);
                javafx.geometry.Bounds at = target.localToScreen(target.getBoundsInLocal());
                // Along the submenu's row first, then to the item: a diagonal crosses the parent menu's
                // other items, and the submenu closes.
                if (i > 0) {
                    double y = robotContext().getBaseRobot().retrieveMouse().getY();
                    moveTo(new javafx.geometry.Point2D(at.getMinX() + 10, y));
                }
                moveTo(new javafx.geometry.Point2D(at.getMinX() + 10, at.getCenterY()));
                clickOn(javafx.scene.input.MouseButton.PRIMARY);
            }
        }
    }

    <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    /** Waits until the reading pane has finished loading a document whose title is {@code title}. */
    void waitForReaderTitle(String title) throws TimeoutException {
        waitUntil(() -> title.equals(readerTitle()));
    }

    String readerTitle() throws Exception {
        return fx(() -> {
            if (webView().getEngine().getLoadWorker().getState() != Worker.State.SUCCEEDED) {
                return null;
            }
            Object t = webView().getEngine().executeScript("document.title");
            return t instanceof String s ? s : null;
        });
    }

    /**
     * The text a node shows, as drawn: its visible text runs in order (a cell's text, or the labels
     * and text flows of its graphic), blocks of a box separated by a line break.
     */
    static String shownText(javafx.scene.Node node) {
        if (!node.isVisible()) {
            return "";
        }
        if (node instanceof javafx.scene.text.Text t) {
            return t.getText() == null ? "" : t.getText();
        }
        if (!(node instanceof javafx.scene.Parent p)) {
            return "";
        }
        String separator = node instanceof javafx.scene.layout.VBox ? "\n" : "";
        StringBuilder b = new StringBuilder();
        for (javafx.scene.Node child : p.getChildrenUnmodifiable()) {
            String s = shownText(child);
            if (!s.isEmpty()) {
                b.append(b.length() > 0 ? separator : "").append(s);
            }
        }
        return b.toString();
    }

    /** A notebook row showing {@code text} (its quote, note or tags). */
    static boolean notebookRowShows(javafx.scene.Node n, String text) {
        return n instanceof javafx.scene.control.TreeCell<?> c && shownText(c).contains(text);
    }

    static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            try {
                return Boolean.TRUE.equals(condition.call());
            } catch (Exception e) {
                return false;
            }
        });
    }
}
