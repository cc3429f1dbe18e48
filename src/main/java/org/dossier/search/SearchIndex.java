package org.dossier.search;

import static org.dossier.search.IndexDocuments.F_DATE;
import static org.dossier.search.IndexDocuments.F_ID;
import static org.dossier.search.IndexDocuments.F_SOURCE;
import static org.dossier.search.IndexDocuments.F_TITLE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.dossier.article.Article;
import org.dossier.article.ArticleLibrary;
import org.dossier.article.FileStamp;
import org.dossier.article.FolderSync;
import org.dossier.article.SyncTarget;
import org.dossier.base.CacheKeys;
import org.dossier.base.DataDirs;
import org.dossier.base.Progress;

/**
 * The full-text index of one articles folder, kept in the user cache folder
 * ({@code DataDirs.cacheDir()/index/<hash of the folder path>}) and brought up to date incrementally
 * by {@link FolderSync}: {@link #syncTarget} is the index's part in a sync of the folder (only files
 * whose size or modification time changed are read), {@link #sync} runs one for the index alone, and
 * {@link #update} and {@link #remove} follow single changes. Queries are ranked (BM25, title words
 * count double) and come back with snippets and match offsets, never HTML. What a document holds is
 * {@link IndexDocuments}'s; syncing, {@link IndexSync}'s; queries, {@link QueryParsing}'s; snippets
 * and hit offsets, {@link HitHighlighting}'s.
 *
 * <p>Thread safety: every method may be called from any thread, and searches run concurrently with
 * each other and with indexing (they see the index as of the last update or saved sync batch).
 * Writes never run on the caller's thread, so interrupting a caller (cancelling a background task)
 * cannot break the index; it only stops a sync early. Lucene allows one writer per index: if another
 * process (a second window, or the CLI while the window is open) holds it, the index opens
 * {@linkplain #isReadOnly() read-only} and searches its last saved state. {@link #close()} when done;
 * it waits for writes under way, saves the index, and a sync still running gets no further.
 */
public final class SearchIndex implements AutoCloseable {
    /** Bumped whenever the fields change: an index of another version is rebuilt. */
    static final String SCHEMA = IndexDocuments.SCHEMA;
    /** See {@link IndexDocuments#MAX_INDEXED_CHARS}. */
    public static final int MAX_INDEXED_CHARS = IndexDocuments.MAX_INDEXED_CHARS;
    private static final Set<String> HIT_FIELDS = Set.of(F_ID, F_TITLE, F_DATE, F_SOURCE);
    private static final Sort NEWEST_FIRST = new Sort(newestFirst(), new SortField(F_ID, SortField.Type.STRING));

    private final Path folder;
    private final Path indexDir;
    private final EntityTagger tagger;
    private final Analyzer analyzer = LanguageFields.analyzer();
    private final QueryParsing queries = new QueryParsing(analyzer);
    private final HitHighlighting highlighting = new HitHighlighting(analyzer);
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Writes hold it shared; {@link #close} holds it alone, so it waits for them and they for it. */
    private final ReadWriteLock guard = new ReentrantReadWriteLock();
    private final Object syncLock = new Object();
    private volatile boolean closed;

    private SearchIndex(Path folder, Path indexDir, EntityTagger tagger, Directory directory, IndexWriter writer,
                        SearcherManager searchers) {
        this.folder = folder;
        this.indexDir = indexDir;
        this.tagger = tagger;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
    }

    /** The index folder for an articles folder, in the user cache folder. */
    public static Path defaultLocation(Path articlesFolder) {
        return DataDirs.cacheDir().resolve("index").resolve(CacheKeys.forFolder(articlesFolder));
    }

    /** Opens (or creates) the index of {@code articlesFolder} in the user cache folder, without entities. */
    public static SearchIndex open(Path articlesFolder) throws IOException {
        return open(articlesFolder, defaultLocation(articlesFolder), EntityTagger.NONE);
    }

    /** Opens (or creates) the index of {@code articlesFolder} in the user cache folder. */
    public static SearchIndex open(Path articlesFolder, EntityTagger tagger) throws IOException {
        return open(articlesFolder, defaultLocation(articlesFolder), tagger);
    }

    /**
     * Opens (or creates) an index in {@code indexDir}. An index that is damaged, from another Lucene
     * or schema version, is emptied, and the next sync rebuilds it. Articles tagged by another tagger
     * version are re-indexed by the next sync, unless {@code tagger} is {@link EntityTagger#NONE}: an
     * opener without a tagger (the command line) keeps the entities others stored.
     */
    public static SearchIndex open(Path articlesFolder, Path indexDir, EntityTagger tagger) throws IOException {
        Path folder = articlesFolder.toAbsolutePath().normalize();
        Files.createDirectories(indexDir);
        Directory directory = FSDirectory.open(indexDir);
        Analyzer analyzer = LanguageFields.analyzer();
        IndexWriter writer;
        try {
            writer = openWriter(directory, analyzer, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        } catch (LockObtainFailedException e) {
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                throw new IOException("The search index is being built by another Dossier process; try again when it is done.");
            }
            return new SearchIndex(folder, indexDir, tagger, directory, null, new SearcherManager(directory, null));
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
                 | java.io.EOFException | NoSuchFileException e) {
            // A cache: start again rather than fail.
            for (String file : directory.listAll()) {
                if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                    directory.deleteFile(file);
                }
            }
            writer = openWriter(directory, analyzer, IndexWriterConfig.OpenMode.CREATE);
        }
        Map<String, String> expected = Map.of("schema", SCHEMA, "folder", folder.toString());
        Map<String, String> stored = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> stored.put(e.getKey(), e.getValue()));
        }
        if (!stored.equals(expected)) {
            writer.deleteAll();
            writer.setLiveCommitData(expected.entrySet());
            writer.commit();
        }
        return new SearchIndex(folder, indexDir, tagger, directory, writer, new SearcherManager(writer, null));
    }

    private static IndexWriter openWriter(Directory directory, Analyzer analyzer, IndexWriterConfig.OpenMode mode)
            throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(mode).setRAMBufferSizeMB(48);
        return new IndexWriter(directory, config);
    }

    public Path folder() {
        return folder;
    }

    public Path location() {
        return indexDir;
    }

    /** True when another process holds the index: searches work, updates throw {@link IllegalStateException}. */
    public boolean isReadOnly() {
        return writer == null;
    }

    /** How many articles are indexed (including unreadable ones, which have no text). */
    public int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /** The part of an article's text that is indexed (and tagged): its first {@value #MAX_INDEXED_CHARS} characters. */
    public static String indexedText(Article article) {
        return IndexDocuments.indexedText(article);
    }

    /**
     * This index's part in a {@link FolderSync} of its folder (see {@link IndexSync}); {@code progress}
     * counts the files read for it.
     *
     * @throws IllegalStateException when the index is read-only
     */
    public SyncTarget syncTarget(Progress progress) {
        requireWritable();
        return new IndexSync(this, progress);
    }

    /** Brings the index up to date with the folder; see {@link #sync(ArticleLibrary, Progress)}. */
    public SyncReport sync(ArticleLibrary library) throws IOException {
        return sync(library, Progress.NONE);
    }

    /**
     * Brings the index up to date with the folder, alone: indexes new files and files whose size or
     * modification time changed, removes files that are gone, and saves (every 2,000 articles too,
     * and searches see each save). Interrupting the caller (e.g. cancelling a JavaFX {@code Task})
     * asks the sync to stop after the current batch of 64 articles, waits for that, and returns with
     * {@code complete = false} and the thread's interrupt flag set again. What was done is kept; the
     * next sync continues. Progress is reported on the sync's thread. Syncs through this method are
     * serialised.
     */
    public SyncReport sync(ArticleLibrary library, Progress progress) throws IOException {
        SyncTarget target = syncTarget(progress);
        long started = System.nanoTime();
        synchronized (syncLock) {
            FolderSync.Result r = new FolderSync(library).run(List.of(target), Progress.NONE).get(target);
            if (r == null) {
                throw new IOException("The search index could not be brought up to date.");
            }
            if (r.error() != null) {
                throw r.error();
            }
            return new SyncReport(r.added(), r.updated(), r.removed(), r.unchanged(),
                    (System.nanoTime() - started) / 1_000_000, r.complete());
        }
    }

    /** Indexes (or re-indexes) one article, asking the tagger for its entities, and saves. */
    public void update(Article article) throws IOException {
        update(article, tagger.tag(article));
    }

    /**
     * Indexes (or re-indexes) one article with the given entity ids and types, and saves. They count
     * as the current tagger's: a later sync does not re-tag the article while its file is unchanged.
     */
    public void update(Article article, Collection<String> entityIds, Collection<String> entityTypes) throws IOException {
        update(article, new EntityTagger.Tags(entityIds, entityTypes));
    }

    private void update(Article article, EntityTagger.Tags tags) throws IOException {
        requireWritable();
        FileStamp st = FileStamp.of(article.file());
        if (st == null) {
            remove(article.id());
            return;
        }
        uninterruptibly(() -> guarded(() -> {
            writer.updateDocument(IndexDocuments.idTerm(article.id()), IndexDocuments.of(article, st, tags, tagger.version()));
            writer.commit();
            searchers.maybeRefreshBlocking();
            return null;
        }));
    }

    /** Removes an article (by id, its path relative to the folder) and saves. */
    public void remove(String id) throws IOException {
        requireWritable();
        uninterruptibly(() -> guarded(() -> {
            writer.deleteDocuments(IndexDocuments.idTerm(id));
            writer.commit();
            searchers.maybeRefreshBlocking();
            return null;
        }));
    }

    /** Index work that may fail with an {@link IOException}. */
    interface IndexWork<T> {
        T run() throws IOException;
    }

    /** Runs a write while the index is open, holding off {@link #close} until it is done. */
    <T> T guarded(IndexWork<T> work) throws IOException {
        guard.readLock().lock();
        try {
            if (closed) {
                throw new IOException("The search index of " + folder + " is closed.");
            }
            return work.run();
        } finally {
            guard.readLock().unlock();
        }
    }

    /**
     * Runs index writes on a pool thread and waits without reacting to interrupts: an interrupt
     * during a write would close Lucene's file channel and with it the whole writer.
     */
    private static void uninterruptibly(IndexWork<?> work) throws IOException {
        try {
            CompletableFuture.runAsync(() -> {
                try {
                    work.run();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    EntityTagger tagger() {
        return tagger;
    }

    IndexWriter writer() {
        return writer;
    }

    SearcherManager searchers() {
        return searchers;
    }

    /**
     * The best {@code limit} articles for the query, best first (or newest first when the query has
     * filters only), each with a snippet of up to two passages around its matches (taken from the
     * first {@value HitHighlighting#SNIPPET_SCAN_CHARS} characters).
     *
     * @throws QuerySyntaxException when the text cannot be parsed or the filters contradict each other
     */
    public List<SearchHit> search(SearchQuery query, int limit) throws IOException, QuerySyntaxException {
        if (limit <= 0) {
            return List.of();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            Query lucene = queries.toLucene(query, languagesIn(searcher.getIndexReader()));
            TopDocs top;
            try {
                top = query.hasText() ? searcher.search(lucene, limit) : searcher.search(lucene, limit, NEWEST_FIRST);
            } catch (IndexSearcher.TooManyClauses e) {
                throw new QuerySyntaxException("The query \"" + query.text()
                        + "\" matches too many different words; make the * or ~ parts more specific.");
            }
            int[] docs = new int[top.scoreDocs.length];
            for (int i = 0; i < docs.length; i++) {
                docs[i] = top.scoreDocs[i].doc;
            }
            Object[] snippets = highlighting.snippets(searcher, lucene, docs, 2);
            StoredFields stored = searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>(docs.length);
            for (int i = 0; i < docs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                Document d = stored.document(sd.doc, HIT_FIELDS);
                Number day = d.getField(F_DATE) == null ? null : d.getField(F_DATE).numericValue();
                Snippets.Snippet snippet = snippets[i] instanceof Snippets.Snippet s ? s : new Snippets.Snippet("", List.of());
                float score = Float.isNaN(sd.score) ? 0f : sd.score;
                hits.add(new SearchHit(d.get(F_ID), d.get(F_TITLE), day == null ? null : LocalDate.ofEpochDay(day.longValue()),
                        d.get(F_SOURCE) == null ? "" : d.get(F_SOURCE), score, snippet.text(), snippet.marks()));
            }
            return hits;
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The ids of the articles whose title or text has, for every one of {@code words}, a word that
     * starts with it ("kerr" finds Kerry): the article list's filter as you type, which cannot scan
     * texts it no longer holds. Words are split and lower-cased as the index was; empty words are
     * ignored, and no words at all match nothing. Reads doc values only: a few milliseconds over
     * 10,000 articles.
     */
    public Set<String> idsContainingAll(List<String> words) throws IOException {
        Query query = queries.allAsPrefixes(words);
        if (query == null) {
            return Set.of();
        }
        Set<String> ids = new HashSet<>();
        IndexSearcher searcher = searchers.acquire();
        try {
            Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Scorer scorer = weight.scorer(leaf);
                SortedDocValues idValues = leaf.reader().getSortedDocValues(F_ID);
                if (scorer == null || idValues == null) {
                    continue;
                }
                var live = leaf.reader().getLiveDocs();
                var docs = scorer.iterator();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if ((live == null || live.get(doc)) && idValues.advanceExact(doc)) {
                        ids.add(idValues.lookupOrd(idValues.ordValue()).utf8ToString());
                    }
                }
            }
        } catch (IndexSearcher.TooManyClauses e) {
            // a one-letter word in a huge vocabulary: too broad to filter by text
            return Set.of();
        } finally {
            searchers.release(searcher);
        }
        return ids;
    }

    /**
     * Where the query's words and phrases occur in {@code articleText}, taken as English text: see
     * {@link #hitOffsets(String, String, SearchQuery)}.
     */
    public List<int[]> hitOffsets(String articleText, SearchQuery query) throws QuerySyntaxException {
        return hitOffsets(articleText, LanguageFields.DEFAULT_LANGUAGE, query);
    }

    /**
     * Where the query's words and phrases occur in an article as this index matched it: in its
     * text, by the language it was indexed in (else the language it declares). See {@link
     * #hitOffsets(String, String, SearchQuery)}.
     */
    public List<int[]> hitOffsets(Article article, SearchQuery query) throws QuerySyntaxException, IOException {
        String indexed = indexedLanguage(article.id());
        String stemmed = indexed == null ? LanguageFields.stemmed(article.meta().lang()) : indexed.isEmpty() ? null : indexed;
        return offsets(article.text(), stemmed, query);
    }

    /**
     * Where the query's words and phrases occur in {@code articleText}, a text in {@code language}
     * (a BCP 47 tag, "" for unknown): sorted, non-overlapping {@code [start, end)} UTF-16 offsets,
     * for marking hits in the reading pane. A bare word matches its word forms as the language's
     * analyzer stems them ("sanction" marks "Sanctions") and a quoted phrase exactly what it says,
     * as searching does. Filters are ignored, as are words the query excludes; a word that only
     * matched the title is not found here. Needs no index access, so it is cheap and safe on any
     * thread (about a millisecond for a long article).
     */
    public List<int[]> hitOffsets(String articleText, String language, SearchQuery query) throws QuerySyntaxException {
        return offsets(articleText, LanguageFields.stemmed(language), query);
    }

    /** The hit offsets in a text whose word forms are {@code stemmed}'s (null: as written only). */
    private List<int[]> offsets(String text, String stemmed, SearchQuery query) throws QuerySyntaxException {
        if (!query.hasText() || text.isEmpty()) {
            return List.of();
        }
        return highlighting.offsets(text, queries.marked(query, stemmed), stemmed);
    }

    /** The language of the word-form fields an article was indexed with ("" for none), or null when it is not in the index. */
    private String indexedLanguage(String articleId) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(IndexDocuments.idTerm(articleId)), 1);
            if (top.scoreDocs.length == 0) {
                return null;
            }
            String lang = searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(IndexDocuments.F_LANG))
                    .get(IndexDocuments.F_LANG);
            return lang;
        } finally {
            searchers.release(searcher);
        }
    }

    /** The languages whose word-form fields some article of the index fills. */
    private static Set<String> languagesIn(IndexReader reader) {
        Set<String> languages = new TreeSet<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            for (FieldInfo field : leaf.reader().getFieldInfos()) {
                String language = LanguageFields.languageOfTextField(field.name);
                if (language != null) {
                    languages.add(language);
                }
            }
        }
        return languages;
    }

    /** The Lucene query for a search over the word forms of every language (for tests). */
    Query toLucene(SearchQuery q) throws QuerySyntaxException {
        return queries.toLucene(q, LanguageFields.languages());
    }

    private static SortField newestFirst() {
        SortField byDate = new SortField(F_DATE, SortField.Type.LONG, true);
        byDate.setMissingValue(Long.MIN_VALUE);
        return byDate;
    }

    private void requireWritable() {
        if (writer == null) {
            throw new IllegalStateException("The search index is in use by another Dossier process; it can be searched but not updated.");
        }
    }

    /** Waits for writes under way, then saves and closes the index; writes after it fail. */
    @Override
    public void close() throws IOException {
        guard.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            try {
                searchers.close();
                if (writer != null) {
                    writer.close();
                }
            } finally {
                directory.close();
            }
        } finally {
            guard.writeLock().unlock();
        }
    }

    /** Lists the ids in the index, sorted (for tests and diagnostics). */
    List<String> ids() throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            return IndexDocuments.indexed(searcher.getIndexReader()).keySet().stream().sorted(Comparator.naturalOrder()).toList();
        } finally {
            searchers.release(searcher);
        }
    }
}
