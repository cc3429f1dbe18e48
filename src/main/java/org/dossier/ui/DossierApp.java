package org.dossier.ui;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import org.dossier.StartupClock;

/**
 * The JavaFX application: one main window over an articles folder. Arguments: {@code --articles DIR}
 * opens that folder; without it the last folder, else the bundled {@code articles/}, is opened.
 * {@code --measure-startup} prints the milliseconds from JVM start to the window shown and to the
 * first article rendered, then quits (see {@link StartupMeasurement}).
 */
public class DossierApp extends Application {
    /** Where {@code --measure-startup} prints (tests replace it). */
    static volatile PrintStream measureOut = System.out;
    /** How {@code --measure-startup} ends the application (tests replace it). */
    static volatile IntConsumer measureExit = status -> {
        exitStatus = status;
        Platform.exit();
    };
    private static volatile int exitStatus;
    private MainWindow window;
    private Settings settings;

    /** Runs the window until it closes; returns the process's exit status (non-zero when a measurement failed). */
    public static int launchApp(String[] args) {
        org.dossier.ui.entities.AnnotationService.preload(org.dossier.DataDirs.userGazetteer());
        Application.launch(DossierApp.class, args);
        return exitStatus;
    }

    @Override
    public void start(Stage stage) {
        settings = Settings.load();
        window = new MainWindow(stage, settings, notebookFile(getParameters().getRaw()));
        stage.setScene(window.createScene());
        stage.setTitle("Dossier");
        var icon = DossierApp.class.getResourceAsStream("dossier-icon.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        stage.setWidth(settings.getInt("width", 1200));
        stage.setHeight(settings.getInt("height", 800));
        stage.setOnCloseRequest(e -> {
            settings.put("width", (int) stage.getWidth());
            settings.put("height", (int) stage.getHeight());
        });
        stage.show();
        if (getParameters().getRaw().contains("--measure-startup")) {
            new StartupMeasurement(new StartupClock(), measureOut, measureExit, StartupMeasurement.TIME_LIMIT)
                    .windowShown(window.reader());
        }
        window.openNotebook();
        window.openFolder(startFolder(getParameters().getRaw(), settings));
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (settings != null) {
            settings.flush();
        }
    }

    MainWindow window() {
        return window;
    }

    /** {@code --notebook FILE}, else the notebook in the user's data folder. */
    static Path notebookFile(List<String> args) {
        int i = args.indexOf("--notebook");
        if (i >= 0 && i + 1 < args.size()) {
            return Path.of(args.get(i + 1)).toAbsolutePath();
        }
        return org.dossier.DataDirs.defaultNotebook();
    }

    /** {@code --articles DIR}, else the folder last opened, else the bundled articles. */
    static Path startFolder(List<String> args, Settings settings) {
        int i = args.indexOf("--articles");
        if (i >= 0 && i + 1 < args.size()) {
            return Path.of(args.get(i + 1));
        }
        String last = settings.get("lastFolder", "");
        if (!last.isBlank() && Files.isDirectory(Path.of(last))) {
            return Path.of(last);
        }
        return BundledArticles.folder();
    }
}
