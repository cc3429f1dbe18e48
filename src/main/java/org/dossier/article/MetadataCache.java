package org.dossier.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.dossier.base.CacheKeys;
import org.dossier.base.Progress;
import org.dossier.base.DataDirs;
import org.dossier.base.ReplaceFile;
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
    static final int VERSION = 2;
    /**
     * Jackson's streaming API rather than data binding: the cache is read at start-up, where
     * creating an {@code ObjectMapper} and its record deserialisers cost ~0.8 s on a cold JVM.
     */
    private static final JsonFactory JSON = new JsonFactory();
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
        return refresh(library, progress, batch -> { });
    }

    /**
     * {@link #refresh(ArticleLibrary, Progress)}, handing each batch of articles read (new or changed
     * files) to {@code readBatch} as it is done, so a list can fill in while a big folder is read.
     */
    public List<ArticleSummary> refresh(ArticleLibrary library, Progress progress,
                                        java.util.function.Consumer<List<ArticleSummary>> readBatch) throws IOException {
        List<Path> files = library.scan();
        Map<String, ArticleSummary> known;
        boolean unsaved;
        synchronized (this) {
            known = new HashMap<>(loaded());
            unsaved = dirty;
        }
        Map<String, ArticleSummary> next = new ConcurrentHashMap<>();
        // A feed or an e-mail is one file but several entries (FILE#1…): entries are checked by file.
        Map<String, List<ArticleSummary>> knownByFile = byFile(known.values());
        List<Path> toRead = new ArrayList<>();
        for (Path f : files) {
            List<ArticleSummary> old = knownByFile.getOrDefault(library.idOf(f), List.of());
            long[] st = stat(f);
            if (!old.isEmpty() && st != null && old.stream().allMatch(o -> o.size() == st[0] && o.modifiedMillis() == st[1])) {
                old.forEach(o -> next.put(o.id(), o));
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
                    knownByFile.getOrDefault(library.idOf(f), List.of()).forEach(o -> next.put(o.id(), o));
                }
                break;
            }
            List<Path> batch = toRead.subList(from, Math.min(toRead.size(), from + BATCH));
            List<ArticleSummary> read = java.util.Collections.synchronizedList(new ArrayList<>());
            try {
                batch.parallelStream().forEach(f -> {
                    try {
                        long[] st = stat(f);
                        if (st != null) {
                            for (Article article : library.readAll(f)) {
                                ArticleSummary summary = ArticleSummary.of(article, st[0], st[1]);
                                next.put(article.id(), summary);
                                read.add(summary);
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (RuntimeException e) {
                        // One file's failure is that file's entry in the list, never the end of the load.
                        ArticleSummary summary = ArticleSummary.of(Article.broken(library.idOf(f), f,
                                Article.Format.TEXT, "Could not be read (" + e + ")."), -1, -1);
                        next.put(summary.id(), summary);
                        read.add(summary);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            readBatch.accept(List.copyOf(read));
            progress.update(done.addAndGet(batch.size()), toRead.size());
        }
        synchronized (this) {
            entries = new HashMap<>(next);
            if (changed) {
                try {
                    save();
                } catch (IOException e) {
                    // Only a shortcut for the next start (a read-only or full cache folder): the
                    // folder itself was read, so the list is complete without it.
                    dirty = true;
                }
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

    /**
     * Records every article read from one file, forgetting the file's entries that are no longer
     * among them (a feed that lost items). {@code articles} all come from one file.
     */
    public synchronized void putAll(List<Article> articles) {
        if (articles.isEmpty()) {
            return;
        }
        java.util.Set<String> now = new java.util.HashSet<>();
        for (Article a : articles) {
            now.add(a.id());
        }
        for (String id : idsOfFile(Article.fileIdOf(articles.get(0).id()))) {
            if (!now.contains(id)) {
                remove(id);
            }
        }
        articles.forEach(this::put);
    }

    /** The ids of the entries read from the file {@code fileId} (the file itself and its parts), sorted. */
    public synchronized List<String> idsOfFile(String fileId) {
        List<String> ids = new ArrayList<>();
        for (String id : loaded().keySet()) {
            if (Article.fileIdOf(id).equals(fileId)) {
                ids.add(id);
            }
        }
        ids.sort(null);
        return ids;
    }

    public synchronized void remove(String id) {
        dirty |= loaded().remove(id) != null;
    }

    private static Map<String, List<ArticleSummary>> byFile(java.util.Collection<ArticleSummary> summaries) {
        Map<String, List<ArticleSummary>> out = new HashMap<>();
        for (ArticleSummary s : summaries) {
            out.computeIfAbsent(s.fileId(), k -> new ArrayList<>(1)).add(s);
        }
        return out;
    }

    /** Writes the cache file (to a temporary file first, then moved over the old one). */
    public synchronized void save() throws IOException {
        // The window and a `dossier search` may save the same cache at once: ReplaceFile gives each
        // its own temporary file.
        ReplaceFile.write(file, this::write);
        dirty = false;
    }

    private void write(Path tmp) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(tmp.toFile(), JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeNumberField("version", VERSION);
            g.writeStringField("folder", folder.toString());
            g.writeArrayFieldStart("articles");
            for (ArticleSummary s : sorted(loaded().values())) {
                g.writeStartObject();
                g.writeStringField("id", s.id());
                g.writeStringField("title", s.title());
                g.writeStringField("date", s.date() == null ? null : s.date().toString());
                g.writeStringField("source", s.source());
                g.writeNumberField("words", s.wordCount());
                g.writeStringField("format", s.format().name());
                g.writeStringField("problem", s.problem());
                if (!s.warning().isEmpty()) {
                    g.writeStringField("warning", s.warning());
                }
                Article.Structure structure = s.structure();
                if (structure.part() > 0) {
                    g.writeNumberField("part", structure.part());
                }
                if (!structure.group().isEmpty()) {
                    g.writeStringField("group", structure.group());
                }
                if (!structure.attachments().isEmpty()) {
                    g.writeArrayFieldStart("attachments");
                    for (String name : structure.attachments()) {
                        g.writeString(name);
                    }
                    g.writeEndArray();
                }
                g.writeNumberField("size", s.size());
                g.writeNumberField("mtime", s.modifiedMillis());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
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
        if (!Files.isRegularFile(file)) {
            return out;
        }
        int version = -1;
        String cachedFolder = null;
        try (JsonParser p = JSON.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return new HashMap<>();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "version" -> version = p.getValueAsInt(-1);
                    case "folder" -> cachedFolder = p.getValueAsString();
                    case "articles" -> {
                        if (value != JsonToken.START_ARRAY) {
                            return new HashMap<>();
                        }
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            ArticleSummary s = readEntry(p);
                            if (s != null) {
                                out.put(s.id(), s);
                            }
                        }
                    }
                    default -> p.skipChildren();
                }
            }
        } catch (IOException | RuntimeException e) {
            // Damaged: a cache is only a shortcut, rebuilt by the next refresh.
            return new HashMap<>();
        }
        return version == VERSION && folder.toString().equals(cachedFolder) ? out : new HashMap<>();
    }

    /**
     * One entry, the parser on its START_OBJECT; null when it is too damaged to use. Plain locals and
     * a hand-made date parse: this runs 10,000 times on a cold JVM at start-up.
     */
    private static ArticleSummary readEntry(JsonParser p) throws IOException {
        String id = null;
        String title = null;
        String date = null;
        String source = null;
        String format = null;
        String problem = null;
        String warning = null;
        String group = "";
        List<String> attachments = List.of();
        long part = 0;
        long words = 0;
        long size = -1;
        long mtime = -1;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.VALUE_STRING) {
                switch (name) {
                    case "id" -> id = p.getText();
                    case "title" -> title = p.getText();
                    case "date" -> date = p.getText();
                    case "source" -> source = p.getText();
                    case "format" -> format = p.getText();
                    case "problem" -> problem = p.getText();
                    case "warning" -> warning = p.getText();
                    case "group" -> group = p.getText();
                    default -> { }
                }
            } else if (value == JsonToken.VALUE_NUMBER_INT) {
                switch (name) {
                    case "words" -> words = p.getLongValue();
                    case "size" -> size = p.getLongValue();
                    case "mtime" -> mtime = p.getLongValue();
                    case "part" -> part = p.getLongValue();
                    default -> { }
                }
            } else if (value == JsonToken.START_ARRAY && name.equals("attachments")) {
                List<String> names = new ArrayList<>();
                for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    if (t == JsonToken.VALUE_STRING) {
                        names.add(p.getText());
                    } else {
                        p.skipChildren();
                    }
                }
                attachments = names;
            } else {
                p.skipChildren();
            }
        }
        if (id == null || title == null || format == null || size < 0) {
            return null;
        }
        try {
            return new ArticleSummary(id, title, date == null ? null : isoDate(date), source, (int) words,
                    Article.Format.valueOf(format), problem, warning, size, mtime,
                    part == 0 && group.isEmpty() && attachments.isEmpty() ? Article.Structure.NONE
                            : new Article.Structure((int) part, group, attachments, List.of()));
        } catch (java.time.DateTimeException | IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code yyyy-mm-dd}, as {@link LocalDate#toString()} writes it for the years articles have. */
    private static LocalDate isoDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            throw new IllegalArgumentException("not a date: " + s);
        }
        return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10), Integer.parseInt(s, 8, 10, 10));
    }

    private static List<ArticleSummary> sorted(java.util.Collection<ArticleSummary> values) {
        return values.stream().sorted(Comparator.comparing(ArticleSummary::id)).toList();
    }

    /**
     * {size, mtime} of an entry, or null when nothing is there any more. An entry that cannot be
     * followed (a link that loops or points nowhere) gives the link's own; one that cannot be
     * examined at all {-1, -1}: it is read again, and listed with its reason, every time.
     */
    private static long[] stat(Path f) throws IOException {
        try {
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
            return new long[] {a.size(), a.lastModifiedTime().toMillis()};
        } catch (IOException e) {
            try {
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                return new long[] {a.size(), a.lastModifiedTime().toMillis()};
            } catch (NoSuchFileException gone) {
                return null;
            } catch (IOException unreadable) {
                return new long[] {-1, -1};
            }
        }
    }
}
