package org.dossier.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.dossier.article.Article;
import org.dossier.article.ArticleLibrary;
import org.dossier.article.ArticleSummary;
import org.dossier.article.FolderSync;
import org.dossier.article.FolderWatcher;
import org.dossier.article.MetadataCache;
import org.dossier.article.SyncTarget;
import org.dossier.base.Progress;
import org.dossier.base.StartupClock;
import org.dossier.ui.library.ArticleListViewModel;
import org.dossier.ui.library.LibraryLoadTask;

/**
 * The open folder's whole life, for a {@link ReadingSession}: lists it in the background (the list
 * cache at once, then the folder's sync, each file read once for the list and every
 * {@link FolderParticipant}), reopens the article last read (straight from its file while a big
 * folder is still listed), opens the chosen article in the background, watches the folder and hands
 * its changes to the list and the participants. A read or a sync for a folder left behind never
 * lands in the next one. FX-thread confined.
 */
public final class FolderSession {
    private final ReadingSession session;
    private final ArticleListViewModel list;
    private final List<FolderParticipant> participants = new ArrayList<>();
    private final List<FolderSync.Run> runs = new ArrayList<>();
    private final ReadOnlyObjectWrapper<ArticleLibrary> library = new ReadOnlyObjectWrapper<>(this, "library");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Dossier");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyDoubleWrapper loadProgress = new ReadOnlyDoubleWrapper(this, "loadProgress", -1);
    private final ReadOnlyStringWrapper watchProblem = new ReadOnlyStringWrapper(this, "watchProblem", "");
    private Runnable chooseFolder = () -> { };
    private FolderSync sync;
    private FolderWatcher watcher;
    private LibraryLoadTask task;
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

    FolderSession(ReadingSession session) {
        this.session = session;
        this.list = session.list();
        list.setKeepSelection(() -> pendingLast == null);
        list.selectedProperty().addListener((obs, old, now) -> {
            if (now != null) {
                pendingLast = null;
                open(now);
            }
        });
    }

    /** The open folder, or null before one is opened. */
    public ReadOnlyObjectProperty<ArticleLibrary> libraryProperty() {
        return library.getReadOnlyProperty();
    }

    /** The window's title: the folder, then the article being read. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** True while the folder is being listed. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** How far listing the folder has come, 0 to 1 (-1 when not known). */
    public ReadOnlyDoubleProperty loadProgressProperty() {
        return loadProgress.getReadOnlyProperty();
    }

    /** Why the folder is not watched for changes, or "". */
    public ReadOnlyStringProperty watchProblemProperty() {
        return watchProblem.getReadOnlyProperty();
    }

    /** What the "Open folder…" button of a folder's problem does (the window's folder chooser). */
    public void setChooseFolder(Runnable chooseFolder) {
        this.chooseFolder = chooseFolder;
    }

    void addParticipant(FolderParticipant participant) {
        participants.add(participant);
    }

    void reload() {
        if (library.get() != null) {
            open(library.get().folder());
        }
    }

    /** Opens {@code folder}: reads it in the background, then watches it. */
    void open(Path folder) {
        open(folder, null);
    }

    /**
     * Opens {@code folder} and then the article {@code select} (an id of it), as the article last
     * read is reopened; null for the usual choice (the article last read there, else the first).
     */
    void open(Path folder, String select) {
        Path target = folder.toAbsolutePath().normalize();
        closeWatcher();
        stopRuns();
        if (task != null) {
            task.cancel();
        }
        ArticleLibrary last = library.get();
        if (last != null && !last.folder().equals(target)) {
            // Another folder: nothing of the last one may stay listed (or be opened from the new one).
            list.setAll(List.of());
            list.restrictTo(null, null);
        }
        ArticleLibrary lib = new ArticleLibrary(target);
        library.set(lib);
        sync = new FolderSync(lib);
        // A read still running for the last folder must not land in this one.
        openSequence++;
        shownEarly = null;
        String lastRead = session.settings().lastArticle().get();
        pendingLast = select != null ? select
                : !lastRead.isEmpty() && target.equals(session.settings().lastFolder().get()) ? lastRead : null;
        List<SyncTarget> others = targets(p -> p.folderOpened(lib));
        title.set("Dossier — " + (target.getFileName() != null ? target.getFileName() : target));
        metadata = MetadataCache.forFolder(target);
        CompletableFuture<Void> check = new CompletableFuture<>();
        session.firstArticle().then(() -> check.complete(null));
        // A replaced task is cancelled below, and a cancelled task hands over nothing more.
        LibraryLoadTask[] self = new LibraryLoadTask[1];
        LibraryLoadTask t = new LibraryLoadTask(sync, metadata, this::listed, check, others, run -> {
            synchronized (runs) {
                runs.add(run);
            }
        }, () -> {
            // Watched from the scan on, not from when the list is complete: a first listing of a big
            // folder runs with its indexing, and a file added meanwhile must not be missed.
            if (task == self[0] && watcher == null) {
                startWatching();
            }
        });
        self[0] = t;
        task = t;
        loading.set(true);
        loadProgress.bind(t.progressProperty());
        t.setOnSucceeded(e -> {
            if (task == t) {
                loaded(target, t.getValue());
            }
        });
        t.setOnFailed(e -> {
            if (task == t) {
                endLoading();
                list.setAll(List.of());
                session.firstArticle().open();
                session.reader().showMessage(ReadingSession.folderProblem(target, t.getException()), "Open folder…", chooseFolder);
            }
        });
        Thread thread = new Thread(t, "dossier-library-load");
        thread.setDaemon(true);
        thread.start();
        showLastArticleEarly(target, t);
    }

    FolderSync.Run resync(SyncTarget target) {
        if (sync == null) {
            return null;
        }
        FolderSync.Run run = sync.start(List.of(target), Progress.NONE);
        synchronized (runs) {
            runs.add(run);
        }
        return run;
    }

    private List<SyncTarget> targets(java.util.function.Function<FolderParticipant, SyncTarget> of) {
        List<SyncTarget> targets = new ArrayList<>();
        for (FolderParticipant p : participants) {
            SyncTarget t = of.apply(p);
            if (t != null) {
                targets.add(t);
            }
        }
        return targets;
    }

    private void endLoading() {
        loadProgress.unbind();
        loadProgress.set(-1);
        loading.set(false);
    }

    /** Reads the chosen article from its file in the background and shows it. */
    private void open(ArticleSummary summary) {
        session.settings().lastArticle().set(summary.id());
        title.set(summary.title() + " — Dossier");
        long ticket = ++openSequence;
        Article early = shownEarly;
        shownEarly = null;
        if (summary.isBroken()) {
            showProblem(summary.id(), summary.problem());
            return;
        }
        ReaderDisplay reader = session.reader();
        if (early != null && early.id().equals(summary.id()) && reader.shown() == early) {
            return;
        }
        ArticleLibrary lib = library.get();
        BackgroundTasks.task(() -> lib.read(summary.id()))
                .onSuccess(article -> {
                    if (ticket != openSequence || library.get() != lib) {
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
        session.reader().showMessage(id + " cannot be shown.\n\n" + problem, null, null);
        session.firstArticle().open();
    }

    /**
     * When reopening the folder last read, renders its last article straight from its file while the
     * list is still loading (a big folder takes seconds to read); the list then selects it as usual.
     */
    private void showLastArticleEarly(Path folder, LibraryLoadTask t) {
        String last = pendingLast;
        ReaderDisplay reader = session.reader();
        if (last == null || reader.shown() != null) {
            return;
        }
        ArticleLibrary lib = library.get();
        Path file = folder.resolve(Article.fileIdOf(last)).normalize();
        if (!file.startsWith(folder)) {
            return;
        }
        BackgroundTasks.task(() -> Files.isRegularFile(file) ? lib.read(last) : null)
                .onSuccess(article -> {
                    if (article != null && !article.isBroken() && task == t && t.isRunning()
                            && reader.shown() == null && list.selectedProperty().get() == null
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
        StartupClock.trace("folder loaded");
        endLoading();
        session.settings().lastFolder().set(folder);
        listed(articles);
        if (pendingLast != null) {
            // The article last read is gone: start at the top.
            pendingLast = null;
            if (list.selectedProperty().get() == null && !list.shown().isEmpty()) {
                list.selectFirst();
            }
        }
        if (watcher == null) {
            startWatching();
        }
        if (articles.isEmpty()) {
            session.firstArticle().open();
            session.reader().showMessage("There are no articles in " + folder + ".\n\nDossier reads plain text (.txt), "
                    + "saved web pages (.html, .mhtml), Markdown (.md), PDF, e-mail (.eml) and feed (.rss, .atom) files.",
                    "Open folder…", chooseFolder);
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
            list.selectedProperty().set(lastRead);
        } else if (pendingLast == null && list.selectedProperty().get() == null) {
            list.selectFirst();
        } else if (!first) {
            return;
        }
        list.reveal(true);
    }

    private void startWatching() {
        ArticleLibrary watched = library.get();
        FolderSync watchedSync = sync;
        MetadataCache cache = metadata;
        List<SyncTarget> targets = new ArrayList<>();
        targets.add(cache.syncTarget((read, removed) -> BackgroundTasks.onFx(() -> {
            if (library.get() == watched) {
                applyChanges(read, removed);
            }
        })));
        targets.addAll(targets(p -> p.watching(watched)));
        try {
            watcher = new FolderWatcher(watched, changed -> {
                // Read on the watcher's thread, once for the list and every participant.
                FolderSync.Changes changes = watchedSync.apply(changed, targets);
                cache.saveIfChanged();
                if (changes.rescan()) {
                    BackgroundTasks.onFx(() -> {
                        if (library.get() == watched) {
                            open(watched.folder());
                        }
                    });
                }
            });
            watchProblem.set("");
        } catch (IOException e) {
            watchProblem.set("Not watching the folder for changes: " + e.getMessage());
        }
    }

    /** The watcher's changes reach the list: {@code read}, the summaries of the files read again. */
    private void applyChanges(List<ArticleSummary> read, List<String> removedFiles) {
        ArticleSummary selected = list.selectedProperty().get();
        // Every article of a file read again or gone is replaced: a file of several items may hold fewer now.
        Set<String> touched = new java.util.HashSet<>(removedFiles);
        Set<String> kept = new java.util.HashSet<>();
        for (ArticleSummary s : read) {
            touched.add(Article.fileIdOf(s.id()));
            kept.add(s.id());
        }
        for (ArticleSummary s : List.copyOf(list.all())) {
            if (!kept.contains(s.id()) && touched.contains(Article.fileIdOf(s.id()))) {
                list.remove(s.id());
            }
        }
        read.forEach(list::put);
        if (selected != null) {
            ArticleSummary now = list.byId(selected.id());
            if (now == null) {
                if (!list.shown().isEmpty()) {
                    list.selectFirst();
                }
            } else if (read.stream().anyMatch(a -> a.id().equals(selected.id()))) {
                // The article being read changed on disk: show what it says now.
                if (now != list.selectedProperty().get()) {
                    list.selectedProperty().set(now);
                } else {
                    open(now);
                }
            }
        } else if (!list.shown().isEmpty() && pendingLast == null) {
            list.selectFirst();
        }
    }

    void close() {
        closeWatcher();
        stopRuns();
        if (task != null) {
            task.cancel();
        }
    }

    private void stopRuns() {
        synchronized (runs) {
            runs.forEach(FolderSync.Run::stop);
            runs.clear();
        }
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
