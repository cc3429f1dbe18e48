package org.dossier.ui.entities;

import java.util.function.Supplier;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexedCell;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * A list or table row's context menu, opened by a right-click (which every platform, the headless
 * one included, reports as a mouse event) or by the keyboard's menu key, and made when opened, so
 * that it reflects the library index of that moment. FX-thread confined.
 */
final class RowMenus {
    private RowMenus() {
    }

    /** {@code menu} gives the row's menu, or null for none (an empty row, a heading). */
    static void install(IndexedCell<?> cell, Supplier<ContextMenu> menu) {
        ContextMenu[] open = new ContextMenu[1];
        Runnable hide = () -> {
            if (open[0] != null) {
                open[0].hide();
            }
        };
        cell.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                hide.run();
                open[0] = menu.get();
                if (open[0] != null) {
                    open[0].show(cell, e.getScreenX(), e.getScreenY());
                }
                e.consume();
            }
        });
        cell.setOnContextMenuRequested(e -> {
            if (e.isKeyboardTrigger()) {
                hide.run();
                open[0] = menu.get();
                if (open[0] != null) {
                    open[0].show(cell, e.getScreenX(), e.getScreenY());
                }
            }
            e.consume();
        });
    }
}
