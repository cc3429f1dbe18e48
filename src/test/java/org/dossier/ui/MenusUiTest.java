package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;

/** Issue 15, small things: the shortcuts sheet (F1), Help → About, File → Open Recent and Open File. */
class MenusUiTest extends AppHarness {
    @SuppressWarnings("unchecked")
    private List<Shortcut> sheetRows() throws Exception {
        return fx(() -> List.copyOf(((TableView<Shortcut>) lookup("#shortcuts-table").query()).getItems()));
    }

    private String folderShown() throws Exception {
        return fx(() -> ((Label) lookup("#folder").query()).getText());
    }

    @Test
    void f1ShowsEveryShortcutInATableThatTheFilterNarrows() throws Exception {
        start(temp.resolve("home"), "--articles", SEEDS.toString());
        waitForReaderTitle(TITLE_2017);
        clickOn("#articles");
        type(KeyCode.F1);
        waitUntil(() -> lookup("#shortcuts-table").tryQuery().isPresent());
        List<Shortcut> all = sheetRows();
        assertTrue(all.size() >= 20, "every menu accelerator and the other keys: " + all);
        assertTrue(all.contains(new Shortcut("F1", "Help → Keyboard Shortcuts")), all.toString());
        assertTrue(all.stream().anyMatch(r -> r.action().equals("View → Side Panel (on / off)")
                && r.keys().contains("Shift") && r.keys().endsWith("P")), all.toString());
        assertTrue(all.stream().anyMatch(r -> r.keys().equals("n / Shift+n")), "keys beyond the menus too");

        clickOn("#shortcuts-filter").write("side panel");
        waitUntil(() -> sheetRows().size() < all.size());
        List<Shortcut> side = sheetRows();
        assertEquals(1, side.size(), side.toString());
        assertTrue(side.get(0).action().contains("Side Panel"));
        write(" zzz");
        waitUntil(() -> sheetRows().isEmpty());
        assertTrue(lookup(n -> n instanceof Label l && l.getText() != null && l.getText().startsWith("No shortcut matches"))
                .tryQuery().isPresent(), "an empty filter result says so");
        type(KeyCode.ESCAPE);
    }

    /** Issue 14: View → Timeline / Network / Profile, each with a key of its own that brings its tab to the front. */
    @Test
    void viewMenuBringsTheAnalystViewsToTheFrontByTheirKeys() throws Exception {
        start(temp.resolve("home"), "--articles", SEEDS.toString());
        waitForReaderTitle(TITLE_2017);
        List<String> accelerators = fx(() -> ((MenuBar) lookup("#menubar").query()).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> i.getAccelerator() != null)
                .map(i -> i.getAccelerator().getName()).toList());
        assertEquals(accelerators.size(), accelerators.stream().distinct().count(), "no two menu items share a key: " + accelerators);

        clickOn("#articles");
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G).release(KeyCode.G, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> lookup("#network-canvas").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        assertTrue(fx(() -> ((javafx.scene.control.ToggleButton) lookup("#tab-network").query()).isSelected()));
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> lookup("#timeline-chart").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        // Hidden, the side panel comes back for the view asked for.
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> !fx(() -> ((DossierApp) app).session().settings().sidePanelShown().get()));
        menu("View", "Profile");
        waitUntil(() -> fx(() -> ((DossierApp) app).session().settings().sidePanelShown().get()));
        waitUntil(() -> fx(() -> ((javafx.scene.control.ToggleButton) lookup("#tab-profile").query()).isSelected()));

        type(KeyCode.F1);
        waitUntil(() -> lookup("#shortcuts-table").tryQuery().isPresent());
        List<String> views = sheetRows().stream().map(Shortcut::action).filter(a -> a.startsWith("View → ")).toList();
        assertTrue(views.containsAll(List.of("View → Timeline", "View → Network", "View → Profile")), views.toString());
        type(KeyCode.ESCAPE);
    }

    /** Ctrl+Shift+F and Ctrl+Shift+N with the side panel hidden: the panel comes back with the search field in it. */
    @Test
    void searchKeysBringBackAHiddenSidePanel() throws Exception {
        start(temp.resolve("home"), "--articles", SEEDS.toString());
        waitForReaderTitle(TITLE_2017);
        clickOn("#articles");
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> !fx(() -> ((DossierApp) app).session().settings().sidePanelShown().get()));
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> fx(() -> ((DossierApp) app).session().settings().sidePanelShown().get()));
        waitUntil(() -> fx(() -> ((javafx.scene.control.ToggleButton) lookup("#tab-search").query()).isSelected()));

        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> !fx(() -> ((DossierApp) app).session().settings().sidePanelShown().get()));
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> fx(() -> ((DossierApp) app).session().settings().sidePanelShown().get()));
        waitUntil(() -> fx(() -> ((javafx.scene.control.ToggleButton) lookup("#tab-notebook").query()).isSelected()));
    }

    @Test
    void helpAboutShowsTheVersion() throws Exception {
        start(temp.resolve("home"), "--articles", SEEDS.toString());
        waitForReaderTitle(TITLE_2017);
        menu("Help", "About Dossier");
        waitUntil(() -> lookup("#about-version").tryQuery().isPresent());
        String pom = Files.readString(Path.of("pom.xml"));
        String version = pom.replaceAll("(?s).*?<artifactId>dossier</artifactId>\\s*<version>([^<]+)</version>.*", "$1");
        String shown = fx(() -> ((Label) lookup("#about-version").query()).getText());
        assertTrue(shown.startsWith("Version " + version), shown);
        type(KeyCode.ESCAPE);
    }

    @Test
    void openRecentListsTheFoldersOpenedBeforeAndReopensOne() throws Exception {
        Path a = copySeeds(temp.resolve("folder a"));
        Path b = copySeeds(temp.resolve("folder_b"));
        Path gone = temp.resolve("gone");
        Path home = temp.resolve("home");
        Files.createDirectories(home);
        Files.writeString(home.resolve("settings.properties"), "recentFolders=" + gone + "\n");
        start(home, "--articles", a.toString());
        waitForReaderTitle(TITLE_2017);
        waitUntil(() -> a.toString().equals(folderShown()));
        fx(() -> {
            ((DossierApp) app).session().openFolder(b);
            return null;
        });
        waitUntil(() -> b.toString().equals(folderShown()));
        waitUntil(() -> fx(() -> ((DossierApp) app).session().settings().recentFolders().get()).get(0).equals(b));

        menu("File", "Open Recent", a.toString());
        waitUntil(() -> a.toString().equals(folderShown()));
        List<MenuItem> recent = fx(() -> ((MenuBar) lookup("#menubar").query()).getMenus().get(0).getItems().stream()
                .filter(i -> "Open Recent".equals(i.getText())).map(i -> List.copyOf(((Menu) i).getItems()))
                .findFirst().orElseThrow());
        assertEquals(List.of(b.toString(), a.toString(), gone + " (not found)"),
                recent.stream().limit(3).map(MenuItem::getText).toList(), "latest first, the missing one said so");
        assertTrue(recent.get(2).isDisable(), "a folder that is gone cannot be chosen");
        assertFalse(recent.get(0).isDisable());
    }

    /** The file chooser is the system's; what it hands over is opened as the menu's action does. */
    @Test
    void openFileShowsTheArticleInItsFolder() throws Exception {
        Path other = copySeeds(temp.resolve("other"));
        start(temp.resolve("home"), "--articles", SEEDS.toString());
        waitForReaderTitle(TITLE_2017);
        Path file = other.resolve("000_12460f19fc3bbb18.txt");
        fx(() -> {
            ((DossierApp) app).session().openFile(file);
            return null;
        });
        waitUntil(() -> other.toString().equals(folderShown()));
        waitUntil(() -> fx(() -> articleList().getSelectionModel().getSelectedItem().id()).equals("000_12460f19fc3bbb18.txt"));
        waitUntil(() -> readerTitle() != null && !TITLE_2017.equals(readerTitle()));
    }
}
