package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.dossier.notebook.ArticleRef;
import org.dossier.notebook.AtomicFiles;
import org.dossier.notebook.Bookmark;
import org.dossier.notebook.BookmarkFactory;
import org.dossier.notebook.Notebook;
import org.dossier.notebook.NotebookJson;
import org.dossier.notebook.NotebookQuery;
import org.dossier.notebook.NotebookStore;
import org.dossier.notebook.PassageEntity;
import org.dossier.notebook.StoreOptions;
import org.dossier.notebook.TextPosition;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The notebook at scale (issue 5: 10,000 bookmarks load in under 300 ms and save in under 200 ms; the
 * notebook view filters them as you type). {@code load} opens the file through {@link NotebookStore}
 * (lock, read, parse, model); {@code save} is one atomic save (serialize, temp file, fsync, backup link,
 * atomic move); {@code filter*} are one keystroke's query.
 * Run: {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.openjdk.jmh.Main NotebookBenchmark}
 * (see docs/notebook.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NotebookBenchmark {
    @Param("10000")
    public int bookmarks;

    private Path dir;
    private Path file;
    private Path saveTarget;
    private Notebook notebook;
    private byte[] bytes;
    private String editedText;
    private List<Bookmark> articleBookmarks;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("notebook-bench");
        file = dir.resolve("notebook.json");
        saveTarget = dir.resolve("saved.json");
        List<Bookmark> list = generate(bookmarks);
        notebook = new Notebook(list, Map.of(), Clock.systemUTC());
        bytes = NotebookJson.write(list, Map.of());
        Files.write(file, bytes);
        Files.write(saveTarget, bytes);
        // One article's 100 bookmarks after an edit: a sentence inserted at the top shifts all of them,
        // and every tenth passage had a word changed, so it needs the approximate search.
        String text = articleText();
        List<Bookmark> onArticle = new ArrayList<>();
        StringBuilder edited = new StringBuilder(text);
        for (int i = 0; i < 100; i++) {
            int start = 200 * i + 17;
            onArticle.add(BookmarkFactory.standard().create(new org.dossier.article.Article("a.txt", Path.of("a.txt"),
                    org.dossier.article.Article.Format.TEXT, "A", null, "", text, List.of(), List.of(), List.of(), null),
                    start, start + 120, "", List.of()));
            if (i % 10 == 0) {
                edited.replace(start + 50, start + 53, "XYZ");
            }
        }
        editedText = "An editor's note was added at the top of the article.\n" + edited;
        articleBookmarks = onArticle;
    }

    private static String articleText() {
        Random random = new Random(3);
        String[] words = {"ceasefire", "Geneva", "talks", "Lavrov", "Kerry", "envoy", "Syria", "officials", "the",
            "and", "diplomats", "agreed", "week", "Moscow", "Washington", "constructive", "issues", "resolve"};
        StringBuilder text = new StringBuilder();
        while (text.length() < 20_500) {
            text.append(words[random.nextInt(words.length)]).append(random.nextInt(9) == 0 ? ".\n" : " ");
        }
        return text.toString();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        System.out.printf("%n[notebook file: %d bookmarks, %.1f MB]%n", bookmarks, bytes.length / 1048576.0);
    }

    @Benchmark
    public int load() throws IOException {
        try (NotebookStore store = NotebookStore.open(file, StoreOptions.defaults())) {
            return store.notebook().size();
        }
    }

    @Benchmark
    public void save() throws IOException {
        AtomicFiles.write(saveTarget, NotebookJson.write(notebook), AtomicFiles.backupOf(saveTarget));
    }

    @Benchmark
    public int filterByText() {
        return notebook.query(NotebookQuery.text("ceasefire geneva")).size();
    }

    @Benchmark
    public int filterByTagAndEntity() {
        return notebook.query(new NotebookQuery("talks", "tag7", "person:sergei-lavrov")).size();
    }

    /** Opening an edited article: placing its 100 bookmarks (90 by quote, 10 approximately). */
    @Benchmark
    public int reanchorEditedArticle() {
        return org.dossier.notebook.Reanchorer.anchorAll(editedText, articleBookmarks).size();
    }

    static List<Bookmark> generate(int n) {
        StringBuilder text = new StringBuilder();
        Random random = new Random(1);
        String[] words = {"ceasefire", "Geneva", "talks", "Lavrov", "Kerry", "envoy", "Syria", "officials", "the",
            "and", "diplomats", "agreed", "week", "Moscow", "Washington", "constructive", "issues", "resolve"};
        while (text.length() < 20_000) {
            text.append(words[random.nextInt(words.length)]).append(random.nextInt(9) == 0 ? ".\n" : " ");
        }
        String t = text.toString();
        List<Bookmark> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int start = random.nextInt(t.length() - 400);
            int end = start + 40 + random.nextInt(300);
            Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i * 60L);
            list.add(new Bookmark(new UUID(random.nextLong(), random.nextLong()),
                    new ArticleRef("world/article-" + (i % 500) + ".txt", "Article number " + (i % 500),
                            LocalDate.of(2016, 1 + i % 12, 1 + i % 28), "0".repeat(64)),
                    BookmarkFactory.quoteAt(t, start, end), new TextPosition(start, end),
                    "Analyst note " + i + ": worth comparing with the envoy's statement.",
                    List.of("tag" + (i % 40), "region" + (i % 7)),
                    List.of(new PassageEntity("Lavrov", "PERSON", i % 3 == 0 ? "person:sergei-lavrov" : "person:x"),
                            new PassageEntity("Geneva", "GPE", "place:geneva")), at, at));
        }
        return list;
    }
}
