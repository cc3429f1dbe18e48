package org.dossier.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.DataDirs;
import org.dossier.article.Article;
import org.dossier.article.ArticleLibrary;
import org.dossier.article.ArticleSummary;

/**
 * Per-file metadata of one articles folder (title, date, source, word count, problem), cached as JSON
 * in the user cache folder so the article list can be shown at once on the next start. An entry is
 * valid while its file's size and modification time are unchanged. A missing, damaged or foreign
 * cache file is ignored (and replaced on the next save), never an error. The file is written to a
 * temporary file and moved into place. Thread-safe: methods are synchronised, and {@link #refresh}
 * parses on the common fork-join pool.
 */
public final class MetadataCache {
    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 64;

    private final Path folder;
    private final Path file;
    private Map<String, ArticleSummary> entries;
    /** Whether entries were put or removed since the file was read or written. */
    private boolean dirty;

    public MetadataCache(Path articlesFolder, Path cacheFile) {
        this.folder = articlesFolder.toAbsolutePath().normalize();
        this.file = cacheFile;
    }

    /** The cache of {@code articlesFolder} at its place in the user cache folder. */
    public static MetadataCache forFolder(Path articlesFolder) {
        return new MetadataCache(articlesFolder, defaultLocation(articlesFolder));
    }

    public static Path defaultLocation(Path articlesFolder) {
        return DataDirs.cacheDir().resolve("metadata").resolve(CacheKeys.forFolder(articlesFolder) + ".json");
    }

    public Path location() {
        return file;
    }

    /**
     * What the cache file holds, sorted by id, without touching the articles (some entries may be
     * stale: {@link #refresh} tells). Empty when there is no usable cache. Fast: read this first.
     */
    public synchronized List<ArticleSummary> cached() {
        return sorted(loaded().values());
    }

    /**
     * Brings the cache up to date with the folder — reads only new files and files whose size or
     * modification time changed, forgets files that are gone — saves it when anything changed, and
     * returns every article's summary, sorted by id. Interrupting the calling thread stops after the
     * current batch and returns what is known (stale entries included).
     */
    public List<ArticleSummary> refresh(ArticleLibrary library, Progress progress) throws IOException {
        List<Path> files = library.scan();
        Map<String, ArticleSummary> known;
        boolean unsaved;
        synchronized (this) {
            known = new HashMap<>(loaded());
            unsaved = dirty;
        }
        Map<String, ArticleSummary> next = new ConcurrentHashMap<>();
        List<Path> toRead = new ArrayList<>();
        for (Path f : files) {
            String id = library.idOf(f);
            ArticleSummary old = known.get(id);
            long[] st = stat(f);
            if (old != null && st != null && old.size() == st[0] && old.modifiedMillis() == st[1]) {
                next.put(id, old);
            } else if (st != null) {
                toRead.add(f);
            }
        }
        boolean changed = !toRead.isEmpty() || next.size() != known.size() || unsaved;
        AtomicInteger done = new AtomicInteger();
        progress.update(0, toRead.size());
        for (int from = 0; from < toRead.size(); from += BATCH) {
            if (Thread.currentThread().isInterrupted()) {
                for (Path f : toRead.subList(from, toRead.size())) {
                    ArticleSummary old = known.get(library.idOf(f));
                    if (old != null) {
                        next.put(old.id(), old);
                    }
                }
                break;
            }
            List<Path> batch = toRead.subList(from, Math.min(toRead.size(), from + BATCH));
            try {
                batch.parallelStream().forEach(f -> {
                    try {
                        long[] st = stat(f);
                        if (st != null) {
                            Article article = library.read(f);
                            next.put(article.id(), ArticleSummary.of(article, st[0], st[1]));
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            progress.update(done.addAndGet(batch.size()), toRead.size());
        }
        synchronized (this) {
            entries = new HashMap<>(next);
            if (changed) {
                save();
            }
            return sorted(entries.values());
        }
    }

    /**
     * Records one article read elsewhere (after the folder watcher saw it change, or during
     * {@link SearchIndex#sync(ArticleLibrary, Progress, java.util.function.Consumer)}); saved by
     * {@link #save} or the next {@link #refresh}.
     */
    public synchronized void put(Article article) {
        long[] st;
        try {
            st = stat(article.file());
        } catch (IOException e) {
            st = null;
        }
        if (st == null) {
            remove(article.id());
        } else {
            loaded().put(article.id(), ArticleSummary.of(article, st[0], st[1]));
            dirty = true;
        }
    }

    public synchronized void remove(String id) {
        dirty |= loaded().remove(id) != null;
    }

    /** Writes the cache file (to a temporary file first, then moved over the old one). */
    public synchronized void save() throws IOException {
        List<Entry> rows = new ArrayList<>();
        for (ArticleSummary s : sorted(loaded().values())) {
            rows.add(new Entry(s.id(), s.title(), s.date() == null ? null : s.date().toString(), s.source(),
                    s.wordCount(), s.format().name(), s.problem(), s.size(), s.modifiedMillis()));
        }
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writeValue(tmp.toFile(), new CacheFile(VERSION, folder.toString(), rows));
        dirty = false;
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Map<String, ArticleSummary> loaded() {
        if (entries == null) {
            entries = read();
        }
        return entries;
    }

    /** The cache file's entries; empty when it is missing, damaged, of another version or folder. */
    private Map<String, ArticleSummary> read() {
        Map<String, ArticleSummary> out = new HashMap<>();
        try {
            CacheFile cache = JSON.readValue(file.toFile(), CacheFile.class);
            if (cache == null || cache.version() != VERSION || !folder.toString().equals(cache.folder())
                    || cache.articles() == null) {
                return out;
            }
            for (Entry e : cache.articles()) {
                ArticleSummary s = e.toSummary();
                if (s != null) {
                    out.put(s.id(), s);
                }
            }
        } catch (JacksonException | IllegalArgumentException e) {
            return new HashMap<>();
        } catch (IOException e) {
            // Missing or unreadable: a cache is only a shortcut.
            return new HashMap<>();
        }
        return out;
    }

    private static List<ArticleSummary> sorted(java.util.Collection<ArticleSummary> values) {
        return values.stream().sorted(Comparator.comparing(ArticleSummary::id)).toList();
    }

    private static long[] stat(Path f) throws IOException {
        try {
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
            return new long[] {a.size(), a.lastModifiedTime().toMillis()};
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** The file format (a DTO, so the record the list uses can change freely). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CacheFile(int version, String folder, List<Entry> articles) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(String id, String title, String date, String source, int words, String format, String problem,
                 long size, long mtime) {

        /** The summary, or null for an entry too damaged to use. */
        ArticleSummary toSummary() {
            if (id == null || title == null || format == null) {
                return null;
            }
            try {
                return new ArticleSummary(id, title, date == null ? null : LocalDate.parse(date), source, words,
                        Article.Format.valueOf(format), problem, size, mtime);
            } catch (DateTimeParseException | IllegalArgumentException e) {
                return null;
            }
        }
    }
}
