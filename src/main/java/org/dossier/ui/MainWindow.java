package org.dossier.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;

import org.dossier.base.DataDirs;
import org.dossier.article.Article;
import org.dossier.article.ArticleLibrary;
import org.dossier.article.ArticleSummary;
import org.dossier.article.FolderChanges;
import org.dossier.article.FolderWatcher;
import org.dossier.render.RenderOptions;
import org.dossier.article.MetadataCache;
import org.dossier.ui.entities.EntitiesController;
import org.dossier.ui.library.ArticleCell;
import org.dossier.ui.notebook.NotebookController;
import org.dossier.ui.library.ArticleListViewModel;
import org.dossier.ui.library.LibraryLoadTask;
import org.dossier.ui.library.SortOrder;
import org.dossier.ui.reader.ReaderPane;
import org.dossier.ui.search.SearchController;
import org.dossier.ui.settings.Settings;

/**
 * The main window: the article list with its filter and sort on the left, the reading pane on the
 * right, a menu bar above and a status bar below. Owns the open folder: loads it in the background,
 * watches it, and remembers it. FX-thread confined.
 */
public final class MainWindow {
    static final int FONT_STEP = 10;

    private final Stage stage;
    private final Settings settings;
    private final ArticleListViewModel list = new ArticleListViewModel();
    private final ListView<ArticleSummary> listView = new ListView<>(list.shown());
    private final ReaderPane reader = new ReaderPane();
    private final TextField filter = new TextField();
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Label folderLabel = new Label();
    private final Label notice = new Label();
    private final EntitiesController entities;
    private final NotebookController notebook;
    private final SearchController search;
    private final Label indexStatus = new Label();
    private final ProgressBar indexProgress = new ProgressBar();
    private final UndoHistory undoHistory = new UndoHistory();
    private final javafx.scene.control.TabPane sidePanel = new javafx.scene.control.TabPane();
    private final BorderPane root = new BorderPane();
    private ArticleLibrary library;
    private FolderWatcher watcher;
    private LibraryLoadTask loading;
    private MetadataCache metadata;
    /** Bumped on each article asked for, so a slow read never replaces a later choice. */
    private long openSequence;
    /** The article put on screen by {@link #showLastArticleEarly}, until the list selects it. */
    private Article shownEarly;
    /**
     * The article last read in this folder, while the list does not hold it yet (a big folder is
     * listed batch by batch): the list then waits for it rather than selecting its first row.
     */
    private String pendingLast;
    private final FirstArticleGate firstArticle = new FirstArticleGate();

    MainWindow(Stage stage, Settings settings, Path notebookFile) {
        this.stage = stage;
        this.settings = settings;
        Set<String> hidden = new java.util.TreeSet<>();
        settings.hiddenTypes().get().forEach(t -> hidden.add(t.name()));
        this.entities = new EntitiesController(reader, list, DataDirs.userGazetteer(),
                DataDirs.dataDir().resolve("watchlist.tsv"), hidden,
                now -> settings.hiddenTypes().set(now.stream().map(org.dossier.annotate.EntityType::valueOf).collect(java.util.stream.Collectors.toSet())), this::notifyUser, undoHistory);
        this.notebook = new NotebookController(reader, notebookFile, entities.annotations()::annotator, undoHistory,
                this::notifyUser, this::openArticleThen);
        this.search = new SearchController(reader, entities.annotations()::annotator, DataDirs.userGazetteer(),
                this::openArticleThen, this::notifyUser, entities::entityIndex);
        entities.setSelectionItems(() -> List.of(notebook.bookmarkMenuItem(stage)));
        reader.setHighlighter(a -> {
            List<org.dossier.render.Span> spans = new ArrayList<>(entities.spans(a));
            spans.addAll(notebook.spans(a));
            spans.addAll(search.spans(a));
            return spans;
        });
        createView();
        initListeners();
        reader.loadedProperty().addListener((o, was, now) -> {
            if (now != null) {
                firstArticle.open();
            }
        });
    }

    private void createView() {
        filter.setId("filter");
        filter.setPromptText("Filter (Ctrl+F)");
        ComboBox<SortOrder> sort = new ComboBox<>();
        sort.setId("sort");
        sort.getItems().setAll(SortOrder.values());
        sort.valueProperty().bindBidirectional(list.sortOrderProperty());
        sort.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox tools = new HBox(6, filter, sort);
        tools.setPadding(new Insets(6));

        listView.setId("articles");
        listView.setCellFactory(v -> new ArticleCell(list.watchHits()));
        list.watchHits().addListener((javafx.collections.MapChangeListener<String, Integer>) c -> listView.refresh());
        listView.setPlaceholder(new Label("No articles"));
        VBox.setVgrow(listView, Priority.ALWAYS);
        VBox left = new VBox(tools, listView);
        left.setMinWidth(220);
        left.getStyleClass().add("library");

        javafx.scene.control.Button bookmarkButton = new javafx.scene.control.Button("Bookmark");
        bookmarkButton.setId("bookmark-button");
        bookmarkButton.setTooltip(new javafx.scene.control.Tooltip("Bookmark the selected passage (Ctrl+B)"));
        bookmarkButton.setFocusTraversable(false);
        bookmarkButton.setOnAction(e -> bookmarkSelection());
        bookmarkButton.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(entities.legend(), Priority.ALWAYS);
        HBox readerBar = new HBox(6, entities.legend(), bookmarkButton);
        readerBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        readerBar.setPadding(new Insets(0, 8, 0, 0));
        readerBar.getStyleClass().add("legend");
        VBox center = new VBox(readerBar, reader);
        VBox.setVgrow(reader, Priority.ALWAYS);
        sidePanel.getTabs().setAll(entities.tabs());
        sidePanel.getTabs().add(notebook.tab());
        sidePanel.getTabs().add(search.tab());
        deferHiddenTabs(sidePanel);
        sidePanel.setId("side-panel");
        sidePanel.setMinWidth(200);
        SplitPane split = new SplitPane(left, center, sidePanel);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.23, 0.72);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(sidePanel, false);

        status.setId("status");
        folderLabel.setId("folder");
        folderLabel.getStyleClass().add("folder-label");
        progress.setId("progress");
        progress.setPrefWidth(160);
        progress.setVisible(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        notice.setId("notice");
        indexStatus.setId("index-status");
        indexStatus.textProperty().bind(search.indexStatusProperty());
        indexProgress.setId("index-progress");
        indexProgress.setPrefWidth(120);
        indexProgress.progressProperty().bind(search.indexProgressProperty());
        indexProgress.visibleProperty().bind(search.indexProgressProperty().greaterThanOrEqualTo(0));
        indexProgress.managedProperty().bind(indexProgress.visibleProperty());
        HBox statusBar = new HBox(10, status, notice, spacer, indexStatus, indexProgress, progress, folderLabel);
        statusBar.getStyleClass().add("status-bar");
        statusBar.setPadding(new Insets(3, 8, 3, 8));

        root.setTop(new MainMenu(this).menuBar());
        root.setCenter(split);
        root.setBottom(statusBar);
        root.getStyleClass().add("dossier");
    }

    /**
     * Keeps the content of the side panel's hidden tabs out of the scene until a tab is first
     * chosen: styling and laying out every panel (tables, trees, date pickers) before the window
     * shows cost more than half a second of start-up.
     */
    private static void deferHiddenTabs(javafx.scene.control.TabPane tabs) {
        for (javafx.scene.control.Tab tab : tabs.getTabs()) {
            if (tab == tabs.getSelectionModel().getSelectedItem()) {
                continue;
            }
            javafx.scene.Node content = tab.getContent();
            tab.setContent(null);
            tab.selectedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                    if (now) {
                        tab.setContent(content);
                        tab.selectedProperty().removeListener(this);
                    }
                }
            });
        }
    }

    private void initListeners() {
        filter.textProperty().bindBidirectional(list.filterProperty());
        list.filterProperty().addListener((o, was, now) -> matchTexts());
        search.setOnIndexUpdated(this::matchTexts);
        list.sortOrderProperty().bindBidirectional(settings.sort());
        listView.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                pendingLast = null;
                open(now);
            }
        });
        // Keep a selection while filtering, so the reading pane follows what the list shows.
        list.shown().addListener((javafx.collections.ListChangeListener<ArticleSummary>) c -> {
            if (listView.getSelectionModel().isEmpty() && !list.shown().isEmpty() && pendingLast == null) {
                listView.getSelectionModel().selectFirst();
            }
        });
        status.textProperty().bind(Bindings.createStringBinding(this::statusText, list.all(), list.shown(),
                list.problemCount(), list.restrictionProperty()));
        reader.setOptions(new RenderOptions(settings.dark().get(), settings.fontPercent().get(), Set.of()));
        applyThemeToChrome();
    }

    Scene createScene() {
        Scene scene = new Scene(root, 1200, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("dossier.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        return scene;
    }

    /** j/k move through the list from anywhere but a text field; Ctrl+= and Ctrl+- on every layout. */
    private void onKey(KeyEvent e) {
        entities.onKey(e);
        if (e.isConsumed()) {
            return;
        }
        boolean typing = e.getTarget() instanceof TextInputControl;
        if (!typing && !e.isShortcutDown() && !e.isAltDown()) {
            if (e.getCode() == KeyCode.J) {
                move(1);
                e.consume();
            } else if (e.getCode() == KeyCode.K) {
                move(-1);
                e.consume();
            }
        }
        if (e.isShortcutDown() && (e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.ADD)) {
            changeFont(FONT_STEP);
            e.consume();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.SUBTRACT) {
            changeFont(-FONT_STEP);
            e.consume();
        } else if (typing && e.getCode() == KeyCode.ESCAPE && e.getTarget() == filter) {
            filter.clear();
            listView.requestFocus();
            e.consume();
        } else if (typing && e.getTarget() == filter && (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER)) {
            listView.requestFocus();
            e.consume();
        }
    }

    private void move(int delta) {
        int size = list.shown().size();
        if (size == 0) {
            return;
        }
        int i = listView.getSelectionModel().getSelectedIndex();
        int next = Math.max(0, Math.min(size - 1, i < 0 ? 0 : i + delta));
        listView.getSelectionModel().select(next);
        listView.scrollTo(next);
    }

    /** Reads the chosen article from its file in the background and shows it. */
    private void open(ArticleSummary summary) {
        settings.lastArticle().set(summary.id());
        stage.setTitle(summary.title() + " — Dossier");
        long ticket = ++openSequence;
        Article early = shownEarly;
        shownEarly = null;
        if (summary.isBroken()) {
            showProblem(summary.id(), summary.problem());
            return;
        }
        if (early != null && early.id().equals(summary.id()) && reader.shownProperty().get() == early) {
            return;
        }
        ArticleLibrary lib = library;
        BackgroundTasks.task(() -> lib.read(summary.id()))
                .onSuccess(article -> {
                    if (ticket != openSequence || library != lib) {
                        return;
                    }
                    if (article.isBroken()) {
                        showProblem(article.id(), article.problem());
                    } else {
                        reader.show(article);
                    }
                })
                .onError(e -> {
                    if (ticket == openSequence) {
                        showProblem(summary.id(), String.valueOf(e.getMessage()));
                    }
                })
                .start();
    }

    private void showProblem(String id, String problem) {
        reader.showMessage(id + " cannot be shown.\n\n" + problem, null, null);
        firstArticle.open();
    }

    /** The filter's words looked up in the search index, for articles whose text (not title) has them. */
    private void matchTexts() {
        String text = list.filterProperty().get();
        List<String> words = ArticleListViewModel.words(text);
        if (words.isEmpty()) {
            return;
        }
        search.idsByWord(words).whenComplete((ids, error) -> {
            if (error == null) {
                BackgroundTasks.onFx(() -> list.setTextMatches(text, ids));
            }
        });
    }

    /** Opens {@code folder}: reads it in the background, then watches it. */
    void openFolder(Path folder) {
        Path target = folder.toAbsolutePath().normalize();
        closeWatcher();
        if (loading != null) {
            loading.cancel();
        }
        if (library != null && !library.folder().equals(target)) {
            // Another folder: nothing of the last one may stay listed (or be opened from the new one).
            list.setAll(List.of());
            list.restrictTo(null, null);
        }
        library = new ArticleLibrary(target);
        // A read still running for the last folder must not land in this one.
        openSequence++;
        shownEarly = null;
        String last = settings.lastArticle().get();
        pendingLast = !last.isEmpty() && target.equals(settings.lastFolder().get()) ? last : null;
        firstArticle.then(() -> {
            if (library != null && library.folder().equals(target)) {
                search.open(target);
            }
        });
        folderLabel.setText(target.toString());
        stage.setTitle("Dossier — " + (target.getFileName() != null ? target.getFileName() : target));
        metadata = MetadataCache.forFolder(target);
        java.util.concurrent.CompletableFuture<Void> check = new java.util.concurrent.CompletableFuture<>();
        firstArticle.then(() -> check.complete(null));
        // A replaced task is cancelled below, and a cancelled task hands over nothing more.
        LibraryLoadTask task = new LibraryLoadTask(library, metadata, this::listed, check);
        loading = task;
        progress.setVisible(true);
        progress.progressProperty().bind(task.progressProperty());
        task.setOnSucceeded(e -> {
            if (loading == task) {
                loaded(target, task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (loading == task) {
                progress.setVisible(false);
                list.setAll(List.of());
                firstArticle.open();
                reader.showMessage(folderProblem(target, task.getException()), "Open folder…", this::chooseFolder);
            }
        });
        Thread t = new Thread(task, "dossier-library-load");
        t.setDaemon(true);
        t.start();
        showLastArticleEarly(target, task);
    }

    /**
     * When reopening the folder last read, renders its last article straight from its file while the
     * list is still loading (a big folder takes seconds to read); the list then selects it as usual.
     */
    private void showLastArticleEarly(Path folder, LibraryLoadTask task) {
        String last = pendingLast;
        if (last == null || reader.shownProperty().get() != null) {
            return;
        }
        ArticleLibrary lib = library;
        Path file = folder.resolve(last).normalize();
        if (!file.startsWith(folder)) {
            return;
        }
        BackgroundTasks.task(() -> Files.isRegularFile(file) ? lib.read(file) : null)
                .onSuccess(article -> {
                    if (article != null && !article.isBroken() && loading == task && task.isRunning()
                            && reader.shownProperty().get() == null && listView.getSelectionModel().isEmpty()
                            && last.equals(pendingLast)) {
                        shownEarly = article;
                        reader.show(article);
                    }
                })
                // Only a head start: if the file cannot be read now, the list's load shows it (or its reason).
                .onError(e -> { })
                .start();
    }

    /** Every article of the folder is known: the list is complete and the cache up to date. */
    private void loaded(Path folder, List<ArticleSummary> articles) {
        org.dossier.base.StartupClock.trace("folder loaded");
        progress.progressProperty().unbind();
        progress.setVisible(false);
        settings.lastFolder().set(folder);
        listed(articles);
        if (pendingLast != null) {
            // The article last read is gone: start at the top.
            pendingLast = null;
            if (listView.getSelectionModel().isEmpty() && !list.shown().isEmpty()) {
                listView.getSelectionModel().selectFirst();
            }
        }
        ArticleLibrary lib = library;
        startWatching();
        firstArticle.then(() -> {
            if (library == lib) {
                entities.libraryChanged(lib);
                search.sync(lib);
            }
        });
        if (articles.isEmpty()) {
            firstArticle.open();
            reader.showMessage("There are no articles in " + folder + ".\n\nDossier reads plain text (.txt), "
                    + "saved web pages (.html) and Markdown (.md) files.", "Open folder…", this::chooseFolder);
        }
    }

    /**
     * Shows what is known of the folder so far (the cache at once, then articles as they are read);
     * the first time there is something, selects the article last read, else the first.
     */
    private void listed(List<ArticleSummary> known) {
        boolean first = list.all().isEmpty();
        list.update(known);
        if (list.shown().isEmpty()) {
            return;
        }
        ArticleSummary lastRead = pendingLast == null ? null : list.byId(pendingLast);
        if (lastRead != null && list.shown().contains(lastRead)) {
            listView.getSelectionModel().select(lastRead);
        } else if (pendingLast == null && listView.getSelectionModel().isEmpty()) {
            listView.getSelectionModel().selectFirst();
        } else if (!first) {
            return;
        }
        listView.scrollTo(Math.max(0, listView.getSelectionModel().getSelectedIndex()));
        // Reading starts in the list (arrows, j/k), unless the user is typing a filter.
        if (filter.getText().isEmpty()) {
            listView.requestFocus();
        }
    }

    static String folderProblem(Path folder, Throwable error) {
        if (error instanceof NoSuchFileException) {
            return "The folder " + folder + " does not exist.\n\nChoose a folder of articles to read.";
        }
        if (error instanceof NotDirectoryException) {
            return folder + " is a file, not a folder.\n\nChoose a folder of articles to read.";
        }
        return "The folder " + folder + " cannot be read: " + error.getMessage();
    }

    private void startWatching() {
        try {
            ArticleLibrary watched = library;
            MetadataCache cache = metadata;
            watcher = new FolderWatcher(watched, changed -> {
                // Read on the watcher's thread; only the list update happens on the FX thread.
                FolderChanges changes = FolderChanges.read(watched, changed);
                remember(cache, changes);
                List<ArticleSummary> summaries = changes.updated().stream().map(ArticleSummary::of).toList();
                BackgroundTasks.onFx(() -> {
                    if (library != watched) {
                        return;
                    }
                    if (changes.rescan()) {
                        openFolder(watched.folder());
                    } else {
                        applyChanges(changes.updated(), summaries, changes.removed());
                    }
                });
            });
        } catch (IOException e) {
            status.textProperty().unbind();
            status.setText("Not watching the folder for changes: " + e.getMessage());
        }
    }

    /** Keeps the metadata cache in step with what the watcher read (any thread). */
    private static void remember(MetadataCache cache, FolderChanges changes) {
        if (changes.rescan()) {
            return;
        }
        changes.updated().forEach(cache::put);
        changes.removed().forEach(cache::remove);
        try {
            cache.save();
        } catch (IOException e) {
            // Only a shortcut for the next start: the next full read rewrites it.
        }
    }

    /** {@code summaries}: those of {@code updated}, made on the watcher's thread (they stat the files). */
    private void applyChanges(List<Article> updated, List<ArticleSummary> summaries, List<String> removed) {
        ArticleSummary selected = listView.getSelectionModel().getSelectedItem();
        removed.forEach(list::remove);
        summaries.forEach(list::put);
        entities.articlesChanged(updated, removed);
        search.changed(updated, removed);
        if (selected != null) {
            ArticleSummary now = list.byId(selected.id());
            if (now == null) {
                if (!list.shown().isEmpty()) {
                    listView.getSelectionModel().selectFirst();
                }
            } else if (updated.stream().anyMatch(a -> a.id().equals(selected.id()))) {
                // The article being read changed on disk: show what it says now.
                if (now != listView.getSelectionModel().getSelectedItem()) {
                    listView.getSelectionModel().select(now);
                } else {
                    open(now);
                }
            }
        } else if (!list.shown().isEmpty()) {
            listView.getSelectionModel().selectFirst();
        }
    }

    private String statusText() {
        int all = list.all().size();
        int problems = list.problemCount().get();
        String text = all == 1 ? "1 article" : all + " articles";
        if (list.shown().size() != all) {
            text += " · " + list.shown().size() + " shown";
        }
        if (!list.restrictionProperty().get().isEmpty()) {
            text += " " + list.restrictionProperty().get();
        }
        if (problems > 0) {
            text += " · " + (problems == 1 ? "1 problem" : problems + " problems");
        }
        return text;
    }

    void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open articles folder");
        if (library != null && Files.isDirectory(library.folder())) {
            chooser.setInitialDirectory(library.folder().toFile());
        }
        java.io.File chosen = chooser.showDialog(stage);
        if (chosen != null) {
            openFolder(chosen.toPath());
        }
    }

    void reload() {
        if (library != null) {
            openFolder(library.folder());
        }
    }

    /** A short message in the status bar, e.g. what a correction did. */
    void notifyUser(String message) {
        notice.setText(message);
    }

    void undo() {
        String done = undoHistory.undo();
        if (done == null) {
            notifyUser("Nothing to undo");
        }
    }

    void bookmarkSelection() {
        notebook.bookmarkSelection(stage);
    }

    void exportNotebook() {
        notebook.export(stage);
    }

    void showNotebook() {
        sidePanel.getTabs().stream().filter(t -> "tab-notebook".equals(t.getId())).findFirst()
                .ifPresent(t -> sidePanel.getSelectionModel().select(t));
        notebook.focusSearch();
    }

    /** Ctrl+Shift+F: the search tab, cursor in its query field. */
    void showSearch() {
        sidePanel.getSelectionModel().select(search.tab());
        search.focusField();
    }

    /** F3 / Shift+F3: the next or previous search hit in the reading pane. */
    void moveSearchHit(int delta) {
        search.moveHit(delta);
    }

    void openNotebook() {
        notebook.open(stage);
    }

    /**
     * Shows the article with {@code id} (lifting a filter that hides it), then runs {@code then} once
     * its document is on screen.
     */
    void openArticleThen(String id, Runnable then) {
        ArticleSummary article = list.byId(id);
        if (article == null) {
            notifyUser("The article " + id + " is not in this folder.");
            return;
        }
        if (!list.shown().contains(article)) {
            filter.clear();
            list.restrictTo(null, null);
        }
        Article loadedNow = reader.loadedProperty().get();
        if (loadedNow != null && loadedNow.id().equals(id) && article.equals(listView.getSelectionModel().getSelectedItem())) {
            then.run();
            return;
        }
        javafx.beans.value.ChangeListener<Article> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Article> obs, Article old, Article now) {
                if (now != null && now.id().equals(id)) {
                    reader.loadedProperty().removeListener(this);
                    then.run();
                } else if (now != null) {
                    reader.loadedProperty().removeListener(this);
                }
            }
        };
        reader.loadedProperty().addListener(once);
        listView.getSelectionModel().select(article);
        listView.scrollTo(article);
    }

    void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    void changeFont(int delta) {
        setFontPercent(delta == 0 ? 100 : reader.options().fontPercent() + delta);
    }

    private void setFontPercent(int percent) {
        RenderOptions next = reader.options().withFontPercent(percent);
        settings.fontPercent().set(next.fontPercent());
        reader.setOptions(next);
    }

    void setDark(boolean dark) {
        settings.dark().set(dark);
        reader.setOptions(reader.options().withDark(dark));
        applyThemeToChrome();
    }

    boolean isDark() {
        return reader.options().dark();
    }

    private void applyThemeToChrome() {
        root.getStyleClass().removeAll("theme-dark", "theme-light");
        root.getStyleClass().add(isDark() ? "theme-dark" : "theme-light");
    }

    Stage stage() {
        return stage;
    }

    ReaderPane reader() {
        return reader;
    }

    void close() {
        notebook.close();
        closeWatcher();
        if (loading != null) {
            loading.cancel();
        }
        search.close();
    }

    private void closeWatcher() {
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                // closing a watch service: nothing useful to do
            }
            watcher = null;
        }
    }
}
