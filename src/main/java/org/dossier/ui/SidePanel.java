package org.dossier.ui;

import java.util.List;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The window's right column: one tab per feature (entities, index, watch-list, notebook, search, and
 * the analyst views). The tabs' names are a strip of buttons that wraps onto a second or third row
 * when the panel is narrow, so no tab ever hides in an overflow menu (decision 0098); below it, a
 * {@link TabPane} whose own header is hidden keeps the tabs' selection, so a feature can still
 * observe {@link Tab#selectedProperty()}. The content of a tab not yet chosen stays out of the scene
 * until it is first chosen: styling and laying out every panel (tables, trees, date pickers) before
 * the window shows cost more than half a second of start-up. FX-thread confined.
 */
final class SidePanel extends VBox {
    private final TabPane pane = new TabPane();
    private final FlowPane strip = new FlowPane(3, 3);
    private final ToggleGroup group = new ToggleGroup();

    SidePanel(List<Tab> tabs) {
        setId("side-panel");
        getStyleClass().add("side-panel");
        pane.getStyleClass().add("headerless");
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        pane.getTabs().setAll(tabs);
        strip.getStyleClass().add("side-tabs");
        for (Tab tab : tabs) {
            strip.getChildren().add(button(tab));
        }
        // A click on the chosen tab's button would leave none chosen: the tab stays.
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null) {
                was.setSelected(true);
            }
        });
        for (Tab tab : pane.getTabs()) {
            if (tab != pane.getSelectionModel().getSelectedItem()) {
                deferContent(tab);
            }
        }
        VBox.setVgrow(pane, Priority.ALWAYS);
        getChildren().addAll(strip, pane);
    }

    /** The tabs, in their order. */
    ObservableList<Tab> getTabs() {
        return pane.getTabs();
    }

    /** Brings {@code tab} to the front. */
    void show(Tab tab) {
        pane.getSelectionModel().select(tab);
    }

    /** The tab's name as a button of the strip, with the tab's id (what tests and users click). */
    private ToggleButton button(Tab tab) {
        ToggleButton b = new ToggleButton();
        b.textProperty().bind(tab.textProperty());
        b.tooltipProperty().bind(tab.tooltipProperty());
        b.setId(tab.getId());
        b.getStyleClass().add("side-tab");
        b.setToggleGroup(group);
        b.setFocusTraversable(false);
        b.setSelected(tab.isSelected());
        b.setOnAction(e -> show(tab));
        tab.selectedProperty().addListener((o, was, now) -> b.setSelected(now));
        return b;
    }

    private static void deferContent(Tab tab) {
        Node content = tab.getContent();
        tab.setContent(null);
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    tab.setContent(content);
                    tab.selectedProperty().removeListener(this);
                }
            }
        });
    }
}
