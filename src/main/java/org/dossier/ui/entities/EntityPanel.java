package org.dossier.ui.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.dossier.annotate.EntityIndex;
import org.dossier.annotate.EntityType;

/**
 * The entities of the article being read, grouped by type and ordered by mention count. Choosing one
 * emphasises its mentions in the reading pane (n / Shift+n then cycle through them). FX-thread confined.
 */
final class EntityPanel extends VBox {
    private final ListView<EntityRow> list = new ListView<>();
    private final Label summary = new Label();

    EntityPanel(Consumer<EntityIndex.Entry> onChoose, Predicate<String> isWatched, Consumer<EntityIndex.Entry> onToggleWatch,
                MergeActions merges) {
        list.setId("entity-panel");
        list.setPlaceholder(new Label("No entities found"));
        list.setCellFactory(v -> new EntityRowCell(isWatched, onToggleWatch, true, merges));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row instanceof EntityRow.Item item) {
                onChoose.accept(item.entry());
            }
        });
        summary.getStyleClass().add("panel-summary");
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(summary, list);
        getStyleClass().add("entity-panel");
    }

    void show(List<EntityIndex.Entry> entries) {
        List<EntityRow> rows = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            List<EntityIndex.Entry> ofType = entries.stream().filter(e -> e.type() == type)
                    .sorted((a, b) -> a.mentions() != b.mentions() ? b.mentions() - a.mentions() : a.name().compareTo(b.name()))
                    .toList();
            if (!ofType.isEmpty()) {
                rows.add(new EntityRow.Heading(type, ofType.size()));
                ofType.forEach(e -> rows.add(new EntityRow.Item(e)));
            }
        }
        list.getItems().setAll(rows);
        summary.setText(entries.size() + (entries.size() == 1 ? " entity" : " entities") + " in this article");
    }

    void clear() {
        list.getItems().clear();
        summary.setText("");
    }

    void refreshCells() {
        list.refresh();
    }

    /** A row: "Sergey Lavrov · 2", a ★ when watched; headings in bold with the type's swatch. */
    static final class EntityRowCell extends ListCell<EntityRow> {
        private final Predicate<String> isWatched;
        private final Consumer<EntityIndex.Entry> onToggleWatch;
        private final boolean mentionsOnly;
        private final MergeActions merges;

        EntityRowCell(Predicate<String> isWatched, Consumer<EntityIndex.Entry> onToggleWatch, boolean mentionsOnly,
                      MergeActions merges) {
            this.isWatched = isWatched;
            this.onToggleWatch = onToggleWatch;
            this.mentionsOnly = mentionsOnly;
            this.merges = merges;
            // as wide as the list, never wider: a long name is cut rather than scrolled sideways
            setPrefWidth(0);
            RowMenus.install(this, this::menu);
        }

        private ContextMenu menu() {
            if (isEmpty() || !(getItem() instanceof EntityRow.Item item)) {
                return null;
            }
            EntityIndex.Entry e = item.entry();
            MenuItem watch = new MenuItem(isWatched.test(e.id()) ? "Unwatch" : "Watch");
            watch.setOnAction(ev -> onToggleWatch.accept(e));
            ContextMenu menu = new ContextMenu(watch);
            menu.getItems().addAll(merges.items(e));
            return menu;
        }

        @Override
        protected void updateItem(EntityRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("entity-heading", "entity-item");
            setTooltip(null);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            if (row instanceof EntityRow.Heading h) {
                getStyleClass().add("entity-heading");
                setText(LegendBar.label(h.type()) + " (" + h.count() + ")");
                javafx.scene.layout.Region swatch = new javafx.scene.layout.Region();
                swatch.getStyleClass().addAll("swatch", "swatch-" + h.type().name());
                setGraphic(swatch);
            } else if (row instanceof EntityRow.Item item) {
                EntityIndex.Entry e = item.entry();
                getStyleClass().add("entity-item");
                String star = isWatched.test(e.id()) ? "★ " : "";
                setText(star + e.name() + "  ·  " + (mentionsOnly ? e.mentions() : e.articles() + " art. · " + e.mentions()));
                setGraphic(null);
                // A long name is cut in the middle, so that its start and its count stay in sight; the
                // tooltip always gives the whole name (and the merges, when there are some).
                setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_WORD_ELLIPSIS);
                javafx.scene.control.Tooltip tip = merges.tooltipOf(e);
                setTooltip(tip != null ? tip : new javafx.scene.control.Tooltip(e.name()));
            }
        }
    }
}
