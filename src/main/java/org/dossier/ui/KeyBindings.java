package org.dossier.ui;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.dossier.ui.entities.EntityFeatures;

/**
 * The window's keys beyond the menu's accelerators, seen before any control: the entity keys (n,
 * Alt+digits), j / k through the list from anywhere but a text field, and Ctrl+= / Ctrl+- on every
 * keyboard layout. FX thread.
 */
final class KeyBindings {
    private final WindowActions actions;
    private final EntityFeatures entities;

    KeyBindings(WindowActions actions, EntityFeatures entities) {
        this.actions = actions;
        this.entities = entities;
    }

    void onKey(KeyEvent e) {
        entities.onKey(e);
        if (e.isConsumed()) {
            return;
        }
        boolean typing = e.getTarget() instanceof TextInputControl;
        if (!typing && !e.isShortcutDown() && !e.isAltDown()) {
            if (e.getCode() == KeyCode.J) {
                actions.moveInList(1);
                e.consume();
            } else if (e.getCode() == KeyCode.K) {
                actions.moveInList(-1);
                e.consume();
            }
        }
        if (e.isShortcutDown() && (e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.ADD)) {
            actions.changeTextSize(WindowActions.TEXT_STEP);
            e.consume();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.SUBTRACT) {
            actions.changeTextSize(-WindowActions.TEXT_STEP);
            e.consume();
        }
    }
}
