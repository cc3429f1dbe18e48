package org.dossier.ui;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

import org.dossier.ui.settings.Settings;

/** The menu bar and its keyboard shortcuts, over the window's {@link WindowActions}. */
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
        MenuItem reload = item("Reload Folder", "F5", actions::reload);
        MenuItem export = item("Export Notebook…", "Shortcut+E", actions::exportNotebook);
        MenuItem quit = item("Quit", "Shortcut+Q", actions::quit);
        Menu file = new Menu("_File", null, open, reload, new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);

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
        CheckMenuItem dark = new CheckMenuItem("Dark Theme");
        dark.setId("menu-dark");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().bindBidirectional(settings.dark());
        Menu view = new Menu("_View", null, larger, smaller, actual, new SeparatorMenuItem(), dark);

        MenuItem keys = item("Keyboard Shortcuts", "F1", actions::showShortcuts);
        Menu help = new Menu("_Help", null, keys);

        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setId("menubar");
        return bar;
    }

    private static MenuItem item(String label, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(label);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }
}
