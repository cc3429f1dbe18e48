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
    /**
     * The keys handled here and by the parts they reach (the entity keys, the list, the fields), for
     * the shortcuts sheet, which adds every menu accelerator to them. Keep it with {@link #onKey}.
     */
    static final java.util.List<Shortcut> SHEET = java.util.List.of(
            new Shortcut("↓ ↑ or j k", "Next / previous article (j and k from anywhere but a text field)"),
            new Shortcut("Ctrl+=", "Larger text, on every keyboard layout"),
            new Shortcut("Alt+1 … Alt+6", "Show / hide people, organisations, places, dates, quantities, nationalities"),
            new Shortcut("Alt+0", "All highlights on / off"),
            new Shortcut("n / Shift+n", "Next / previous mention of the chosen entity"),
            new Shortcut("Right-click", "Correct an entity, mark a selection as an entity, watch it, copy a link"),
            new Shortcut("Esc", "In the filter: clear it. In a dialog: cancel"),
            new Shortcut("Enter / Ctrl+Enter", "In the bookmark dialog: save (Ctrl+Enter from the note)"));

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
