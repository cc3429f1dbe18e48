package org.dossier.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.dossier.base.Progress;
import org.dossier.search.EntityTagger;
import org.dossier.search.SearchIndex;
import org.dossier.article.Article;
import org.dossier.article.ArticleLibrary;
import org.dossier.article.ArticleSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetadataCacheTest {
    @TempDir
    Path tmp;
    private Path folder;
    private Path cacheFile;
    private ArticleLibrary library;

    @BeforeEach
    void setUp() throws IOException {
        folder = Files.createDirectories(tmp.resolve("articles"));
        cacheFile = tmp.resolve("cache/metadata.json");
        Files.writeString(folder.resolve("a.txt"), "Grain deal signed\n\nPosted March 03, 2021\n\nMinisters signed the grain deal.\n");
        Files.writeString(folder.resolve("b.md"), "---\ntitle: Wheat talks stall\ndate: 2023-01-20\nsource: The Ledger\n---\n\nNo deal.\n");
        Files.writeString(folder.resolve("empty.txt"), "");
        library = new ArticleLibrary(folder);
    }

    /** Counts the articles a refresh had to read. */
    private int refreshReading(MetadataCache cache) throws IOException {
        AtomicInteger total = new AtomicInteger(-1);
        cache.refresh(library, (done, all) -> total.set(all));
        return total.get();
    }

    @Test
    void firstRefreshReadsEveryArticleAndSummarisesIt() throws IOException {
        MetadataCache cache = new MetadataCache(folder, cacheFile);
        List<ArticleSummary> list = cache.refresh(library, Progress.NONE);
        assertEquals(List.of("a.txt", "b.md", "empty.txt"), list.stream().map(ArticleSummary::id).toList());
        ArticleSummary a = list.get(0);
        assertEquals("Grain deal signed", a.title());
        assertEquals(LocalDate.of(2021, 3, 3), a.date());
        assertEquals(Article.Format.TEXT, a.format());
        assertTrue(a.wordCount() > 5);
        assertEquals(Files.size(folder.resolve("a.txt")), a.size());
        assertEquals("The Ledger", list.get(1).source());
        assertTrue(list.get(2).isBroken());
        assertTrue(Files.isRegularFile(cacheFile));
    }

    @Test
    void refreshHandsOverEachBatchReadAndKeepsWarnings() throws IOException {
        Files.write(folder.resolve("latin1.txt"), "Caf\u00e9 talks\n\nThe caf\u00e9 re-opened.\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        List<ArticleSummary> handed = new ArrayList<>();
        List<ArticleSummary> all = new MetadataCache(folder, cacheFile).refresh(library, Progress.NONE, handed::addAll);
        assertEquals(all.stream().map(ArticleSummary::id).sorted().toList(),
                handed.stream().map(ArticleSummary::id).sorted().toList());
        ArticleSummary latin = all.stream().filter(s -> s.id().equals("latin1.txt")).findFirst().orElseThrow();
        assertTrue(latin.warning().contains("1252"), latin.warning());
        assertEquals(latin, new MetadataCache(folder, cacheFile).cached().stream()
                .filter(s -> s.id().equals("latin1.txt")).findFirst().orElseThrow(), "the warning survives the cache");
        List<ArticleSummary> none = new ArrayList<>();
        new MetadataCache(folder, cacheFile).refresh(library, Progress.NONE, none::addAll);
        assertEquals(List.of(), none, "nothing read when nothing changed");
    }

    @Test
    void aCacheThatCannotBeWrittenDoesNotStopTheFolderFromBeingRead() throws IOException {
        Path notAFolder = Files.writeString(tmp.resolve("cache-is-a-file"), "x");
        List<ArticleSummary> list = new MetadataCache(folder, notAFolder.resolve("metadata.json")).refresh(library, Progress.NONE);
        assertEquals(List.of("a.txt", "b.md", "empty.txt"), list.stream().map(ArticleSummary::id).toList());
    }

    @Test
    void savingLeavesNoTemporaryFileBehind() throws IOException {
        MetadataCache cache = new MetadataCache(folder, cacheFile);
        cache.refresh(library, Progress.NONE);
        cache.save();
        try (var files = Files.list(cacheFile.getParent())) {
            assertEquals(List.of(cacheFile.getFileName().toString()), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void nextRunStartsFromTheCacheAndReadsNothing() throws IOException {
        List<ArticleSummary> first = new MetadataCache(folder, cacheFile).refresh(library, Progress.NONE);
        MetadataCache again = new MetadataCache(folder, cacheFile);
        assertEquals(first, again.cached());
        assertEquals(0, refreshReading(again));
        assertEquals(first, again.cached());
    }

    @Test
    void changedSizeOrTimeIsReadAgainAndGoneFilesAreDropped() throws IOException {
        new MetadataCache(folder, cacheFile).refresh(library, Progress.NONE);
        Path a = folder.resolve("a.txt");
        FileTime time = Files.getLastModifiedTime(a);
        Files.writeString(a, "Grain deal broken\n\nPosted March 09, 2021\n\nIt collapsed.\n");
        Files.setLastModifiedTime(a, time);
        Path b = folder.resolve("b.md");
        Files.setLastModifiedTime(b, FileTime.fromMillis(Files.getLastModifiedTime(b).toMillis() + 60_000));
        Files.delete(folder.resolve("empty.txt"));

        MetadataCache cache = new MetadataCache(folder, cacheFile);
        assertEquals(2, refreshReading(cache));
        List<ArticleSummary> list = cache.cached();
        assertEquals(List.of("a.txt", "b.md"), list.stream().map(ArticleSummary::id).toList());
        assertEquals("Grain deal broken", list.get(0).title());
        assertEquals(List.of("a.txt", "b.md"), new MetadataCache(folder, cacheFile).cached().stream().map(ArticleSummary::id).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "{\"version\": 1, \"articles\": 5}", "{\"version\": 99, \"articles\": []}",
            "[1, 2, 3]", "{\"version\": 1, \"folder\": \"/elsewhere\", \"articles\": []}", "\u0000\u0001binary"})
    void damagedOrForeignCacheIsIgnoredAndRebuilt(String content) throws IOException {
        Files.createDirectories(cacheFile.getParent());
        Files.writeString(cacheFile, content);
        MetadataCache cache = new MetadataCache(folder, cacheFile);
        assertEquals(List.of(), cache.cached());
        assertEquals(3, cache.refresh(library, Progress.NONE).size());
        assertEquals(3, new MetadataCache(folder, cacheFile).cached().size());
    }

    @Test
    void damagedEntryIsDroppedAndTheRestKept() throws IOException {
        new MetadataCache(folder, cacheFile).refresh(library, Progress.NONE);
        String json = Files.readString(cacheFile).replace("\"2021-03-03\"", "\"March the third\"");
        Files.writeString(cacheFile, json);
        MetadataCache cache = new MetadataCache(folder, cacheFile);
        assertEquals(List.of("b.md", "empty.txt"), cache.cached().stream().map(ArticleSummary::id).toList());
        assertEquals(1, refreshReading(cache));
    }

    @Test
    void putRecordsAWatchedChange() throws IOException {
        MetadataCache cache = new MetadataCache(folder, cacheFile);
        cache.refresh(library, Progress.NONE);
        Path c = Files.writeString(folder.resolve("c.txt"), "Harbour strike ends\n\nDock workers went back.\n");
        cache.put(library.read(c));
        cache.save();
        MetadataCache again = new MetadataCache(folder, cacheFile);
        assertNotNull(again.cached().stream().filter(s -> s.id().equals("c.txt")).findAny().orElse(null));
        assertEquals(0, refreshReading(again));
    }

    @Test
    void oneSyncFillsTheIndexAndTheCacheReadingEachFileOnce() throws IOException {
        MetadataCache cache = new MetadataCache(folder, cacheFile);
        java.util.Map<Path, Integer> reads = new java.util.concurrent.ConcurrentHashMap<>();
        FolderSync sync = new FolderSync(library, f -> {
            reads.merge(f.getFileName(), 1, Integer::sum);
            return library.readAll(f);
        }, 2);
        try (SearchIndex index = SearchIndex.open(folder, tmp.resolve("index"), EntityTagger.NONE)) {
            sync.run(List.of(cache.syncTarget((read, removed) -> { }), index.syncTarget(Progress.NONE)), Progress.NONE);
            assertEquals(3, index.size());
        }
        assertEquals(java.util.Map.of(Path.of("a.txt"), 1, Path.of("b.md"), 1, Path.of("empty.txt"), 1), reads);
        assertEquals(0, refreshReading(cache));
        assertEquals(3, new MetadataCache(folder, cacheFile).cached().size());
    }

    @Test
    void progressCountsUpToTheFilesRead() throws IOException {
        List<int[]> reports = new ArrayList<>();
        new MetadataCache(folder, cacheFile).refresh(library, (done, total) -> reports.add(new int[] {done, total}));
        assertEquals(0, reports.get(0)[0]);
        assertEquals(3, reports.get(reports.size() - 1)[0]);
        assertEquals(3, reports.get(reports.size() - 1)[1]);
    }

    @Test
    void defaultLocationIsInTheCacheFolder() {
        String before = System.getProperty("dossier.home");
        System.setProperty("dossier.home", tmp.toString());
        try {
            assertTrue(MetadataCache.forFolder(folder).location().startsWith(tmp.resolve("cache/metadata")));
        } finally {
            if (before == null) {
                System.clearProperty("dossier.home");
            } else {
                System.setProperty("dossier.home", before);
            }
        }
    }
}
