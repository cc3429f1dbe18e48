package org.dossier.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The menu bar and its keyboard shortcuts. */
final class MainMenu {
    private final MainWindow window;

    MainMenu(MainWindow window) {
        this.window = window;
    }

    MenuBar menuBar() {
        MenuItem open = item("Open Folder…", "Shortcut+O", window::chooseFolder);
        open.setId("menu-open");
        MenuItem reload = item("Reload Folder", "F5", window::reload);
        MenuItem export = item("Export Notebook…", "Shortcut+E", window::exportNotebook);
        MenuItem quit = item("Quit", "Shortcut+Q", window::quit);
        Menu file = new Menu("_File", null, open, reload, new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);

        MenuItem undo = item("Undo", "Shortcut+Z", window::undo);
        undo.setId("menu-undo");
        MenuItem find = item("Filter Articles", "Shortcut+F", window::focusFilter);
        MenuItem bookmark = item("Bookmark Selection…", "Shortcut+B", window::bookmarkSelection);
        MenuItem notebook = item("Search Notebook", "Shortcut+Shift+N", window::showNotebook);
        MenuItem search = item("Search Library", "Shortcut+Shift+F", window::showSearch);
        search.setId("menu-search");
        MenuItem nextHit = item("Next Search Hit", "F3", () -> window.moveSearchHit(1));
        MenuItem previousHit = item("Previous Search Hit", "Shift+F3", () -> window.moveSearchHit(-1));
        Menu edit = new Menu("_Edit", null, undo, new SeparatorMenuItem(), bookmark, notebook, new SeparatorMenuItem(), find,
                search, nextHit, previousHit);

        MenuItem larger = item("Larger Text", "Shortcut+Plus", () -> window.changeFont(MainWindow.FONT_STEP));
        MenuItem smaller = item("Smaller Text", "Shortcut+Minus", () -> window.changeFont(-MainWindow.FONT_STEP));
        MenuItem actual = item("Actual Size", "Shortcut+0", () -> window.changeFont(0));
        CheckMenuItem dark = new CheckMenuItem("Dark Theme");
        dark.setId("menu-dark");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.setSelected(window.isDark());
        dark.setOnAction(e -> window.setDark(dark.isSelected()));
        Menu view = new Menu("_View", null, larger, smaller, actual, new SeparatorMenuItem(), dark);

        MenuItem keys = item("Keyboard Shortcuts", "F1", this::showShortcuts);
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

    private void showShortcuts() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        Dialogs.styleLike(alert, window.stage());
        alert.setTitle("Keyboard Shortcuts — Dossier");
        alert.setHeaderText("Keyboard shortcuts");
        alert.setContentText(String.join("\n",
                "Ctrl+O\tOpen a folder of articles",
                "Ctrl+F\tFilter the article list (Esc clears)",
                "Ctrl+Shift+F\tSearch the whole library (words, \"phrases\", OR, -word, word*; filters)",
                "F3 / Shift+F3\tNext / previous search hit in the article",
                "↓ ↑ or j k\tNext / previous article",
                "Ctrl+Plus / Ctrl+Minus / Ctrl+0\tText size",
                "Ctrl+Shift+D\tLight / dark theme",
                "Alt+1 … Alt+6\tShow / hide people, organisations, places, dates, quantities, nationalities",
                "Alt+0\tAll highlights on / off",
                "n / Shift+n\tNext / previous mention of the chosen entity",
                "Right-click\tCorrect an entity, mark a selection as an entity, watch it",
                "Ctrl+B\tBookmark the selected passage (note and tags; Enter saves, Esc cancels)",
                "Ctrl+Shift+N\tSearch the notebook",
                "Ctrl+E\tExport the notebook (Markdown, CSV, JSON-LD)",
                "Ctrl+Z\tUndo the last entity correction or bookmark deletion",
                "F5\tReload the folder",
                "Ctrl+Q\tQuit"));
        alert.show();
    }
}
