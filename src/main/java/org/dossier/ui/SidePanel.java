package org.dossier.ui;

import java.util.List;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The window's right column: one tab per feature (entities, index, watch-list, notebook, search, and
 * the analyst views to come). The content of a tab not yet chosen stays out of the scene until it is
 * first chosen: styling and laying out every panel (tables, trees, date pickers) before the window
 * shows cost more than half a second of start-up. FX-thread confined.
 */
final class SidePanel extends TabPane {
    SidePanel(List<Tab> tabs) {
        getTabs().setAll(tabs);
        setId("side-panel");
        setMinWidth(200);
        for (Tab tab : getTabs()) {
            if (tab != getSelectionModel().getSelectedItem()) {
                deferContent(tab);
            }
        }
    }

    /** Brings {@code tab} to the front. */
    void show(Tab tab) {
        getSelectionModel().select(tab);
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
