package org.dossier.ui.session;

import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

import org.dossier.annotate.EntityIndex;
import org.dossier.article.Article;
import org.dossier.article.ArticleLibrary;
import org.dossier.article.FolderSync;
import org.dossier.article.SyncTarget;
import org.dossier.ui.library.ArticleListViewModel;
import org.dossier.ui.settings.Settings;

/**
 * What the parts of one window share while the user reads — built once per window and handed to each
 * part by its constructor, so that no part calls back into the window or into another part (the
 * shared state of Cryptomator's main window, JabRef's {@code StateManager}):
 * <ul>
 *   <li>the open folder ({@link #libraryProperty()}) and its article list ({@link #list()}, with the
 *       selection), the folder's life ({@link FolderSession}: reading, the sync, the watcher);</li>
 *   <li>the article on screen ({@link #currentArticleProperty()}) and {@link #openArticle} to show one;</li>
 *   <li>the entity chosen ({@link #focusedEntityProperty()}) and the library's entity index
 *       ({@link #entityIndexProperty()});</li>
 *   <li>the window's annotator ({@link #annotations()}), the reading pane's highlight layers
 *       ({@link #highlights()}), the undo history, short notices
 *       for the status bar, the settings, and the gate that holds background work until the first
 *       article is on screen.</li>
 * </ul>
 * Parts that keep something of the folder register as {@linkplain FolderParticipant participants}.
 * FX-thread confined.
 */
public final class ReadingSession {
    private final Settings settings;
    private final AnnotationService annotations;
    private final ArticleListViewModel list = new ArticleListViewModel();
    private final UndoHistory undo = new UndoHistory();
    private final HighlightLayers highlights = new HighlightLayers();
    private final FirstArticleGate firstArticle = new FirstArticleGate();
    private final ReadOnlyObjectWrapper<Article> current = new ReadOnlyObjectWrapper<>(this, "currentArticle");
    private final ObjectProperty<String> focusedEntity = new SimpleObjectProperty<>(this, "focusedEntity");
    private final ReadOnlyObjectWrapper<EntityIndex> entityIndex =
            new ReadOnlyObjectWrapper<>(this, "entityIndex", EntityIndex.of(Map.of()));
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final FolderSession folder;
    private ReaderDisplay reader = new ReaderDisplay() {
        @Override
        public void show(Article article) {
        }

        @Override
        public void showMessage(String text, String actionLabel, Runnable action) {
        }

        @Override
        public Article shown() {
            return null;
        }
    };

    /** @param userGazetteer the user's corrections, for the window's annotator */
    public ReadingSession(Settings settings, Path userGazetteer) {
        this.settings = settings;
        this.annotations = new AnnotationService(userGazetteer);
        this.folder = new FolderSession(this);
        list.sortOrderProperty().bindBidirectional(settings.sort());
    }

    public Settings settings() {
        return settings;
    }

    /** The window's annotator (built-in lists plus the user's corrections) and its cache of mentions. Any thread. */
    public AnnotationService annotations() {
        return annotations;
    }

    /** The open folder's articles: all, shown (filtered and sorted), selected. */
    public ArticleListViewModel list() {
        return list;
    }

    public UndoHistory undo() {
        return undo;
    }

    public HighlightLayers highlights() {
        return highlights;
    }

    /** Opens when the first article is on screen (or there is none, or after a few seconds); work that can wait, waits for it. */
    public FirstArticleGate firstArticle() {
        return firstArticle;
    }

    /** The open folder, or null before one is opened. */
    public ReadOnlyObjectProperty<ArticleLibrary> libraryProperty() {
        return folder.libraryProperty();
    }

    /** The folder's life: reading, the sync, the watcher, the progress shown while the list fills. */
    public FolderSession folder() {
        return folder;
    }

    /** Opens {@code path}: lists it in the background, then watches it. */
    public void openFolder(Path path) {
        folder.open(path);
    }

    /**
     * Shows one article file (File → Open File…): in the open folder when the file is inside it,
     * else in its own folder, opened for it (decision 0100). A file Dossier does not read is refused
     * with a notice.
     */
    public void openFile(Path file) {
        Path target = file.toAbsolutePath().normalize();
        ArticleLibrary open = folder.libraryProperty().get();
        if (open != null && target.startsWith(open.folder()) && open.isArticleFile(target)) {
            String id = open.idOf(target);
            if (list.byId(id) != null) {
                openArticle(id, () -> { });
                return;
            }
        }
        Path parent = target.getParent();
        ArticleLibrary own = parent == null ? null : new ArticleLibrary(parent);
        if (own == null || !own.isArticleFile(target)) {
            notify(target.getFileName() + " is not a file Dossier reads (text, Markdown, web pages, PDF, e-mail, feeds).");
            return;
        }
        folder.open(parent, own.idOf(target));
    }

    /** Reads the open folder again. */
    public void reload() {
        folder.reload();
    }

    /** Takes part in every folder's sync and watched changes. */
    public void addParticipant(FolderParticipant participant) {
        folder.addParticipant(participant);
    }

    /**
     * Runs a sync of the open folder for {@code target} alone (e.g. the entity index after a
     * correction); stopped when another folder is opened. Null when no folder is open.
     */
    public FolderSync.Run resync(SyncTarget target) {
        return folder.resync(target);
    }

    /** The article whose document is on screen in the reading pane, or null. */
    public ReadOnlyObjectProperty<Article> currentArticleProperty() {
        return current.getReadOnlyProperty();
    }

    /** The reading pane attaches itself: what it shows on screen is the current article. */
    public void attachReader(ReaderDisplay display, ObservableValue<Article> loaded) {
        this.reader = display;
        current.bind(loaded);
        loaded.addListener((o, was, now) -> {
            if (now != null) {
                firstArticle.open();
            }
        });
    }

    ReaderDisplay reader() {
        return reader;
    }

    /**
     * Shows the article with {@code id} (lifting a filter that hides it), then runs {@code then} once
     * its document is on screen.
     */
    public void openArticle(String id, Runnable then) {
        var article = list.byId(id);
        if (article == null) {
            notify("The article " + id + " is not in this folder.");
            return;
        }
        if (!list.shown().contains(article)) {
            list.filterProperty().set("");
            list.restrictTo(null, null);
        }
        Article onScreen = current.get();
        if (onScreen != null && onScreen.id().equals(id) && article.equals(list.selectedProperty().get())) {
            then.run();
            return;
        }
        current.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Article> obs, Article old, Article now) {
                if (now != null) {
                    current.removeListener(this);
                    if (now.id().equals(id)) {
                        then.run();
                    }
                }
            }
        });
        list.selectedProperty().set(article);
        list.reveal(false);
    }

    /** The entity the analyst chose (its id), whose mentions are emphasised; null for none. */
    public ObjectProperty<String> focusedEntityProperty() {
        return focusedEntity;
    }

    /** The open folder's entity index as last built (empty until the first build is done). */
    public ReadOnlyObjectProperty<EntityIndex> entityIndexProperty() {
        return entityIndex.getReadOnlyProperty();
    }

    /** The entity index has been (re)built for the open folder. */
    public void publishEntityIndex(EntityIndex index) {
        entityIndex.set(Objects.requireNonNull(index));
    }

    /** A short message for the status bar, e.g. what a correction did. */
    public void notify(String message) {
        notice.set(message);
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Edit → Undo: takes back the newest undoable action, or says there is none. */
    public void undoLast() {
        if (undo.undo() == null) {
            notify("Nothing to undo");
        }
    }

    /** At quit: stops the folder's sync and watcher. */
    public void close() {
        folder.close();
    }

    /** What to tell the user when a folder cannot be opened. */
    public static String folderProblem(Path folder, Throwable error) {
        if (error instanceof NoSuchFileException) {
            return "The folder " + folder + " does not exist.\n\nChoose a folder of articles to read.";
        }
        if (error instanceof NotDirectoryException) {
            return folder + " is a file, not a folder.\n\nChoose a folder of articles to read.";
        }
        return "The folder " + folder + " cannot be read: " + error.getMessage();
    }
}
