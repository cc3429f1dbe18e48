package org.dossier.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.dossier.article.Article;
import org.dossier.article.ArticleLibrary;
import org.dossier.cli.CorpusGenerator;
import org.dossier.render.ArticleRenderer;
import org.dossier.render.RenderOptions;
import org.dossier.render.Span;
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
 * Rendering an article to the reading pane's HTML: a bundled seed article, and a long
 * generated article (100-200 KB) with a highlight every 40 characters (what a page full of entity
 * and search marks costs).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class RenderBenchmark {
    @Param({"seed", "long"})
    String article;

    private final ArticleRenderer renderer = new ArticleRenderer();
    private Article input;
    private List<Span> spans;

    @Setup
    public void setUp() throws Exception {
        if (article.equals("seed")) {
            ArticleLibrary seeds = new ArticleLibrary(Path.of("articles"));
            input = seeds.read(seeds.scan().get(0));
        } else {
            // Article 249 of the corpus is one of its long ones (every 250th is 100-200 KB).
            CorpusGenerator.GeneratedArticle g = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED).article(249);
            Path dir = Files.createDirectories(BenchCorpus.root().resolve("render"));
            Path file = Files.writeString(dir.resolve(g.fileName()), g.content());
            input = new ArticleLibrary(dir).read(file);
        }
        spans = new ArrayList<>();
        String text = input.text();
        for (int at = 0; at + 12 < text.length(); at += 40) {
            spans.add(new Span(at, at + 12, "mark", "entity entity-person", Map.of("entity", "p" + at), null));
        }
    }

    @Benchmark
    public String renderPlain() {
        return renderer.render(input, List.of(), RenderOptions.DEFAULT);
    }

    @Benchmark
    public String renderHighlighted() {
        return renderer.render(input, spans, RenderOptions.DEFAULT);
    }
}
