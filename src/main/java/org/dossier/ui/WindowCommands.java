package org.dossier.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import org.dossier.article.ArticleLibrary;
import org.dossier.ui.library.ArticleListPane;
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
    public void openFolder(Path folder) {
        if (Files.isDirectory(folder)) {
            session.openFolder(folder);
        } else {
            session.notify(folder + " is no longer there.");
        }
    }

    @Override
    public void openFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open an article");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Articles", "*.txt", "*.md", "*.markdown", "*.html", "*.htm", "*.mhtml",
                        "*.mht", "*.pdf", "*.eml", "*.rss", "*.atom", "*.xml"),
                new FileChooser.ExtensionFilter("All files", "*"));
        ArticleLibrary open = session.libraryProperty().get();
        if (open != null && Files.isDirectory(open.folder())) {
            chooser.setInitialDirectory(open.folder().toFile());
        }
        java.io.File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            session.openFile(chosen.toPath());
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
        showTab("tab-notebook");
        notebook.focusSearch();
    }

    @Override
    public void searchLibrary() {
        showPanelWith(search.tab());
        search.focusField();
    }

    @Override
    public void showTab(String tabId) {
        side.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().ifPresent(this::showPanelWith);
    }

    /** A tab in front, and the side panel shown if the user had hidden it: a command never acts out of sight. */
    private void showPanelWith(javafx.scene.control.Tab tab) {
        session.settings().sidePanelShown().set(true);
        side.show(tab);
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
    public void showShortcuts(List<Shortcut> rows) {
        ShortcutSheet.show(stage, rows);
    }

    @Override
    public void showAbout() {
        AboutDialog.show(stage);
    }
}
