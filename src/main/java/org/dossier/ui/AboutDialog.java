package org.dossier.ui;

import java.nio.file.Path;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.dossier.base.AppVersion;
import org.dossier.base.DataDirs;
import org.dossier.ui.session.Dialogs;

/** Help → About: Dossier's version, the Java and JavaFX it runs on, and where it keeps its files. FX thread. */
final class AboutDialog {
    private AboutDialog() {
    }

    static String version() {
        return AppVersion.of(DossierApp.class, Path.of(""));
    }

    static void show(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        Dialogs.styleLike(dialog, owner);
        dialog.setTitle("About Dossier");
        dialog.setHeaderText("Dossier " + version());
        Label what = new Label("An offline news reader for analysts: read, see who and what is named, bookmark and cite.");
        what.setWrapText(true);
        Label version = new Label("Version " + version());
        version.setId("about-version");
        Label runtime = new Label("Java " + System.getProperty("java.version") + " · JavaFX "
                + System.getProperty("javafx.runtime.version", "?"));
        Label data = new Label("Data: " + DataDirs.dataDir() + "\nCache: " + DataDirs.cacheDir());
        data.setWrapText(true);
        VBox box = new VBox(8, what, version, runtime, data);
        box.setPrefWidth(460);
        box.getStyleClass().add("about");
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.show();
    }
}
