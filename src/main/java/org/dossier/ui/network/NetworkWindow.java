package org.dossier.ui.network;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The network in a window of its own, for a picture larger than the side panel: the view moves out
 * of its tab into the window (the tab says where it went) and back when the window closes. The
 * window takes the main window's style sheets and theme. FX-thread confined.
 */
final class NetworkWindow {
    private final Tab tab;
    private final Node view;
    private final Node placeholder;
    private Stage stage;

    NetworkWindow(Tab tab, Node view) {
        this.tab = tab;
        this.view = view;
        Button back = new Button("Bring it back here");
        back.setId("network-bring-back");
        back.setOnAction(e -> close());
        VBox box = new VBox(10, new Label("The network is in its own window."), back);
        box.setAlignment(Pos.CENTER);
        this.placeholder = box;
    }

    boolean isOpen() {
        return stage != null;
    }

    void open() {
        if (stage != null) {
            stage.toFront();
            return;
        }
        Window owner = tab.getTabPane() == null ? null : tab.getTabPane().getScene().getWindow();
        tab.setContent(placeholder);
        StackPane root = new StackPane(view);
        stage = new Stage();
        stage.setTitle("Entity network — Dossier");
        Scene scene = new Scene(root, 1100, 760);
        if (owner != null && owner.getScene() != null) {
            Parent main = owner.getScene().getRoot();
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            for (String c : main.getStyleClass()) {
                if (c.equals("dossier") || c.startsWith("theme-")) {
                    root.getStyleClass().add(c);
                }
            }
            // The theme can change while the window is open.
            main.getStyleClass().addListener((javafx.collections.ListChangeListener<String>) ch -> {
                root.getStyleClass().removeIf(c -> c.startsWith("theme-"));
                main.getStyleClass().stream().filter(c -> c.startsWith("theme-")).forEach(root.getStyleClass()::add);
            });
            stage.initOwner(owner);
        }
        stage.setScene(scene);
        stage.setOnHidden(e -> putBack());
        stage.show();
    }

    void close() {
        if (stage != null) {
            stage.hide(); // putBack follows
        }
    }

    private void putBack() {
        if (stage == null) {
            return;
        }
        ((StackPane) stage.getScene().getRoot()).getChildren().clear();
        stage = null;
        tab.setContent(view);
    }
}
