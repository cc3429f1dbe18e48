package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.dossier.article.ArticleLibrary;
import org.dossier.search.EntityTagger;
import org.dossier.search.SearchIndex;
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
 * The article list's filter as you type, for texts: {@link SearchIndex#idsContainingAll} over the
 * generated corpus's index (shared with {@link SearchBenchmark}), from a short prefix that matches
 * thousands of articles to two whole words.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class ListFilterBenchmark {
    @Param("10000")
    int articles;

    @Param({"re", "refinery", "refinery strike"})
    String typed;

    private SearchIndex index;
    private List<String> words;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path corpus = BenchCorpus.folder(articles);
        index = SearchIndex.open(corpus, BenchCorpus.root().resolve("index-" + articles), EntityTagger.NONE);
        index.sync(new ArticleLibrary(corpus));
        words = List.of(typed.split(" "));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        index.close();
    }

    @Benchmark
    public Set<String> idsContainingAll() throws IOException {
        return index.idsContainingAll(words);
    }
}
