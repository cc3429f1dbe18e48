package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.dossier.article.Article;
import org.dossier.article.ArticleLibrary;
import org.dossier.search.EntityTagger;
import org.dossier.search.QuerySyntaxException;
import org.dossier.search.SearchHit;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchQuery;
import org.dossier.search.SyncReport;
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
 * Query latency over the generated corpus (10,000 articles by default), top 20 results with
 * snippets, as the search field and the {@code search} command ask for them. The corpus and its
 * index are made once (under {@code target/bench}) and reused by later runs; {@code sync} then only
 * checks sizes and times. Also times {@code hitOffsets} on the longest article (the reading-pane marks).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class SearchBenchmark {
    @Param("10000")
    int articles;

    @Param({"word", "phrase", "boolean", "prefix", "filtered", "filtersOnly"})
    String kind;

    private SearchIndex index;
    private SearchQuery query;
    private String longText;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path corpus = BenchCorpus.folder(articles);
        index = SearchIndex.open(corpus, BenchCorpus.root().resolve("index-" + articles), EntityTagger.NONE);
        SyncReport report = index.sync(new ArticleLibrary(corpus));
        if (report.changedAnything()) {
            System.out.printf("%nIndexed %d articles in %d ms%n", report.added() + report.updated(), report.millis());
        }
        query = switch (kind) {
            case "word" -> SearchQuery.of("harbour");
            case "phrase" -> SearchQuery.of("\"grain deal\"");
            case "boolean" -> SearchQuery.of("strike (port OR harbour) -flood");
            case "prefix" -> SearchQuery.of("refin* ministr*");
            case "filtered" -> SearchQuery.of("treaty").withSource("Harbor Times")
                    .withDates(LocalDate.of(2018, 1, 1), LocalDate.of(2021, 12, 31));
            case "filtersOnly" -> SearchQuery.of("").withDates(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
            default -> throw new IllegalArgumentException(kind);
        };
        ArticleLibrary library = new ArticleLibrary(corpus);
        Path longest = library.scan().stream().max(Comparator.comparingLong(SearchBenchmark::size)).orElseThrow();
        Article article = library.read(longest);
        longText = article.text();
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        index.close();
    }

    @Benchmark
    public List<SearchHit> search() throws IOException, QuerySyntaxException {
        return index.search(query, 20);
    }

    @Benchmark
    public List<int[]> hitOffsetsInLongestArticle() throws QuerySyntaxException {
        return index.hitOffsets(longText, query);
    }
}
