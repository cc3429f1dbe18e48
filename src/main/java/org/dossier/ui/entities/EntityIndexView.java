package org.dossier.ui.entities;

import java.util.function.Consumer;
import java.util.function.Predicate;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.dossier.annotate.EntityIndex;
import org.dossier.annotate.EntityType;

/**
 * The library's entity index: every entity across all articles with its article and mention
 * counts, filterable by type and name. Choosing one narrows the article list to the articles that
 * mention it (aliases collapsed). FX-thread confined.
 */
final class EntityIndexView extends VBox {
    private static final String ANY = "All types";

    private final TableView<EntityIndex.Entry> table = new TableView<>();
    private final TextField nameFilter = new TextField();
    private final ComboBox<String> typeFilter = new ComboBox<>();
    private final Label summary = new Label("Reading the library…");
    private final ObservableList<EntityIndex.Entry> rows = FXCollections.observableArrayList();
    private EntityIndex index;

    EntityIndexView(Consumer<EntityIndex.Entry> onChoose, Runnable onClear, Predicate<String> isWatched,
                    Consumer<EntityIndex.Entry> onToggleWatch) {
        nameFilter.setId("entity-index-filter");
        nameFilter.setPromptText("Find an entity");
        typeFilter.setId("entity-index-type");
        typeFilter.getItems().add(ANY);
        for (EntityType t : EntityType.values()) {
            typeFilter.getItems().add(t.name());
        }
        typeFilter.setValue(ANY);
        Button clear = new Button("Show all articles");
        clear.setId("entity-index-clear");
        clear.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            onClear.run();
        });
        HBox.setHgrow(nameFilter, Priority.ALWAYS);
        HBox filters = new HBox(6, nameFilter, typeFilter);

        TableColumn<EntityIndex.Entry, String> name = new TableColumn<>("Entity");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                (isWatched.test(c.getValue().id()) ? "★ " : "") + c.getValue().name()));
        name.setPrefWidth(150);
        TableColumn<EntityIndex.Entry, String> type = new TableColumn<>("Type");
        type.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().type().name()));
        TableColumn<EntityIndex.Entry, Integer> articles = new TableColumn<>("Articles");
        articles.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().articles()));
        TableColumn<EntityIndex.Entry, Integer> mentions = new TableColumn<>("Mentions");
        mentions.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().mentions()));
        table.getColumns().setAll(java.util.List.of(name, type, articles, mentions));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setId("entity-index");
        table.setItems(rows);
        table.setPlaceholder(new Label("No entities"));
        table.setRowFactory(t -> {
            TableRow<EntityIndex.Entry> row = new TableRow<>();
            MenuItem watch = new MenuItem("Watch / unwatch");
            watch.setOnAction(e -> {
                if (row.getItem() != null) {
                    onToggleWatch.accept(row.getItem());
                }
            });
            row.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(row.emptyProperty())
                    .then((ContextMenu) null).otherwise(new ContextMenu(watch)));
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, entry) -> {
            if (entry != null) {
                onChoose.accept(entry);
            }
        });
        nameFilter.textProperty().addListener((o, a, b) -> refilter());
        typeFilter.valueProperty().addListener((o, a, b) -> refilter());
        VBox.setVgrow(table, Priority.ALWAYS);
        setSpacing(6);
        setPadding(new Insets(6));
        getChildren().addAll(filters, table, new HBox(8, clear, summary));
    }

    void setIndex(EntityIndex index) {
        this.index = index;
        refilter();
        summary.setText(index.size() + " entities");
    }

    void refresh() {
        table.refresh();
    }

    private void refilter() {
        if (index == null) {
            return;
        }
        EntityIndex.Entry selected = table.getSelectionModel().getSelectedItem();
        String t = typeFilter.getValue();
        rows.setAll(index.find(t == null || t.equals(ANY) ? null : EntityType.valueOf(t), nameFilter.getText()));
        if (selected != null) {
            EntityIndex.Entry again = index.get(selected.id());
            if (again != null && rows.contains(again)) {
                table.getSelectionModel().select(again);
            }
        }
    }
}
