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
 * counts, filterable by type (names by default: dates and quantities apart) and name; the count
 * follows the filter. Choosing one narrows the article list to the articles that mention it (aliases
 * and merged entities collapsed); a row's tooltip says what was merged into it and why, and its
 * menu merges or unmerges. FX-thread confined.
 */
final class EntityIndexView extends VBox {
    private static final String NAMES = "All names";
    private static final String ANY = "Everything";

    private final TableView<EntityIndex.Entry> table = new TableView<>();
    private final TextField nameFilter = new TextField();
    private final ComboBox<String> typeFilter = new ComboBox<>();
    private final Label summary = new Label("Reading the library…");
    private final ObservableList<EntityIndex.Entry> rows = FXCollections.observableArrayList();
    private EntityIndex index;
    private final Consumer<EntityIndex.Entry> onToggleWatch;
    private final MergeActions merges;

    EntityIndexView(Consumer<EntityIndex.Entry> onChoose, Runnable onClear, Predicate<String> isWatched,
                    Consumer<EntityIndex.Entry> onToggleWatch, MergeActions merges) {
        this.onToggleWatch = onToggleWatch;
        this.merges = merges;
        nameFilter.setId("entity-index-filter");
        nameFilter.setPromptText("Find an entity");
        typeFilter.setId("entity-index-type");
        // Names first and by default: dates and quantities are not ranked among people and places.
        typeFilter.getItems().add(NAMES);
        for (EntityType t : EntityType.values()) {
            typeFilter.getItems().add(LegendBar.label(t));
        }
        typeFilter.getItems().add(ANY);
        typeFilter.setValue(NAMES);
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
        type.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(LegendBar.label(c.getValue().type())));
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
            TableRow<EntityIndex.Entry> row = new TableRow<>() {
                @Override
                protected void updateItem(EntityIndex.Entry e, boolean empty) {
                    super.updateItem(e, empty);
                    setTooltip(empty || e == null ? null : MergeActions.tooltip(e));
                }
            };
            RowMenus.install(row, () -> row.isEmpty() || row.getItem() == null ? null : menu(row.getItem()));
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

    private ContextMenu menu(EntityIndex.Entry e) {
        MenuItem watch = new MenuItem("Watch / unwatch");
        watch.setOnAction(ev -> onToggleWatch.accept(e));
        ContextMenu menu = new ContextMenu(watch);
        menu.getItems().addAll(merges.items(e));
        return menu;
    }

    void setIndex(EntityIndex index) {
        this.index = index;
        refilter();
    }

    private static java.util.Set<EntityType> types(String choice) {
        if (choice == null || choice.equals(NAMES)) {
            return EntityIndex.NAMES;
        }
        for (EntityType t : EntityType.values()) {
            if (LegendBar.label(t).equals(choice)) {
                return java.util.EnumSet.of(t);
            }
        }
        return null; // everything
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
        rows.setAll(index.findAmong(types(t), nameFilter.getText()));
        // The count follows the filter: what is listed, out of what the library holds.
        summary.setText(rows.size() == index.size() ? index.size() + " entities"
                : rows.size() + " of " + index.size() + " entities");
        if (selected != null) {
            EntityIndex.Entry again = index.get(selected.id());
            if (again != null && rows.contains(again)) {
                table.getSelectionModel().select(again);
            }
        }
    }
}
