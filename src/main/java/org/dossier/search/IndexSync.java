package org.dossier.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.dossier.article.Article;
import org.dossier.article.ArticleLibrary;
import org.dossier.article.FileStamp;
import org.dossier.article.FileArticles;
import org.dossier.article.SyncTarget;
import org.dossier.base.Progress;

/**
 * The search index as a {@link SyncTarget}: it knows each file by the stamp stored with its
 * documents (a file tagged by another tagger version counts as changed, unless the tagger is
 * {@link EntityTagger#NONE}), indexes what the sync hands over — tagging it on the sync's reading
 * threads — and removes what is gone. During a run it saves every {@value #COMMIT_EVERY} files, so an
 * interrupted first indexing resumes, and at the end; outside a run (the watcher's changes) every
 * flush saves, and searches see the change at once. Thread-safe.
 */
final class IndexSync implements SyncTarget {
    static final int COMMIT_EVERY = 2000;

    private final SearchIndex index;
    private final Progress progress;
    private final AtomicInteger written = new AtomicInteger();
    private volatile boolean inRun;
    /**
     * Files whose documents are items ({@code FILE#n}), as {@link #known} found them; null before (then
     * every file may have some). Deleting by pattern costs far more than by id, so only these pay it.
     */
    private volatile java.util.Set<String> withItems;
    private int committedAt;

    IndexSync(SearchIndex index, Progress progress) {
        this.index = index;
        this.progress = progress;
    }

    @Override
    public Map<String, FileStamp> known() throws IOException {
        return index.guarded(() -> {
            inRun = true;
            EntityTagger tagger = index.tagger();
            index.searchers().maybeRefreshBlocking();
            IndexSearcher searcher = index.searchers().acquire();
            try {
                Map<String, FileStamp> byFile = new HashMap<>();
                java.util.Set<String> items = new java.util.HashSet<>();
                IndexDocuments.indexed(searcher.getIndexReader()).forEach((id, was) -> {
                    String fileId = Article.fileIdOf(id);
                    if (!fileId.equals(id)) {
                        items.add(fileId);
                    }
                    boolean retag = tagger != EntityTagger.NONE && !tagger.version().equals(was.tagger());
                    FileStamp stamp = retag ? FileStamp.UNKNOWN : was.stamp();
                    byFile.merge(fileId, stamp, (a, b) -> a.equals(b) ? a : FileStamp.UNKNOWN);
                });
                withItems = items;
                return byFile;
            } finally {
                index.searchers().release(searcher);
            }
        });
    }

    @Override
    public void accept(FileArticles file) throws IOException {
        EntityTagger tagger = index.tagger();
        index.guarded(() -> {
            IndexWriter writer = index.writer();
            boolean single = file.articles().size() == 1 && file.articles().get(0).id().equals(file.fileId());
            if (!single) {
                writer.deleteDocuments(IndexDocuments.idTerm(file.fileId()));
            }
            if (mayHaveItems(file.fileId())) {
                writer.deleteDocuments(IndexDocuments.itemsOf(file.fileId()));
            }
            for (Article a : file.articles()) {
                writer.updateDocument(IndexDocuments.idTerm(a.id()),
                        IndexDocuments.of(a, file.stamp(), tagger.tag(a), tagger.version()));
            }
            written.incrementAndGet();
            return null;
        });
    }

    @Override
    public void removed(String fileId) throws IOException {
        index.guarded(() -> {
            index.writer().deleteDocuments(IndexDocuments.idTerm(fileId));
            if (mayHaveItems(fileId)) {
                index.writer().deleteDocuments(IndexDocuments.itemsOf(fileId));
            }
            written.incrementAndGet();
            return null;
        });
    }

    private boolean mayHaveItems(String fileId) {
        java.util.Set<String> known = withItems;
        return known == null || known.contains(fileId);
    }

    @Override
    public void flush() throws IOException {
        index.guarded(() -> {
            int now = written.get();
            if (!inRun || now - committedAt >= COMMIT_EVERY) {
                committedAt = now;
                index.writer().commit();
                if (inRun) {
                    index.searchers().maybeRefresh();
                } else {
                    index.searchers().maybeRefreshBlocking();
                }
            }
            return null;
        });
    }

    @Override
    public void progress(int done, int total) {
        progress.update(done, total);
    }

    @Override
    public void finished(boolean complete) {
        inRun = false;
        try {
            index.guarded(() -> {
                index.writer().commit();
                index.searchers().maybeRefreshBlocking();
                return null;
            });
        } catch (IOException e) {
            // closed meanwhile, or the disk failed: what was committed is kept; the next sync continues
        }
    }
}
