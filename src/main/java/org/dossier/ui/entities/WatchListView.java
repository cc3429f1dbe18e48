package org.dossier.ui.entities;

import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The watch-list tab: watched entities and terms, a field to add a term, a button to remove. */
final class WatchListView extends VBox {
    private final ListView<String> list = new ListView<>();

    WatchListView(Consumer<String> onAddTerm, Consumer<String> onRemove) {
        TextField term = new TextField();
        term.setId("watch-term");
        term.setPromptText("Watch a term (Enter)");
        term.setOnAction(e -> {
            if (!term.getText().isBlank()) {
                onAddTerm.accept(term.getText());
                term.clear();
            }
        });
        Button remove = new Button("Remove");
        remove.setOnAction(e -> {
            String item = list.getSelectionModel().getSelectedItem();
            if (item != null) {
                onRemove.accept(item);
            }
        });
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.setId("watch-list");
        Label empty = new Label("Star an entity (right-click it) or type a term above.");
        empty.setWrapText(true);
        empty.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        empty.setId("watch-empty");
        // A placeholder is laid out at its preferred width: without a bound it is cut off in a narrow panel.
        empty.maxWidthProperty().bind(list.widthProperty().subtract(24));
        list.setPlaceholder(empty);
        HBox.setHgrow(term, Priority.ALWAYS);
        VBox.setVgrow(list, Priority.ALWAYS);
        setSpacing(6);
        setPadding(new Insets(6));
        getChildren().addAll(new HBox(6, term), list, remove);
    }

    void show(java.util.List<String> items) {
        list.getItems().setAll(items);
    }
}
