package org.dossier.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.dossier.base.CacheKeys;
import org.dossier.base.Progress;
import org.dossier.base.DataDirs;
import org.dossier.article.Article;
import org.dossier.article.ArticleLibrary;

/**
 * The full-text index of one articles folder, kept in the user cache folder
 * ({@code DataDirs.cacheDir()/index/<hash of the folder path>}) and brought up to date incrementally:
 * {@link #sync} re-reads only files whose size or modification time changed, {@link #update} and
 * {@link #remove} follow single changes (e.g. from the folder watcher). Queries are ranked (BM25,
 * title words count double) and come back with snippets and match offsets, never HTML.
 *
 * <p>Thread safety: every method may be called from any thread, and searches run concurrently with
 * each other and with indexing (they see the index as of the last update or saved sync batch).
 * Syncs are serialised. Writes never run on the caller's thread, so interrupting a caller (cancelling
 * a background task) cannot break the index; it only stops a sync early. Lucene allows one writer per
 * index: if another process (a second window, or the CLI while the window is open) holds it, the
 * index opens {@linkplain #isReadOnly() read-only} and searches its last saved state.
 * {@link #close()} when done; it saves the index.
 */
public final class SearchIndex implements AutoCloseable {
    /** Bumped whenever the fields change: an index of another version is rebuilt. */
    static final String SCHEMA = "3";
    static final String F_ID = "id";
    static final String F_TITLE = "title";
    static final String F_TEXT = "text";
    static final String F_DATE = "date";
    static final String F_SOURCE = "source";
    static final String F_SOURCE_KEY = "source_key";
    static final String F_FORMAT = "format";
    static final String F_ENTITY = "entity";
    static final String F_ENTITY_TYPE = "entity_type";
    static final String F_SIZE = "size";
    static final String F_MTIME = "mtime";
    static final String F_TAGGER = "tagger";
    /**
     * Snippets are taken from this many leading characters of an article. Scanning a 200 KB article
     * for its best passages costs ~30 ms, which would break the 50 ms budget for a page of results;
     * news puts what matters first. An article that matches only further down gets its opening as
     * its snippet (hitOffsets, for the reading pane, always covers the whole text).
     */
    static final int SNIPPET_SCAN_CHARS = 25_000;
    /**
     * Only this many leading characters of an article are indexed (and tagged): a 10 MB article's
     * postings, stored text and entity mentions took more than the window's whole heap while it was
     * being added. A million characters is some 160,000 words, far beyond any news article.
     */
    public static final int MAX_INDEXED_CHARS = 1_000_000;
    private static final int SYNC_BATCH = 64;
    private static final int COMMIT_EVERY = 2000;
    private static final Set<String> HIT_FIELDS = Set.of(F_ID, F_TITLE, F_DATE, F_SOURCE);
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();
    private static final Sort NEWEST_FIRST = new Sort(newestFirst(), new SortField(F_ID, SortField.Type.STRING));

    private final Path folder;
    private final Path indexDir;
    private final EntityTagger tagger;
    private final Analyzer analyzer = new StandardAnalyzer();
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Object syncLock = new Object();

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
        Analyzer analyzer = new StandardAnalyzer();
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

    /** Brings the index up to date with the folder; see {@link #sync(ArticleLibrary, Progress)}. */
    public SyncReport sync(ArticleLibrary library) throws IOException {
        return sync(library, Progress.NONE);
    }

    /**
     * Brings the index up to date with the folder: indexes new files and files whose size or
     * modification time changed, removes files that are gone, and saves (every 2,000 articles too, and
     * searches see each save). The work runs on a thread of the index's own and the common fork-join
     * pool, never on the caller's thread, because Lucene's file channels must not be interrupted:
     * interrupting the caller (e.g. cancelling a JavaFX {@code Task}) asks the sync to stop after the
     * current batch of 64 articles, waits for that, and returns with {@code complete = false} and the
     * thread's interrupt flag set again. What was done is kept; the next sync continues. Progress is
     * reported on the index's thread.
     */
    public SyncReport sync(ArticleLibrary library, Progress progress) throws IOException {
        return sync(library, progress, article -> { });
    }

    /**
     * As {@link #sync(ArticleLibrary, Progress)}, also handing every article it reads to {@code onRead}
     * (from the worker threads, so it must be thread-safe): {@code metadataCache::put} lets the list's
     * cache share the parsing on a first run instead of reading the whole folder a second time.
     */
    public SyncReport sync(ArticleLibrary library, Progress progress, java.util.function.Consumer<Article> onRead)
            throws IOException {
        requireWritable();
        AtomicBoolean stop = new AtomicBoolean();
        CompletableFuture<SyncReport> work = CompletableFuture.supplyAsync(() -> {
            try {
                return doSync(library, progress, onRead, stop);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, runnable -> {
            Thread t = new Thread(runnable, "dossier-index-sync");
            t.setDaemon(true);
            t.start();
        });
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return work.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                    stop.set(true);
                } catch (ExecutionException e) {
                    throw rethrow(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static IOException rethrow(Throwable cause) {
        if (cause instanceof UncheckedIOException u) {
            return u.getCause();
        }
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IOException(cause);
    }

    private SyncReport doSync(ArticleLibrary library, Progress progress, java.util.function.Consumer<Article> onRead,
                              AtomicBoolean stop) throws IOException {
        long started = System.nanoTime();
        synchronized (syncLock) {
            Map<String, Indexed> indexed = indexedFiles();
            // A feed or an e-mail is one file but several documents (FILE#1…): compare by file.
            Map<String, List<String>> indexedByFile = new HashMap<>();
            for (String id : indexed.keySet()) {
                indexedByFile.computeIfAbsent(Article.fileIdOf(id), k -> new ArrayList<>(1)).add(id);
            }
            List<Path> files = library.scan();
            List<Path> changed = new ArrayList<>();
            Set<String> present = new HashSet<>();
            int added = 0;
            int unchanged = 0;
            for (Path file : files) {
                String fileId = library.idOf(file);
                present.add(fileId);
                List<String> ids = indexedByFile.getOrDefault(fileId, List.of());
                long[] now = stat(file);
                boolean same = !ids.isEmpty() && now != null;
                for (String id : ids) {
                    Indexed was = indexed.get(id);
                    same &= was.size() == now[0] && was.mtime() == now[1]
                            && (tagger == EntityTagger.NONE || tagger.version().equals(was.tagger()));
                }
                if (same) {
                    unchanged++;
                } else {
                    changed.add(file);
                    if (ids.isEmpty()) {
                        added++;
                    }
                }
            }
            int removed = 0;
            for (String id : indexed.keySet()) {
                if (!present.contains(Article.fileIdOf(id))) {
                    writer.deleteDocuments(new Term(F_ID, id));
                    removed++;
                }
            }
            AtomicInteger done = new AtomicInteger();
            boolean complete = true;
            progress.update(0, changed.size());
            for (int from = 0; from < changed.size(); from += SYNC_BATCH) {
                if (stop.get()) {
                    complete = false;
                    break;
                }
                List<Path> batch = changed.subList(from, Math.min(changed.size(), from + SYNC_BATCH));
                try {
                    batch.parallelStream().forEach(file -> {
                        try {
                            long[] st = stat(file);
                            if (st != null) {
                                List<Article> articles = library.readAll(file);
                                Set<String> now = new HashSet<>();
                                for (Article article : articles) {
                                    write(article, st[0], st[1], tagger.tag(article), tagger.version());
                                    onRead.accept(article);
                                    now.add(article.id());
                                }
                                for (String gone : indexedByFile.getOrDefault(library.idOf(file), List.of())) {
                                    if (!now.contains(gone)) {
                                        writer.deleteDocuments(new Term(F_ID, gone));
                                    }
                                }
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                int n = done.addAndGet(batch.size());
                if (n % COMMIT_EVERY < SYNC_BATCH) {
                    writer.commit();
                    searchers.maybeRefresh();
                }
                progress.update(n, changed.size());
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
            int updated = changed.size() - added;
            if (!complete) {
                added = Math.min(added, done.get());
                updated = Math.max(0, done.get() - added);
            }
            return new SyncReport(added, updated, removed, unchanged, (System.nanoTime() - started) / 1_000_000, complete);
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
        long[] st = stat(article.file());
        if (st == null) {
            remove(article.id());
            return;
        }
        uninterruptibly(() -> {
            write(article, st[0], st[1], tags, tagger.version());
            writer.commit();
            searchers.maybeRefreshBlocking();
        });
    }

    /** Removes an article (by id, its path relative to the folder) and saves. */
    public void remove(String id) throws IOException {
        requireWritable();
        uninterruptibly(() -> {
            writer.deleteDocuments(new Term(F_ID, id));
            writer.commit();
            searchers.maybeRefreshBlocking();
        });
    }

    private interface IndexWork {
        void run() throws IOException;
    }

    /**
     * Runs index writes on a pool thread and waits without reacting to interrupts: an interrupt
     * during a write would close Lucene's file channel and with it the whole writer.
     */
    private static void uninterruptibly(IndexWork work) throws IOException {
        try {
            CompletableFuture.runAsync(() -> {
                try {
                    work.run();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).join();
        } catch (CompletionException e) {
            throw rethrow(e.getCause());
        }
    }

    private void write(Article article, long size, long mtime, EntityTagger.Tags tags, String taggerVersion)
            throws IOException {
        Document doc = new Document();
        doc.add(new StringField(F_ID, article.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(F_ID, new BytesRef(article.id())));
        doc.add(new TextField(F_TITLE, article.title(), Field.Store.YES));
        doc.add(new Field(F_TEXT, indexedText(article), TEXT_WITH_OFFSETS));
        if (article.date() != null) {
            long day = article.date().toEpochDay();
            doc.add(new LongPoint(F_DATE, day));
            doc.add(new NumericDocValuesField(F_DATE, day));
            doc.add(new StoredField(F_DATE, day));
        }
        doc.add(new StoredField(F_SOURCE, article.source()));
        if (!article.source().isBlank()) {
            doc.add(new StringField(F_SOURCE_KEY, SearchQuery.normalise(article.source()), Field.Store.NO));
        }
        doc.add(new StringField(F_FORMAT, article.format().name().toLowerCase(Locale.ROOT), Field.Store.YES));
        for (String id : tags.entityIds()) {
            doc.add(new StringField(F_ENTITY, id, Field.Store.NO));
        }
        for (String type : tags.entityTypes()) {
            doc.add(new StringField(F_ENTITY_TYPE, SearchQuery.normalise(type), Field.Store.NO));
        }
        doc.add(new NumericDocValuesField(F_SIZE, size));
        doc.add(new NumericDocValuesField(F_MTIME, mtime));
        doc.add(new SortedDocValuesField(F_TAGGER, new BytesRef(taggerVersion)));
        writer.updateDocument(new Term(F_ID, article.id()), doc);
    }

    /** The part of an article's text that is indexed: its first {@value #MAX_INDEXED_CHARS} characters. */
    public static String indexedText(Article article) {
        String text = article.text();
        return text.length() <= MAX_INDEXED_CHARS ? text : text.substring(0, MAX_INDEXED_CHARS);
    }

    /** What the index knows of one article's file. */
    private record Indexed(long size, long mtime, String tagger) {
    }

    /** id → size, mtime and tagger version of every indexed article, from doc values (no stored fields are read). */
    private Map<String, Indexed> indexedFiles() throws IOException {
        Map<String, Indexed> out = new HashMap<>();
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                SortedDocValues ids = leaf.reader().getSortedDocValues(F_ID);
                NumericDocValues sizes = leaf.reader().getNumericDocValues(F_SIZE);
                NumericDocValues mtimes = leaf.reader().getNumericDocValues(F_MTIME);
                SortedDocValues taggers = leaf.reader().getSortedDocValues(F_TAGGER);
                if (ids == null || sizes == null || mtimes == null) {
                    continue;
                }
                var live = leaf.reader().getLiveDocs();
                for (int doc = ids.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    long size = sizes.advanceExact(doc) ? sizes.longValue() : -1;
                    long mtime = mtimes.advanceExact(doc) ? mtimes.longValue() : -1;
                    String taggedBy = taggers != null && taggers.advanceExact(doc)
                            ? taggers.lookupOrd(taggers.ordValue()).utf8ToString() : "";
                    out.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), new Indexed(size, mtime, taggedBy));
                }
            }
        } finally {
            searchers.release(searcher);
        }
        return out;
    }

    /**
     * The best {@code limit} articles for the query, best first (or newest first when the query has
     * filters only), each with a snippet of up to two passages around its matches (taken from the
     * first {@value #SNIPPET_SCAN_CHARS} characters).
     *
     * @throws QuerySyntaxException when the text cannot be parsed or the filters contradict each other
     */
    public List<SearchHit> search(SearchQuery query, int limit) throws IOException, QuerySyntaxException {
        if (limit <= 0) {
            return List.of();
        }
        Query lucene = toLucene(query);
        IndexSearcher searcher = searchers.acquire();
        try {
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
            Object[] snippets = new SnippetHighlighter(highlighterFor(searcher))
                    .snippets(F_TEXT, lucene, docs, 2);
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
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : words) {
            for (String term : analyzedTerms(word)) {
                BooleanQuery.Builder either = new BooleanQuery.Builder();
                either.add(new org.apache.lucene.search.PrefixQuery(new Term(F_TEXT, term)), BooleanClause.Occur.SHOULD);
                either.add(new org.apache.lucene.search.PrefixQuery(new Term(F_TITLE, term)), BooleanClause.Occur.SHOULD);
                all.add(either.build(), BooleanClause.Occur.FILTER);
                clauses++;
            }
        }
        if (clauses == 0) {
            return Set.of();
        }
        Query query = all.build();
        Set<String> ids = new HashSet<>();
        IndexSearcher searcher = searchers.acquire();
        try {
            org.apache.lucene.search.Weight weight = searcher.createWeight(searcher.rewrite(query),
                    org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                org.apache.lucene.search.Scorer scorer = weight.scorer(leaf);
                SortedDocValues idValues = leaf.reader().getSortedDocValues(F_ID);
                if (scorer == null || idValues == null) {
                    continue;
                }
                var live = leaf.reader().getLiveDocs();
                var docs = scorer.iterator();
                for (int doc = docs.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
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

    /** {@code text} split and normalised by the index's analyzer. */
    private List<String> analyzedTerms(String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (org.apache.lucene.analysis.TokenStream tokens = analyzer.tokenStream(F_TEXT, text)) {
            var term = tokens.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        }
        return terms;
    }

    /**
     * Where the query's words and phrases occur in {@code articleText}: sorted, non-overlapping
     * {@code [start, end)} UTF-16 offsets, for marking hits in the reading pane. Filters are ignored,
     * as are words the query excludes; a word that only matched the title is not found here. Needs no
     * index access, so it is cheap and safe on any thread (about a millisecond for a long article).
     */
    public List<int[]> hitOffsets(String articleText, SearchQuery query) throws QuerySyntaxException {
        if (!query.hasText() || articleText.isEmpty()) {
            return List.of();
        }
        Query positive = positiveOnly(parse(query.text(), new QueryParser(F_TEXT, analyzer), query.text()));
        UnifiedHighlighter highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withBreakIterator(WholeBreakIterator::new)
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withMaxNoHighlightPassages(0)
                .withFormatter(Snippets.OFFSETS)
                .build();
        try {
            Object result = highlighter.highlightWithoutSearcher(F_TEXT, positive, articleText, 1);
            @SuppressWarnings("unchecked")
            List<int[]> offsets = result instanceof List<?> list ? (List<int[]>) list : List.of();
            return offsets;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("analysing text in memory cannot fail", e);
        }
    }

    private UnifiedHighlighter.Builder highlighterFor(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), 150, 0.5f))
                .withMaxLength(SNIPPET_SCAN_CHARS)
                .withMaxNoHighlightPassages(1)
                .withFormatter(Snippets.SNIPPET);
    }

    /** Exposes the highlighter's per-document objects (our {@link Snippets.Snippet}s). */
    private static final class SnippetHighlighter extends UnifiedHighlighter {
        SnippetHighlighter(UnifiedHighlighter.Builder builder) {
            super(builder);
        }

        Object[] snippets(String field, Query query, int[] docIds, int maxPassages) throws IOException {
            if (docIds.length == 0) {
                return new Object[0];
            }
            return highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {maxPassages}).get(field);
        }
    }

    /** The Lucene query: the parsed text (title and text fields) plus the filters as non-scoring clauses. */
    Query toLucene(SearchQuery q) throws QuerySyntaxException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (q.hasText()) {
            MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {F_TITLE, F_TEXT}, analyzer,
                    Map.of(F_TITLE, 2f, F_TEXT, 1f));
            b.add(parse(q.text(), parser, q.text()), BooleanClause.Occur.MUST);
        } else {
            b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        if (q.entityId() != null) {
            b.add(new TermQuery(new Term(F_ENTITY, q.entityId())), BooleanClause.Occur.FILTER);
        }
        if (q.entityType() != null) {
            b.add(new TermQuery(new Term(F_ENTITY_TYPE, SearchQuery.normalise(q.entityType()))), BooleanClause.Occur.FILTER);
        }
        if (q.source() != null) {
            b.add(new TermQuery(new Term(F_SOURCE_KEY, SearchQuery.normalise(q.source()))), BooleanClause.Occur.FILTER);
        }
        if (q.from() != null || q.to() != null) {
            long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
            long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
            if (from > to) {
                throw new QuerySyntaxException("The start date " + q.from() + " is after the end date " + q.to() + ".");
            }
            b.add(LongPoint.newRangeQuery(F_DATE, from, to), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /** Deeper than anyone groups a query; Lucene's parser recurses once a level and would overflow. */
    static final int MAX_QUERY_DEPTH = 32;

    private static Query parse(String text, QueryParser parser, String shown) throws QuerySyntaxException {
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        String quoted = shown.length() <= 80 ? shown : shown.substring(0, 77) + "...";
        if (nesting(text) > MAX_QUERY_DEPTH) {
            throw new QuerySyntaxException("The query “" + quoted + "” nests parentheses more than "
                    + MAX_QUERY_DEPTH + " levels deep: group it more simply.");
        }
        try {
            return parser.parse(text);
        } catch (ParseException | IllegalArgumentException e) {
            throw new QuerySyntaxException(QueryErrors.explain(quoted, e.getMessage()));
        } catch (org.apache.lucene.util.automaton.TooComplexToDeterminizeException e) {
            throw new QuerySyntaxException("The query “" + quoted + "” has a wildcard pattern too complex to search "
                    + "for: use fewer * and ? in one word.");
        } catch (StackOverflowError e) {
            throw new QuerySyntaxException("The query “" + quoted + "” is too complex to read: make it shorter.");
        }
    }

    /** The deepest parenthesis nesting outside quotes. */
    private static int nesting(String text) {
        int depth = 0;
        int deepest = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                deepest = Math.max(deepest, ++depth);
            } else if (!quoted && c == ')') {
                depth = Math.max(0, depth - 1);
            }
        }
        return deepest;
    }

    /** The query with its excluded clauses dropped and required ones made optional, so any match counts. */
    static Query positiveOnly(Query q) {
        if (q instanceof BoostQuery boost) {
            return positiveOnly(boost.getQuery());
        }
        if (q instanceof BooleanQuery bool) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            for (BooleanClause c : bool.clauses()) {
                if (c.getOccur() != BooleanClause.Occur.MUST_NOT) {
                    b.add(positiveOnly(c.getQuery()), BooleanClause.Occur.SHOULD);
                }
            }
            return b.build();
        }
        return q;
    }

    private static SortField newestFirst() {
        SortField byDate = new SortField(F_DATE, SortField.Type.LONG, true);
        byDate.setMissingValue(Long.MIN_VALUE);
        return byDate;
    }

    private static FieldType textWithOffsets() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    /** {size, mtime in ms} of a file, or null when it is gone. */
    private static long[] stat(Path file) throws IOException {
        try {
            var attrs = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            return new long[] {attrs.size(), attrs.lastModifiedTime().toMillis()};
        } catch (NoSuchFileException e) {
            return Files.isSymbolicLink(file) ? new long[] {-1, -1} : null;
        } catch (IOException e) {
            // A link that loops, an entry that cannot be examined: indexed as the broken article it reads as.
            return new long[] {-1, -1};
        }
    }

    private void requireWritable() {
        if (writer == null) {
            throw new IllegalStateException("The search index is in use by another Dossier process; it can be searched but not updated.");
        }
    }

    /** Saves and closes the index. */
    @Override
    public void close() throws IOException {
        synchronized (syncLock) {
            try {
                searchers.close();
                if (writer != null) {
                    writer.close();
                }
            } finally {
                directory.close();
            }
        }
    }

    /** Lists the ids in the index, sorted (for tests and diagnostics). */
    List<String> ids() throws IOException {
        return indexedFiles().keySet().stream().sorted(Comparator.naturalOrder()).toList();
    }
}
