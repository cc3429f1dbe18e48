package org.dossier.ui;

import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.dossier.ui.settings.Settings;

/**
 * The main window's layout, and nothing else: the menu bar above; the article list on the left; the
 * legend, a Bookmark button and the reading pane in the middle; the side panel's tabs on the right
 * ({@link ReadingColumns}: the reader gets the room first, the list and the side panel can be hidden);
 * the status bar below. The parts are made elsewhere ({@link DossierApp}) and know nothing of this
 * layout. The window follows the theme setting. FX-thread confined.
 */
final class MainWindow {
    private final BorderPane root = new BorderPane();

    MainWindow(MenuBar menu, Region list, Node legend, Node reader, SidePanel side, Node statusBar,
               WindowActions actions, Settings settings) {
        Button bookmark = new Button("Bookmark");
        bookmark.setId("bookmark-button");
        bookmark.setTooltip(new Tooltip("Bookmark the selected passage (Ctrl+B)"));
        bookmark.setFocusTraversable(false);
        bookmark.setOnAction(e -> actions.bookmarkSelection());
        bookmark.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(legend, Priority.ALWAYS);
        HBox readerBar = new HBox(6, legend, bookmark);
        readerBar.setAlignment(Pos.CENTER_LEFT);
        readerBar.setPadding(new Insets(0, 8, 0, 0));
        readerBar.getStyleClass().add("legend");
        VBox center = new VBox(readerBar, reader);
        VBox.setVgrow(reader, Priority.ALWAYS);

        ReadingColumns columns = new ReadingColumns(list, center, side, settings.listShown(), settings.sidePanelShown());

        root.setTop(menu);
        root.setCenter(columns);
        root.setBottom(statusBar);
        root.getStyleClass().add("dossier");
        theme(settings.dark().get());
        settings.dark().addListener((o, was, now) -> theme(now));
    }

    Scene createScene(EventHandler<KeyEvent> keys) {
        Scene scene = new Scene(root, 1200, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("dossier.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        return scene;
    }

    private void theme(boolean dark) {
        root.getStyleClass().removeAll("theme-dark", "theme-light");
        root.getStyleClass().add(dark ? "theme-dark" : "theme-light");
    }
}
