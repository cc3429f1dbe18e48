package org.dossier.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.dossier.ui.library.ArticleListViewModel;
import org.dossier.ui.search.SearchController;
import org.dossier.ui.session.FolderSession;
import org.dossier.ui.session.ReadingSession;

/**
 * The status bar: how many articles (shown, with problems, what the list is narrowed to), the last
 * notice (or the target of the link under the pointer), the search index's progress, the folder's listing progress and the folder. A view of the
 * session. FX-thread confined.
 */
final class StatusBar extends HBox {
    StatusBar(ReadingSession session, SearchController search, ObservableValue<String> hoveredLink) {
        super(10);
        ArticleListViewModel list = session.list();
        FolderSession folder = session.folder();
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(Bindings.createStringBinding(
                () -> folder.watchProblemProperty().get().isEmpty() ? text(list) : folder.watchProblemProperty().get(),
                list.all(), list.shown(), list.problemCount(), list.restrictionProperty(), folder.watchProblemProperty()));
        Label notice = new Label();
        notice.setId("notice");
        notice.textProperty().bind(session.noticeProperty());
        // Over a link, its target takes the notice's place (as in a browser); the pane never follows it.
        Label link = new Label();
        link.setId("link-target");
        link.getStyleClass().add("link-target");
        link.textProperty().bind(Bindings.createStringBinding(
                () -> hoveredLink.getValue() == null || hoveredLink.getValue().isEmpty() ? "" : "Link: " + hoveredLink.getValue(),
                hoveredLink));
        link.visibleProperty().bind(link.textProperty().isNotEmpty());
        link.managedProperty().bind(link.visibleProperty());
        notice.visibleProperty().bind(link.visibleProperty().not());
        notice.managedProperty().bind(notice.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label indexStatus = new Label();
        indexStatus.setId("index-status");
        indexStatus.textProperty().bind(search.indexStatusProperty());
        ProgressBar indexProgress = new ProgressBar();
        indexProgress.setId("index-progress");
        indexProgress.setPrefWidth(120);
        indexProgress.progressProperty().bind(search.indexProgressProperty());
        indexProgress.visibleProperty().bind(search.indexProgressProperty().greaterThanOrEqualTo(0));
        indexProgress.managedProperty().bind(indexProgress.visibleProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("progress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(folder.loadProgressProperty());
        progress.visibleProperty().bind(folder.loadingProperty());
        Label folderLabel = new Label();
        folderLabel.setId("folder");
        folderLabel.getStyleClass().add("folder-label");
        folderLabel.textProperty().bind(Bindings.createStringBinding(
                () -> folder.libraryProperty().get() == null ? "" : folder.libraryProperty().get().folder().toString(),
                folder.libraryProperty()));
        getChildren().addAll(status, notice, link, spacer, indexStatus, indexProgress, progress, folderLabel);
        getStyleClass().add("status-bar");
        setPadding(new Insets(3, 8, 3, 8));
    }

    private static String text(ArticleListViewModel list) {
        int all = list.all().size();
        int problems = list.problemCount().get();
        String text = all == 1 ? "1 article" : all + " articles";
        if (list.shown().size() != all) {
            text += " · " + list.shown().size() + " shown";
        }
        if (!list.restrictionProperty().get().isEmpty()) {
            text += " " + list.restrictionProperty().get();
        }
        if (problems > 0) {
            text += " · " + (problems == 1 ? "1 problem" : problems + " problems");
        }
        return text;
    }
}
