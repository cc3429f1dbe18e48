package org.dossier.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

import org.dossier.ui.session.Dialogs;

/**
 * F1: every keyboard shortcut in a two-column table (keys, what they do) with a filter field. The
 * rows come from where the keys are defined: each menu item's accelerator (so a new menu item
 * appears here by itself), then {@link KeyBindings#SHEET}. Styled like the window. FX thread.
 */
final class ShortcutSheet {
    private ShortcutSheet() {
    }

    /** The rows: the menu bar's accelerators ("File → Open Folder…"), then the other keys. */
    static List<Shortcut> rows(MenuBar bar, List<Shortcut> others) {
        List<Shortcut> rows = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, menu.getText().replace("_", ""), rows);
        }
        rows.addAll(others);
        return rows;
    }

    private static void collect(Menu menu, String path, List<Shortcut> rows) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, path + " → " + sub.getText(), rows);
            } else if (item.getAccelerator() != null && item.getText() != null) {
                String what = path + " → " + item.getText() + (item instanceof CheckMenuItem ? " (on / off)" : "");
                rows.add(new Shortcut(item.getAccelerator().getDisplayText(), what));
            }
        }
    }

    /** Shows the sheet (not modal: the window stays usable), the cursor in its filter. */
    static Dialog<Void> show(Window owner, List<Shortcut> rows) {
        Dialog<Void> dialog = new Dialog<>();
        Dialogs.styleLike(dialog, owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle("Keyboard Shortcuts — Dossier");
        dialog.setResizable(true);
        TextField filter = new TextField();
        filter.setId("shortcuts-filter");
        filter.setPromptText("Filter shortcuts (a key or a word)");
        FilteredList<Shortcut> shown = new FilteredList<>(FXCollections.observableArrayList(rows));
        TableView<Shortcut> table = new TableView<>(shown);
        table.setId("shortcuts-table");
        table.getStyleClass().add("shortcuts-table");
        TableColumn<Shortcut, String> keys = new TableColumn<>("Keys");
        keys.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().keys()));
        keys.setPrefWidth(170);
        keys.setSortable(false);
        TableColumn<Shortcut, String> what = new TableColumn<>("What it does");
        what.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().action()));
        what.setSortable(false);
        table.getColumns().setAll(List.of(keys, what));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label none = new Label();
        table.setPlaceholder(none);
        filter.textProperty().addListener((o, was, now) -> {
            shown.setPredicate(row -> row.matches(now));
            none.setText("No shortcut matches “" + now.strip() + "”");
        });
        VBox content = new VBox(8, filter, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        content.setPrefSize(640, 460);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.setOnShown(e -> filter.requestFocus());
        dialog.show();
        return dialog;
    }
}
