package org.dossier.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: the main window over an articles folder. */
public class DossierApp extends Application {
    public static void launchApp(String[] args) {
        Application.launch(DossierApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Dossier");
        stage.show();
    }
}
