package org.dossier.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

import org.dossier.ui.settings.Settings;

/**
 * The menu bar and its keyboard shortcuts, over the window's {@link WindowActions}; the View menu's
 * check items are the layout's and theme's settings themselves. The accelerators here are the
 * ones the shortcuts sheet lists (F1).
 */
final class MainMenu {
    private final WindowActions actions;
    private final Settings settings;

    MainMenu(WindowActions actions, Settings settings) {
        this.actions = actions;
        this.settings = settings;
    }

    MenuBar menuBar() {
        MenuItem open = item("Open Folder…", "Shortcut+O", actions::chooseFolder);
        open.setId("menu-open");
        Menu recent = new Menu("Open Recent");
        recent.setId("menu-recent");
        MenuItem openFile = item("Open File…", "Shortcut+Shift+O", actions::openFile);
        openFile.setId("menu-open-file");
        MenuItem reload = item("Reload Folder", "F5", actions::reload);
        MenuItem export = item("Export Notebook…", "Shortcut+E", actions::exportNotebook);
        MenuItem quit = item("Quit", "Shortcut+Q", actions::quit);
        Menu file = new Menu("_File", null, open, recent, openFile, reload, new SeparatorMenuItem(), export,
                new SeparatorMenuItem(), quit);
        file.setId("menu-file");
        // Filled each time the menu opens: a folder may have gone (or come back) since.
        fillRecent(recent);
        file.setOnShowing(e -> fillRecent(recent));

        MenuItem undo = item("Undo", "Shortcut+Z", actions::undo);
        undo.setId("menu-undo");
        MenuItem find = item("Filter Articles", "Shortcut+F", actions::filterArticles);
        MenuItem bookmark = item("Bookmark Selection…", "Shortcut+B", actions::bookmarkSelection);
        MenuItem notebook = item("Search Notebook", "Shortcut+Shift+N", actions::searchNotebook);
        MenuItem search = item("Search Library", "Shortcut+Shift+F", actions::searchLibrary);
        search.setId("menu-search");
        MenuItem nextHit = item("Next Search Hit", "F3", () -> actions.moveSearchHit(1));
        MenuItem previousHit = item("Previous Search Hit", "Shift+F3", () -> actions.moveSearchHit(-1));
        Menu edit = new Menu("_Edit", null, undo, new SeparatorMenuItem(), bookmark, notebook, new SeparatorMenuItem(), find,
                search, nextHit, previousHit);

        MenuItem larger = item("Larger Text", "Shortcut+Plus", () -> actions.changeTextSize(WindowActions.TEXT_STEP));
        MenuItem smaller = item("Smaller Text", "Shortcut+Minus", () -> actions.changeTextSize(-WindowActions.TEXT_STEP));
        MenuItem actual = item("Actual Size", "Shortcut+0", () -> actions.changeTextSize(0));
        CheckMenuItem dark = check("Dark Theme", "Shortcut+Shift+D", settings.dark());
        dark.setId("menu-dark");
        CheckMenuItem list = check("Article List", "Shortcut+Shift+L", settings.listShown());
        list.setId("menu-show-list");
        CheckMenuItem side = check("Side Panel", "Shortcut+Shift+P", settings.sidePanelShown());
        side.setId("menu-show-side");
        // The analyst views: free keys (T, G for graph, R for profile; P is the side panel's).
        MenuItem timeline = item("Timeline", "Shortcut+Shift+T", () -> actions.showTab("tab-timeline"));
        timeline.setId("menu-timeline");
        MenuItem network = item("Network", "Shortcut+Shift+G", () -> actions.showTab("tab-network"));
        network.setId("menu-network");
        MenuItem profile = item("Profile", "Shortcut+Shift+R", () -> actions.showTab("tab-profile"));
        profile.setId("menu-profile");
        Menu view = new Menu("_View", null, list, side, new SeparatorMenuItem(), timeline, network, profile,
                new SeparatorMenuItem(), larger, smaller, actual, new SeparatorMenuItem(), dark);

        MenuItem keys = new MenuItem("Keyboard Shortcuts");
        keys.setAccelerator(KeyCombination.keyCombination("F1"));
        MenuItem about = item("About Dossier", null, actions::showAbout);
        about.setId("menu-about");
        Menu help = new Menu("_Help", null, keys, about);
        help.setId("menu-help");

        MenuBar bar = new MenuBar(file, edit, view, help);
        // The sheet lists the accelerators of this very menu bar, so it cannot disagree with them.
        keys.setOnAction(e -> actions.showShortcuts(ShortcutSheet.rows(bar, KeyBindings.SHEET)));
        bar.setId("menubar");
        return bar;
    }

    /** The recent folders, the latest first; one that is gone is shown, disabled. */
    private void fillRecent(Menu recent) {
        List<Path> folders = settings.recentFolders().get();
        List<String> labels = folders.stream().map(f -> Files.isDirectory(f) ? f.toString() : f + " (not found)").toList();
        if (recent.getUserData() != null && recent.getUserData().equals(labels)) {
            return; // as it is: rebuilding would replace the items under the pointer
        }
        recent.setUserData(labels);
        recent.getItems().clear();
        for (Path folder : folders) {
            boolean there = Files.isDirectory(folder);
            MenuItem item = new MenuItem(there ? folder.toString() : folder + " (not found)");
            item.setMnemonicParsing(false); // a folder's name may hold underscores
            item.setDisable(!there);
            item.setOnAction(e -> actions.openFolder(folder));
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No folders yet");
            none.setDisable(true);
            recent.getItems().add(none);
        } else {
            MenuItem clear = new MenuItem("Clear Recent Folders");
            clear.setOnAction(e -> settings.recentFolders().set(List.of()));
            recent.getItems().addAll(new SeparatorMenuItem(), clear);
        }
    }

    private static CheckMenuItem check(String label, String accelerator, BooleanProperty setting) {
        CheckMenuItem item = new CheckMenuItem(label);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.selectedProperty().bindBidirectional(setting);
        return item;
    }

    private static MenuItem item(String label, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(label);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
