package org.dossier.ui;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Tab;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import org.dossier.base.StartupClock;
import org.dossier.article.Article;
import org.dossier.render.ArticleRenderer;
import org.dossier.render.RenderOptions;
import org.dossier.render.Span;
import org.dossier.base.DataDirs;
import org.dossier.ui.analysis.LibraryAnalysis;
import org.dossier.ui.entities.EntityFeatures;
import org.dossier.ui.timeline.TimelineController;
import org.dossier.ui.library.ArticleListPane;
import org.dossier.ui.network.NetworkController;
import org.dossier.ui.notebook.NotebookController;
import org.dossier.ui.profile.ProfileController;
import org.dossier.ui.reader.ReaderController;
import org.dossier.ui.reader.ReaderPane;
import org.dossier.ui.search.SearchController;
import org.dossier.ui.session.ReadingSession;
import org.dossier.ui.settings.Settings;
import org.dossier.ui.settings.SettingsStore;

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
    private SettingsStore settingsStore;
    private ReadingSession session;
    private NotebookController notebook;
    private SearchController search;
    /** SIGTERM's way out: see {@link #quitOnSignal}. */
    private Thread signalHook;
    private boolean stopped;
    private NetworkController network;

    /** Runs the window until it closes; returns the process's exit status (non-zero when a measurement failed). */
    public static int launchApp(String[] args) {
        org.dossier.ui.session.AnnotationService.preload(org.dossier.base.DataDirs.userGazetteer());
        warmUpRenderer();
        Application.launch(DossierApp.class, args);
        return exitStatus;
    }

    /**
     * Renders a two-line article once on a thread of its own while JavaFX starts, so the first real
     * article does not also pay for loading the renderer's classes and style sheet.
     */
    private static void warmUpRenderer() {
        Thread t = new Thread(() -> {
            String text = "Warm-up\n\nOne paragraph.";
            Article sample = new Article("warm-up.txt", Path.of("warm-up.txt"), Article.Format.TEXT, "Warm-up", null, "",
                    text, List.of(new Article.Block(Article.Block.Kind.PARAGRAPH, 9, text.length())), List.of(), List.of(), null);
            new ArticleRenderer().render(sample, List.of(new Span(9, 12, "mark", "entity", java.util.Map.of("type", "ORG"), "warm-up")),
                    RenderOptions.DEFAULT);
        }, "dossier-render-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /**
     * Builds the window: the settings and the session first, then each part with what it needs,
     * then the layout. A new view is made here the same way (see docs/architecture.md).
     */
    @Override
    public void start(Stage stage) {
        StartupClock.trace("fx start");
        settingsStore = SettingsStore.load();
        Settings settings = settingsStore.settings();
        session = new ReadingSession(settings, DataDirs.userGazetteer());
        ReaderPane reader = new ReaderPane();
        ReaderController.attach(session, reader);
        EntityFeatures entities = new EntityFeatures(session, reader, DataDirs.userGazetteer(),
                DataDirs.dataDir().resolve("watchlist.tsv"));
        notebook = new NotebookController(session, reader, notebookFile(getParameters().getRaw()),
                session.annotations()::annotator);
        search = new SearchController(session, reader, session.annotations()::mentionsInPassing, DataDirs.userGazetteer());
        LibraryAnalysis analysis = new LibraryAnalysis(session);
        TimelineController timeline = new TimelineController(session, reader, analysis);
        ArticleListPane list = new ArticleListPane(session.list());
        List<Tab> tabs = new ArrayList<>(entities.tabs());
        tabs.add(notebook.tab());
        tabs.add(search.tab());
        tabs.add(timeline.tab());
        network = new NetworkController(session, reader, analysis);
        ProfileController profile = new ProfileController(session, reader, analysis, notebook::bookmarks,
                notebook::openBookmark);
        tabs.add(network.tab());
        tabs.add(profile.tab());
        SidePanel side = new SidePanel(tabs);
        network.setOnOpenProfile(id -> {
            profile.open(id);
            side.show(profile.tab());
        });
        WindowCommands commands = new WindowCommands(stage, session, list, notebook, search, side);
        entities.setSelectionItems(() -> List.of(notebook.bookmarkMenuItem(stage)));
        session.folder().setChooseFolder(commands::chooseFolder);
        MainWindow window = new MainWindow(new MainMenu(commands, settings).menuBar(), list, entities.legend(), reader, side,
                new StatusBar(session, search, reader.hoveredLinkProperty()), commands, settings);
        StartupClock.trace("window built");
        stage.setScene(window.createScene(new KeyBindings(commands, entities)::onKey));
        stage.titleProperty().bind(session.folder().titleProperty());
        var icon = DossierApp.class.getResourceAsStream("dossier-icon.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        stage.setWidth(settings.width().get());
        stage.setHeight(settings.height().get());
        stage.setOnCloseRequest(e -> {
            if (!notebook.mayQuit(stage)) {
                e.consume(); // bookmarks that could not be saved: the user chose to stay
                return;
            }
            settings.width().set((int) stage.getWidth());
            settings.height().set((int) stage.getHeight());
        });
        signalHook = new Thread(() -> quitOnSignal(stage), "dossier-quit-on-signal");
        Runtime.getRuntime().addShutdownHook(signalHook);
        // Both read in the background: started before the first show (CSS and layout of every
        // control, a few hundred milliseconds) so that the first article is ready soon after it.
        notebook.open(stage);
        session.openFolder(startFolder(getParameters().getRaw(), settings));
        StartupClock.trace("folder opening");
        stage.show();
        if (getParameters().getRaw().contains("--measure-startup")) {
            new StartupMeasurement(new StartupClock(), measureOut, measureExit, StartupMeasurement.TIME_LIMIT)
                    .windowShown(reader);
        }
    }

    /**
     * SIGTERM (a logout, {@code kill}, the launcher passing one on): the window goes at once, without
     * asking (nobody may be there to answer), and what is pending is saved: the settings here, the
     * notebook by its store's own hook. Runs in a shutdown hook, beside JavaFX's own, which takes the
     * toolkit down: so the FX thread is given half a second to hide the window, and never waited on
     * for the saves.
     */
    private void quitOnSignal(Stage stage) {
        java.util.concurrent.CountDownLatch hidden = new java.util.concurrent.CountDownLatch(1);
        try {
            Platform.runLater(() -> {
                try {
                    if (stage.isShowing()) {
                        settingsStore.settings().width().set((int) stage.getWidth());
                        settingsStore.settings().height().set((int) stage.getHeight());
                        // Not stop(): it would close the notebook on this thread, which the JVM does
                        // not wait for, while the store's hook, finding it closed, would not save.
                        Platform.setImplicitExit(false);
                        stage.hide();
                    }
                } finally {
                    hidden.countDown();
                }
            });
            hidden.await(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (IllegalStateException e) {
            // the toolkit has already gone: only the saves below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (settingsStore != null) {
            settingsStore.flush();
        }
    }

    @Override
    public void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (signalHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(signalHook);
            } catch (IllegalStateException e) {
                // stopping from within the hook itself: the JVM is already exiting
            }
        }
        if (notebook != null) {
            notebook.close();
        }
        if (session != null) {
            session.close();
        }
        if (search != null) {
            search.close();
        }
        if (network != null) {
            network.close();
        }
        if (settingsStore != null) {
            settingsStore.flush();
        }
    }

    /** The window's session (tests open folders through it). */
    ReadingSession session() {
        return session;
    }

    /** {@code --notebook FILE}, else the notebook in the user's data folder. */
    static Path notebookFile(List<String> args) {
        int i = args.indexOf("--notebook");
        if (i >= 0 && i + 1 < args.size()) {
            return Path.of(args.get(i + 1)).toAbsolutePath();
        }
        return org.dossier.base.DataDirs.defaultNotebook();
    }

    /** {@code --articles DIR}, else the folder last opened, else the bundled articles. */
    static Path startFolder(List<String> args, Settings settings) {
        int i = args.indexOf("--articles");
        if (i >= 0 && i + 1 < args.size()) {
            return Path.of(args.get(i + 1));
        }
        Path last = settings.lastFolder().get();
        if (last != null && Files.isDirectory(last)) {
            return last;
        }
        return BundledArticles.folder();
    }
}
