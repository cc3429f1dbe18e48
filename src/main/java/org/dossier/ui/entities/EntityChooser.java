package org.dossier.ui.entities;

import java.util.List;
import java.util.Optional;

import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.dossier.annotate.EntityIndex;
import org.dossier.annotate.EntityType;

/**
 * A small dialog that finds an entity of the whole library's index as the user types ("Merge
 * with…", "Alias of…"): names and aliases match, the most widespread first. Enter, a double
 * click or OK chooses. FX-thread confined.
 */
final class EntityChooser {
    private static final int SHOWN = 100;

    private EntityChooser() {
    }

    /**
     * Lets the user choose an entity of {@code type} (null: any name) other than {@code excludeId};
     * empty when cancelled.
     */
    static Optional<EntityIndex.Entry> choose(Window owner, String title, EntityIndex index, EntityType type,
                                              String excludeId, String initialText) {
        Dialog<EntityIndex.Entry> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        TextField filter = new TextField(initialText == null ? "" : initialText);
        filter.setId("entity-chooser-filter");
        filter.setPromptText("Type a name");
        ListView<EntityIndex.Entry> results = new ListView<>();
        results.setId("entity-chooser-list");
        results.setPrefSize(380, 260);
        results.setPlaceholder(new Label("No entity of the library matches"));
        results.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(EntityIndex.Entry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null
                        : e.name() + "  ·  " + LegendBar.label(e.type()) + "  ·  " + e.articles()
                                + (e.articles() == 1 ? " article" : " articles"));
            }
        });
        Runnable refilter = () -> {
            List<EntityIndex.Entry> found = (type == null ? index.findAmong(EntityIndex.NAMES, filter.getText())
                    : index.find(type, filter.getText())).stream()
                    .filter(e -> !e.id().equals(excludeId)).limit(SHOWN).toList();
            results.getItems().setAll(found);
            if (!found.isEmpty()) {
                results.getSelectionModel().selectFirst();
            }
        };
        filter.textProperty().addListener((o, a, b) -> refilter.run());
        refilter.run();
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                results.requestFocus();
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && results.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(results.getSelectionModel().getSelectedItem());
                dialog.close();
            }
        });
        VBox content = new VBox(6, filter, results);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).setId("entity-chooser-ok");
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(results.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(b -> b == ButtonType.OK ? results.getSelectionModel().getSelectedItem() : null);
        Platform.runLater(filter::requestFocus);
        return dialog.showAndWait();
    }
}
