package org.dossier.ui.analysis;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.dossier.analysis.AnalysisIndex;
import org.dossier.analysis.ArticleSource;
import org.dossier.annotate.EntityIndex;
import org.dossier.article.Article;
import org.dossier.article.ArticleLibrary;
import org.dossier.article.FileArticles;
import org.dossier.article.FileStamp;
import org.dossier.article.SyncTarget;
import org.dossier.ui.session.BackgroundTasks;
import org.dossier.ui.session.FolderParticipant;
import org.dossier.ui.session.ReadingSession;

/**
 * The open folder's {@link AnalysisIndex}, for the analyst views (timeline, network, profiles): a
 * participant of the folder's sync, so every article is read once for the list, the search index,
 * the entity index and this. The first sync waits until the first article is on screen; the
 * watcher's changes replace only the changed files' articles. Each time the folder's articles or
 * the library's entity index change, the index is built again off the FX thread (coalesced: one
 * build at a time, the last change always built) and published as {@link #indexProperty()}, with
 * entity ids merged through the session's entity index. FX thread, except where said.
 */
public final class LibraryAnalysis implements FolderParticipant {
    private final ReadingSession session;
    private final ReadOnlyObjectWrapper<AnalysisIndex> index = new ReadOnlyObjectWrapper<>(AnalysisIndex.empty());
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper(false);
    private final ExecutorService builds = BackgroundTasks.serialExecutor("dossier-analysis");
    /** The live folder's articles; replaced when a folder is opened. */
    private volatile Collect live;

    public LibraryAnalysis(ReadingSession session) {
        this.session = session;
        session.addParticipant(this);
        session.entityIndexProperty().addListener((obs, old, now) -> {
            Collect c = live;
            if (c != null && c.done) {
                c.rebuild();
            }
        });
    }

    /** The index as last built (an empty one before the folder's first build); FX thread. */
    public ReadOnlyObjectProperty<AnalysisIndex> indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** Whether the index holds every article of the folder (its first sync is over). */
    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

    /**
     * Where the views read the passages of a query: the open folder's articles as they are now. Any
     * thread (read passages off the FX thread); gives null when no folder is open.
     */
    public ArticleSource articles() {
        return id -> {
            ArticleLibrary library = session.libraryProperty().get();
            return library == null ? null : library.read(id);
        };
    }

    @Override
    public SyncTarget folderOpened(ArticleLibrary library) {
        CompletableFuture<Void> firstArticle = new CompletableFuture<>();
        session.firstArticle().then(() -> firstArticle.complete(null));
        Collect c = new Collect(firstArticle);
        live = c;
        index.set(AnalysisIndex.empty());
        complete.set(false);
        return c;
    }

    @Override
    public SyncTarget watching(ArticleLibrary library) {
        return new Changes();
    }

    /** The articles of one open folder, as the sync hands them over. */
    private final class Collect implements SyncTarget {
        private final CompletableFuture<Void> startWhen;
        private final AnalysisIndex.Builder builder = new AnalysisIndex.Builder();
        private final AtomicBoolean pending = new AtomicBoolean();
        private volatile boolean done;

        Collect(CompletableFuture<Void> startWhen) {
            this.startWhen = startWhen;
        }

        /** Knows nothing: every file is read. Waits for the first article on screen. */
        @Override
        public Map<String, FileStamp> known() {
            startWhen.join();
            return Map.of();
        }

        @Override
        public void accept(FileArticles file) {
            if (live != this) {
                return;
            }
            builder.removeFile(file.fileId());
            for (Article a : file.articles()) {
                if (!a.isBroken()) {
                    builder.put(a, session.annotations().mentionsInPassing(a));
                }
            }
        }

        @Override
        public void removed(String fileId) {
            builder.removeFile(fileId);
        }

        @Override
        public void finished(boolean completed) {
            if (completed && live == this) {
                done = true;
                rebuild();
            }
        }

        /** Builds the index again on the analysis thread, unless a build is already waiting to start. */
        void rebuild() {
            if (!pending.compareAndSet(false, true)) {
                return;
            }
            builds.execute(() -> {
                pending.set(false);
                if (live != this) {
                    return;
                }
                EntityIndex[] merged = new EntityIndex[1];
                CompletableFuture<Void> read = new CompletableFuture<>();
                BackgroundTasks.onFx(() -> {
                    merged[0] = session.entityIndexProperty().get();
                    read.complete(null);
                });
                read.join();
                AnalysisIndex built = builder.build(merged[0]);
                BackgroundTasks.onFx(() -> {
                    if (live == this) {
                        index.set(built);
                        complete.set(true);
                    }
                });
            });
        }
    }

    /** The watcher's changes, into the live folder's articles; a build once they are in. */
    private final class Changes implements SyncTarget {
        @Override
        public Map<String, FileStamp> known() {
            return null;
        }

        @Override
        public void accept(FileArticles file) {
            live.accept(file);
        }

        @Override
        public void removed(String fileId) {
            live.removed(fileId);
        }

        @Override
        public void flush() {
            Collect c = live;
            if (c.done) {
                c.rebuild();
            }
        }
    }
}
