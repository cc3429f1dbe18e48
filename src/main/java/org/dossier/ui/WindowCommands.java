package org.dossier.ui;

import java.nio.file.Files;

import javafx.scene.control.Alert;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;

import org.dossier.article.ArticleLibrary;
import org.dossier.ui.library.ArticleListPane;
import org.dossier.ui.session.Dialogs;
import org.dossier.ui.notebook.NotebookController;
import org.dossier.ui.search.SearchController;
import org.dossier.ui.session.ReadingSession;

/** The window's {@link WindowActions}, each handed to the part that carries it out. FX-thread confined. */
final class WindowCommands implements WindowActions {
    private final Stage stage;
    private final ReadingSession session;
    private final ArticleListPane list;
    private final NotebookController notebook;
    private final SearchController search;
    private final SidePanel side;

    WindowCommands(Stage stage, ReadingSession session, ArticleListPane list, NotebookController notebook,
                   SearchController search, SidePanel side) {
        this.stage = stage;
        this.session = session;
        this.list = list;
        this.notebook = notebook;
        this.search = search;
        this.side = side;
    }

    @Override
    public void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open articles folder");
        ArticleLibrary open = session.libraryProperty().get();
        if (open != null && Files.isDirectory(open.folder())) {
            chooser.setInitialDirectory(open.folder().toFile());
        }
        java.io.File chosen = chooser.showDialog(stage);
        if (chosen != null) {
            session.openFolder(chosen.toPath());
        }
    }

    @Override
    public void reload() {
        session.reload();
    }

    @Override
    public void exportNotebook() {
        notebook.export(stage);
    }

    @Override
    public void quit() {
        // Asks first when bookmarks could not be saved (a close request by the window manager goes
        // through the same question, in DossierApp).
        if (notebook.mayQuit(stage)) {
            stage.close();
        }
    }

    @Override
    public void undo() {
        session.undoLast();
    }

    @Override
    public void bookmarkSelection() {
        notebook.bookmarkSelection(stage);
    }

    @Override
    public void searchNotebook() {
        side.getTabs().stream().filter(t -> "tab-notebook".equals(t.getId())).findFirst().ifPresent(side::show);
        notebook.focusSearch();
    }

    @Override
    public void searchLibrary() {
        side.show(search.tab());
        search.focusField();
    }

    @Override
    public void filterArticles() {
        list.focusFilter();
    }

    @Override
    public void moveSearchHit(int delta) {
        search.moveHit(delta);
    }

    @Override
    public void moveInList(int delta) {
        session.list().moveSelection(delta);
    }

    @Override
    public void changeTextSize(int delta) {
        var size = session.settings().fontPercent();
        size.set(delta == 0 ? 100 : size.get() + delta);
    }

    @Override
    public void showShortcuts() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        Dialogs.styleLike(alert, stage);
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
