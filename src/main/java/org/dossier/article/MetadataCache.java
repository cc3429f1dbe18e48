package org.dossier.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.dossier.base.CacheKeys;
import org.dossier.base.Progress;
import org.dossier.base.DataDirs;
import org.dossier.base.ReplaceFile;

/**
 * Per-file metadata of one articles folder (title, date, source, site, byline, word count, problem), cached as JSON
 * in the user cache folder so the article list can be shown at once on the next start. An entry is
 * valid while its file's size and modification time are unchanged. A missing, damaged or foreign
 * cache file is ignored (and replaced on the next save), never an error. The file is written to a
 * temporary file and moved into place. It is kept up to date as a {@link SyncTarget} of
 * {@link FolderSync} ({@link #syncTarget}, or {@link #refresh} on its own). Thread-safe.
 */
public final class MetadataCache {
    /** 3: entries carry the site and byline; a cache of version 2 lacks them and is read again. */
    static final int VERSION = 3;
    /**
     * Jackson's streaming API rather than data binding: the cache is read at start-up, where
     * creating an {@code ObjectMapper} and its record deserialisers cost ~0.8 s on a cold JVM.
     */
    private static final JsonFactory JSON = new JsonFactory();

    private final Path folder;
    private final Path file;
    /** Per file id, the summaries of its articles (one, except for files that hold several). */
    private Map<String, List<ArticleSummary>> entries;
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
        return sorted(loaded());
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
        new FolderSync(library).run(List.of(syncTarget((read, removed) -> readBatch.accept(read))), progress);
        return cached();
    }

    /** What a sync changed in the cache since the last flush. */
    @FunctionalInterface
    public interface Changes {
        /**
         * @param read         the summaries of the articles read (new or changed files)
         * @param removedFiles ids of the files gone
         */
        void flushed(List<ArticleSummary> read, List<String> removedFiles);
    }

    /**
     * This cache as a target of {@link FolderSync}: it takes in the summaries of the files read and
     * forgets the files gone; each flush hands what changed since the last one to {@code changes}
     * (on the sync's thread) and the end of a run saves the file when anything changed.
     */
    public SyncTarget syncTarget(Changes changes) {
        return new SyncTarget() {
            private final List<ArticleSummary> read = new ArrayList<>();
            private final List<String> removed = new ArrayList<>();

            @Override
            public Map<String, FileStamp> known() {
                Map<String, FileStamp> known = new HashMap<>();
                synchronized (MetadataCache.this) {
                    loaded().forEach((id, summaries) -> {
                        ArticleSummary first = summaries.get(0);
                        known.put(id, new FileStamp(first.size(), first.modifiedMillis()));
                    });
                }
                return known;
            }

            @Override
            public void accept(FileArticles f) {
                List<ArticleSummary> summaries = new ArrayList<>(f.articles().size());
                for (Article a : f.articles()) {
                    summaries.add(ArticleSummary.of(a, f.stamp().size(), f.stamp().modifiedMillis()));
                }
                synchronized (MetadataCache.this) {
                    loaded().put(f.fileId(), List.copyOf(summaries));
                    dirty = true;
                }
                synchronized (this) {
                    read.addAll(summaries);
                }
            }

            @Override
            public void removed(String fileId) {
                synchronized (MetadataCache.this) {
                    dirty |= loaded().remove(fileId) != null;
                }
                synchronized (this) {
                    removed.add(fileId);
                }
            }

            @Override
            public void flush() {
                List<ArticleSummary> r;
                List<String> gone;
                synchronized (this) {
                    r = List.copyOf(read);
                    gone = List.copyOf(removed);
                    read.clear();
                    removed.clear();
                }
                changes.flushed(r, gone);
            }

            @Override
            public void finished(boolean complete) {
                saveIfChanged();
            }
        };
    }

    /** Saves when anything changed; a cache folder that cannot be written is not an error (see {@link #save}). */
    public synchronized void saveIfChanged() {
        if (dirty) {
            try {
                save();
            } catch (IOException e) {
                // Only a shortcut for the next start (a read-only or full cache folder): the folder
                // itself was read, so the list is complete without it.
            }
        }
    }

    /**
     * Records one article read elsewhere (e.g. by a command that read it anyway); saved by
     * {@link #save} or at the end of the next sync.
     */
    public synchronized void put(Article article) {
        FileStamp st = FileStamp.of(article.file());
        String fileId = Article.fileIdOf(article.id());
        if (st == null) {
            remove(article.id());
            return;
        }
        ArticleSummary summary = ArticleSummary.of(article, st.size(), st.modifiedMillis());
        List<ArticleSummary> of = new ArrayList<>(loaded().getOrDefault(fileId, List.of()));
        of.removeIf(s -> s.id().equals(article.id()));
        of.add(summary);
        of.sort(Comparator.comparing(ArticleSummary::id));
        loaded().put(fileId, List.copyOf(of));
        dirty = true;
    }

    /** Forgets an article (by its id), or every article of a file (by the file's id). */
    public synchronized void remove(String id) {
        String fileId = Article.fileIdOf(id);
        List<ArticleSummary> of = loaded().get(fileId);
        if (of == null) {
            return;
        }
        List<ArticleSummary> left = id.equals(fileId) ? List.of()
                : of.stream().filter(s -> !s.id().equals(id)).toList();
        if (left.isEmpty()) {
            loaded().remove(fileId);
        } else {
            loaded().put(fileId, left);
        }
        dirty = true;
    }

    /** The ids of the entries read from the file {@code fileId} (the file itself, or its parts), sorted. */
    public synchronized List<String> idsOfFile(String fileId) {
        return loaded().getOrDefault(fileId, List.of()).stream().map(ArticleSummary::id).sorted().toList();
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
            for (ArticleSummary s : sorted(loaded())) {
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
                if (!s.site().isEmpty()) {
                    g.writeStringField("site", s.site());
                }
                if (!s.byline().isEmpty()) {
                    g.writeStringField("byline", s.byline());
                }
                g.writeNumberField("size", s.size());
                g.writeNumberField("mtime", s.modifiedMillis());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private Map<String, List<ArticleSummary>> loaded() {
        if (entries == null) {
            entries = new HashMap<>();
            for (ArticleSummary s : read().values()) {
                entries.computeIfAbsent(Article.fileIdOf(s.id()), k -> new ArrayList<>()).add(s);
            }
            entries.replaceAll((k, v) -> List.copyOf(v));
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
        String site = null;
        String byline = null;
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
                    case "site" -> site = p.getText();
                    case "byline" -> byline = p.getText();
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
                            : new Article.Structure((int) part, group, attachments, List.of()), site, byline);
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

    private static List<ArticleSummary> sorted(Map<String, List<ArticleSummary>> byFile) {
        List<ArticleSummary> all = new ArrayList<>();
        byFile.values().forEach(all::addAll);
        all.sort(Comparator.comparing(ArticleSummary::id));
        return List.copyOf(all);
    }
}
