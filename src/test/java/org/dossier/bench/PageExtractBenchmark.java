package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.dossier.article.Article;
import org.dossier.article.ArticleReader;
import org.dossier.article.html.PageExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a saved web page, warm: the story and metadata found ({@code extract}), and the whole
 * reading of the file into an article — decoding, extraction, sanitizing, text ({@code read}).
 * Pages of Readability's test set ({@code ../shared/eval/html-dev}): {@code medicalnewstoday} and
 * {@code liberation-1} are typical 150 KB / 140 KB saved news pages, {@code citylab-1} a 174 KB one,
 * {@code wikipedia-2} the largest (1 MB, 10,000 elements). Target: a typical 150 KB page under 20 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx224m"})
public class PageExtractBenchmark {
    @Param({"medicalnewstoday", "liberation-1", "citylab-1", "wikipedia-2"})
    String page;

    private Path file;
    private String html;

    @Setup
    public void setUp() throws IOException {
        file = Path.of("../shared/eval/html-dev/pages", page, "source.html");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("needs ../shared/eval/html-dev (the saved pages of Readability's test set)");
        }
        html = Files.readString(file);
    }

    @Benchmark
    public PageExtractor.Result extract() {
        return PageExtractor.extract(html);
    }

    @Benchmark
    public Article read() {
        return ArticleReader.read(file);
    }
}
