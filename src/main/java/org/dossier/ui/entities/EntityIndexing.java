package org.dossier.ui.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.dossier.annotate.EntityIndex;
import org.dossier.annotate.Mention;
import org.dossier.annotate.WatchList;
import org.dossier.article.Article;
import org.dossier.article.ArticleLibrary;
import org.dossier.article.FileArticles;
import org.dossier.article.FileStamp;
import org.dossier.article.FolderSync;
import org.dossier.article.SyncTarget;
import org.dossier.ui.session.BackgroundTasks;
import org.dossier.ui.session.FolderParticipant;
import org.dossier.ui.session.ReadingSession;
import org.dossier.ui.session.AnnotationService;

/**
 * The library's entity index and watch-list hits, built from every article of the open folder as a
 * participant of the folder's sync (each file is read once for the list, the search index and this):
 * the first sync of a folder waits until the first article is on screen, annotates every article and
 * publishes the index to the session and the hits to the list. Then only the articles the watcher
 * sees change are annotated again, the rest known from memory ({@link LibraryEntities}). A
 * correction or a watch-list change {@linkplain #reindex rebuilds} it all. FX-thread confined; the
 * targets it hands out are called on the sync's threads.
 */
final class EntityIndexing implements FolderParticipant {
    private final ReadingSession session;
    private final AnnotationService annotations;
    private final WatchListController watch;
    /** What the folder's articles mention, as far as it is known; replaced by a rebuild. */
    private volatile Build live;
    private FolderSync.Run rebuilding;
    /** The user's merges, applied whenever the index is built. */
    private volatile java.util.function.Supplier<org.dossier.annotate.MergeCorrections> merges =
            org.dossier.annotate.MergeCorrections::none;

    EntityIndexing(ReadingSession session, AnnotationService annotations, WatchListController watch) {
        this.session = session;
        this.annotations = annotations;
        this.watch = watch;
    }

    /** Where the user's merges come from (set once, before the first folder opens). */
    void setMerges(java.util.function.Supplier<org.dossier.annotate.MergeCorrections> merges) {
        this.merges = merges;
    }

    /**
     * The index again with the merges as they are now, from what is known of every article (none is
     * read again); then {@code after} on the FX thread. A full rebuild when no build has finished.
     */
    void remerge(Runnable after) {
        Build b = live;
        if (b == null || !b.complete) {
            reindex();
            after.run();
            return;
        }
        BackgroundTasks.task(() -> {
            b.publish();
            return null;
        }).onSuccess(x -> BackgroundTasks.onFx(after)).start();
    }

    @Override
    public SyncTarget folderOpened(ArticleLibrary library) {
        stopRebuilding();
        CompletableFuture<Void> firstArticle = new CompletableFuture<>();
        session.firstArticle().then(() -> firstArticle.complete(null));
        Build b = new Build(firstArticle);
        live = b;
        return b;
    }

    @Override
    public SyncTarget watching(ArticleLibrary library) {
        return new Changes();
    }

    /** Annotates every article again (after a correction or a watch-list change), in the background. */
    void reindex() {
        if (session.libraryProperty().get() == null) {
            return;
        }
        stopRebuilding();
        Build b = new Build(CompletableFuture.completedFuture(null));
        live = b;
        rebuilding = session.resync(b);
    }

    private void stopRebuilding() {
        if (rebuilding != null) {
            rebuilding.stop();
            rebuilding = null;
        }
    }

    /** One article's watch-list hits: mentions of watched entities and occurrences of watched terms. */
    private static int countHits(Article a, List<Mention> mentions, Set<String> entities, Set<String> terms) {
        int n = 0;
        for (Mention m : mentions) {
            if (entities.contains(m.entityId())) {
                n++;
            }
        }
        for (String t : terms) {
            n += WatchList.occurrences(a.text(), t).size();
        }
        return n;
    }

    /** One build of the index: every file of the folder read, annotated and remembered. */
    private final class Build implements SyncTarget {
        private final CompletableFuture<Void> startWhen;
        private final LibraryEntities entities = new LibraryEntities();
        /** The article ids of each file, to replace or forget a file's articles together. */
        private final Map<String, List<String>> idsOfFile = new HashMap<>();
        private volatile boolean complete;

        Build(CompletableFuture<Void> startWhen) {
            this.startWhen = startWhen;
        }

        /** Knows nothing: every file is read for a build. Waits for {@code startWhen} (the first article on screen). */
        @Override
        public Map<String, FileStamp> known() {
            startWhen.join();
            return Map.of();
        }

        @Override
        public void accept(FileArticles file) {
            if (live != this) {
                // replaced by a rebuild: its result would be thrown away
                return;
            }
            Set<String> watchedEntities = watch.entities();
            Set<String> terms = watch.terms();
            List<String> ids = new ArrayList<>();
            List<Runnable> puts = new ArrayList<>();
            for (Article a : file.articles()) {
                if (a.isBroken()) {
                    continue;
                }
                List<Mention> mentions = annotations.mentionsInPassing(a);
                int hits = countHits(a, mentions, watchedEntities, terms);
                ids.add(a.id());
                puts.add(() -> entities.put(a.id(), mentions, hits));
            }
            synchronized (entities) {
                forget(file.fileId());
                puts.forEach(Runnable::run);
                idsOfFile.put(file.fileId(), ids);
            }
        }

        @Override
        public void removed(String fileId) {
            synchronized (entities) {
                forget(fileId);
            }
        }

        private void forget(String fileId) {
            List<String> ids = idsOfFile.remove(fileId);
            if (ids != null) {
                ids.forEach(entities::remove);
            }
        }

        @Override
        public void finished(boolean done) {
            if (done && live == this) {
                complete = true;
                publish();
            }
        }

        /** Builds the index from what is known (on the calling thread) and shows it, unless a rebuild replaced this one. */
        void publish() {
            EntityIndex index;
            Map<String, Integer> hits;
            org.dossier.annotate.MergeCorrections corrections = merges.get();
            synchronized (entities) {
                index = entities.index(corrections);
                hits = entities.hits();
            }
            BackgroundTasks.onFx(() -> {
                if (live == this) {
                    session.publishEntityIndex(index);
                    session.list().watchHits().clear();
                    session.list().watchHits().putAll(hits);
                }
            });
        }
    }

    /** The watcher's changes, into whichever build is live; shown once that build is complete. */
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
            Build b = live;
            if (b.complete) {
                b.publish();
            }
        }
    }
}
