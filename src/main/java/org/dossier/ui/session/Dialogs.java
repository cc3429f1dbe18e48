package org.dossier.ui.session;

import javafx.scene.Parent;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * Gives dialogs the look of the window they belong to. A dialog has a scene of its own, so without
 * this it keeps JavaFX's default light style in the dark theme. FX thread only.
 */
public final class Dialogs {
    private Dialogs() {
    }

    /** Makes {@code dialog} owned by {@code owner} and styled like it: its style sheets and theme classes. */
    public static void styleLike(Dialog<?> dialog, Window owner) {
        if (owner == null) {
            return;
        }
        if (dialog.getOwner() == null) {
            dialog.initOwner(owner);
        }
        if (owner.getScene() == null) {
            return;
        }
        Parent root = owner.getScene().getRoot();
        var pane = dialog.getDialogPane();
        pane.getStylesheets().setAll(owner.getScene().getStylesheets());
        pane.getStylesheets().addAll(root.getStylesheets());
        pane.getStyleClass().removeAll("dossier", "theme-dark", "theme-light");
        for (String c : root.getStyleClass()) {
            if (c.equals("dossier") || c.startsWith("theme-")) {
                pane.getStyleClass().add(c);
            }
        }
    }
}
