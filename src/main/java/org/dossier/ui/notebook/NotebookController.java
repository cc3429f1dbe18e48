package org.dossier.ui.notebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.dossier.annotate.Annotator;
import org.dossier.article.Article;
import org.dossier.adapter.AnnotatorEntityFinder;
import org.dossier.notebook.Anchor;
import org.dossier.notebook.AtomicFiles;
import org.dossier.notebook.Bookmark;
import org.dossier.notebook.BookmarkFactory;
import org.dossier.notebook.Notebook;
import org.dossier.notebook.NotebookExporter;
import org.dossier.notebook.NotebookQuery;
import org.dossier.notebook.NotebookStore;
import org.dossier.notebook.Reanchorer;
import org.dossier.notebook.SaveListener;
import org.dossier.render.Span;
import org.dossier.ui.session.BackgroundTasks;
import org.dossier.ui.session.HighlightLayers;
import org.dossier.ui.session.ReadingSession;
import org.dossier.ui.session.UndoHistory;
import org.dossier.ui.reader.ReaderPane;
import org.dossier.ui.reader.TextRange;

/**
 * The passage notebook in the window: opens the notebook file in the background, bookmarks the
 * reading pane's selection (Ctrl+B), marks bookmarked passages where they re-anchor, lists them in
 * the notebook tab, and exports them. Saving is the store's: off the FX thread, coalesced, atomic;
 * failures are shown and retried, and the bookmark stays on screen. FX-thread confined, except
 * {@link #spans}, which rendering calls in the background.
 */
public final class NotebookController {
    private final ReaderPane reader;
    private final Path file;
    private final java.util.function.Supplier<Annotator> annotator;
    private final UndoHistory undo;
    private final Consumer<String> notify;
    private final BiConsumer<String, Runnable> openArticle;
    private final NotebookView view;
    private final HighlightLayers.Layer layer;
    private final Set<UUID> orphaned = ConcurrentHashMap.newKeySet();
    private volatile NotebookStore store;
    private BookmarkFactory factory;
    private boolean saveFailing;

    /** Bookmarked passages are a highlight layer of the session's reading pane. */
    public NotebookController(ReadingSession session, ReaderPane reader, Path file, java.util.function.Supplier<Annotator> annotator) {
        this.reader = reader;
        this.file = file;
        this.annotator = annotator;
        this.undo = session.undo();
        this.notify = session::notify;
        this.openArticle = session::openArticle;
        this.layer = session.highlights().add(this::spans);
        this.view = new NotebookView(new NotebookView.Actions() {
            @Override
            public List<Bookmark> query(NotebookQuery query) {
                return store == null ? List.of() : store.notebook().query(query);
            }

            @Override
            public void open(Bookmark bookmark) {
                openAt(bookmark);
            }

            @Override
            public void save(Bookmark bookmark, String note, List<String> tags) {
                edit(bookmark, note, tags);
            }

            @Override
            public void delete(Bookmark bookmark) {
                NotebookController.this.delete(bookmark);
            }
        });
        reader.webView().addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY && e.getClickCount() == 1 && reader.selection().isEmpty()) {
                reader.bookmarkAt(e.getX(), e.getY())
                        .ifPresent(id -> showNote(UUID.fromString(id), e.getScreenX(), e.getScreenY()));
            }
        });
    }

    public Tab tab() {
        Tab tab = new Tab("Notebook", view);
        tab.setId("tab-notebook");
        tab.setClosable(false);
        return tab;
    }

    /** Opens the notebook file in the background; tells the user when it needed repair. */
    public void open(Window owner) {
        BackgroundTasks.task(() -> NotebookStore.open(file)).onSuccess(opened -> {
            store = opened;
            factory = BookmarkFactory.standard().withEntityFinder(AnnotatorEntityFinder.of(annotator.get()));
            opened.notebook().addListener(change -> Platform.runLater(this::changed));
            opened.addSaveListener(new SaveListener() {
                @Override
                public void saveFailed(Path f, IOException error, Duration retryIn, String message) {
                    Platform.runLater(() -> {
                        saveFailing = true;
                        notify.accept("⚠ " + message);
                    });
                }

                @Override
                public void saved(Path f, long revision) {
                    Platform.runLater(() -> {
                        if (saveFailing) {
                            saveFailing = false;
                            notify.accept("The notebook is saved again.");
                        }
                    });
                }
            });
            if (opened.loadReport().needsAttention()) {
                notify.accept("⚠ " + opened.loadReport().message());
                Alert alert = new Alert(Alert.AlertType.WARNING, opened.loadReport().message());
                org.dossier.ui.session.Dialogs.styleLike(alert, owner);
                alert.setTitle("Notebook — Dossier");
                alert.setHeaderText("About your notebook");
                alert.show();
            }
            changed();
            layer.changed();
        }).onError(e -> {
            notify.accept("⚠ The notebook " + file + " could not be opened: " + e.getMessage());
        }).start();
    }

    /** The bookmarked passages of an article, re-anchored on its current text. Any thread. */
    public List<Span> spans(Article article) {
        NotebookStore s = store;
        if (s == null || article.isBroken()) {
            return List.of();
        }
        List<Bookmark> bookmarks = s.notebook().forArticle(article.id());
        Map<UUID, Anchor> anchors = Reanchorer.anchorAll(article.text(), bookmarks);
        List<Span> spans = new ArrayList<>();
        for (Bookmark b : bookmarks) {
            Anchor anchor = anchors.get(b.id());
            if (anchor instanceof Anchor.Placed p) {
                orphaned.remove(b.id());
                String tip = (b.note().isBlank() ? "Bookmark" : b.note())
                        + (p.textChanged() ? " (the article changed since it was bookmarked)" : "");
                spans.add(new Span(p.start(), p.end(), "span", "bookmark",
                        Map.of("bookmark", b.id().toString()), tip));
            } else {
                orphaned.add(b.id());
            }
        }
        return spans;
    }

    /** Ctrl+B: bookmarks the reading pane's selection after asking for a note and tags. */
    public void bookmarkSelection(Window owner) {
        Article article = reader.loadedProperty().get();
        TextRange selection = reader.selectionForMenu().orElse(null);
        if (article == null || selection == null) {
            notify.accept("Select a passage in the article first, then press Ctrl+B.");
            return;
        }
        if (store == null || store.isReadOnly()) {
            notify.accept(store == null ? "The notebook is still opening; try again in a moment." : readOnlyMessage());
            return;
        }
        String quote = selection.of(article.text());
        BookmarkEditor.show(owner, quote, "", List.of(), store.notebook()::tagsStartingWith).ifPresent(result -> {
            Bookmark b = factory.create(article, selection.start(), selection.end(), result.note(), result.tags());
            store.notebook().add(b);
            notify.accept("Bookmarked: “" + BookmarkEditor.abbreviate(quote, 40) + "”");
            layer.changed();
        });
    }

    /** Items for the reading pane's context menu when text is selected. */
    public MenuItem bookmarkMenuItem(Window owner) {
        MenuItem item = new MenuItem("Bookmark Selection…");
        item.setOnAction(e -> bookmarkSelection(owner));
        return item;
    }

    private void showNote(UUID id, double screenX, double screenY) {
        if (store == null) {
            return;
        }
        store.notebook().get(id).ifPresent(b -> {
            MenuItem note = new MenuItem(b.note().isBlank() ? "(no note)" : BookmarkEditor.abbreviate(b.note(), 120));
            note.setDisable(true);
            MenuItem tags = new MenuItem(b.tags().isEmpty() ? "(no tags)" : String.join(", ", b.tags()));
            tags.setDisable(true);
            MenuItem edit = new MenuItem("Edit…");
            edit.setOnAction(e -> BookmarkEditor.show(reader.getScene().getWindow(), b.exact(), b.note(),
                    List.copyOf(b.tags()), store.notebook()::tagsStartingWith).ifPresent(r -> edit(b, r.note(), r.tags())));
            MenuItem delete = new MenuItem("Delete Bookmark");
            delete.setOnAction(e -> delete(b));
            ContextMenu popup = new ContextMenu(note, tags, new javafx.scene.control.SeparatorMenuItem(), edit, delete);
            popup.setId("bookmark-popup");
            popup.show(reader.webView(), screenX, screenY);
        });
    }

    private void edit(Bookmark b, String note, List<String> tags) {
        if (!writable()) {
            return;
        }
        store.notebook().update(b.id(), old -> old.withNote(note, java.time.Instant.now()).withTags(tags, java.time.Instant.now()));
        notify.accept("Bookmark saved");
        layer.changed();
    }

    private void delete(Bookmark b) {
        if (!writable()) {
            return;
        }
        store.notebook().remove(b.id()).ifPresent(removal -> {
            undo.push("Restore the deleted bookmark", () -> {
                store.notebook().restore(removal);
                layer.changed();
            });
            notify.accept("Bookmark deleted (Ctrl+Z restores it)");
            layer.changed();
        });
    }

    private boolean writable() {
        if (store == null || store.isReadOnly()) {
            notify.accept(store == null ? "The notebook is still opening; try again in a moment." : readOnlyMessage());
            return false;
        }
        return true;
    }

    private String readOnlyMessage() {
        String why = store.loadReport().message();
        return "The notebook is open read-only, so bookmarks cannot be added or changed." + (why.isEmpty() ? "" : " " + why);
    }

    /** Every bookmark (none before the notebook is open), for views that list some of them. */
    public List<Bookmark> bookmarks() {
        NotebookStore s = store;
        return s == null ? List.of() : s.notebook().bookmarks();
    }

    /** Opens a bookmark's article with its passage in view, as a click in the notebook tab does. */
    public void openBookmark(Bookmark b) {
        openAt(b);
    }

    private void openAt(Bookmark b) {
        openArticle.accept(b.article().id(), () -> {
            if (!reader.flashBookmark(b.id().toString())) {
                notify.accept("This passage was not found in the article any more: “"
                        + BookmarkEditor.abbreviate(b.exact(), 60) + "”");
            }
        });
    }

    private void changed() {
        NotebookStore s = store;
        if (s != null) {
            view.update(s.notebook().tags(), s.notebook().entities(), new HashSet<>(orphaned));
        }
    }

    /** File → Export Notebook…: Markdown, CSV or W3C Web Annotation JSON-LD, by the chosen file type. */
    public void export(Window owner) {
        if (store == null) {
            notify.accept("The notebook is still opening; try again in a moment.");
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export notebook");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Markdown (*.md)", "*.md"),
                new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"),
                new FileChooser.ExtensionFilter("Web Annotation JSON-LD (*.jsonld)", "*.jsonld"));
        chooser.setInitialFileName("notebook.md");
        java.io.File chosen = chooser.showSaveDialog(owner);
        if (chosen != null) {
            exportTo(chosen.toPath());
        }
    }

    /** Writes the export in the format its file name ends with (md, csv, jsonld), in the background. */
    public void exportTo(Path target) {
        String name = target.getFileName().toString();
        String format = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "md";
        List<Bookmark> bookmarks = store.notebook().bookmarks();
        BackgroundTasks.task(() -> {
            AtomicFiles.write(target, NotebookExporter.forFormat(format).export(bookmarks).getBytes(StandardCharsets.UTF_8), null);
            return target;
        }).onSuccess(t -> notify.accept("Exported " + bookmarks.size() + " bookmarks to " + t))
          .onError(e -> notify.accept("⚠ Could not export to " + target + ": " + e.getMessage()))
          .start();
    }

    public void focusSearch() {
        view.focusSearch();
    }

    /**
     * Before quitting: true when every bookmark is on disk, or the user chose what to do about those
     * that are not (see {@link UnsavedBookmarksOnQuit}); false to stay open.
     */
    public boolean mayQuit(Window owner) {
        NotebookStore s = store;
        return s == null || s.isReadOnly() || new UnsavedBookmarksOnQuit(s).mayQuit(owner);
    }

    /** On quit: the last save, then the lock is released. */
    public void close() {
        NotebookStore s = store;
        if (s != null) {
            try {
                s.close();
            } catch (IOException e) {
                System.err.println("Dossier: the last save of " + file + " failed: " + e.getMessage());
            }
        }
    }
}
