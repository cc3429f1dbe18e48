package org.dossier.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.dossier.annotate.Annotator;
import org.dossier.article.Article;
import org.dossier.article.ArticleReader;
import org.dossier.render.ArticleRenderer;
import org.dossier.render.EntitySpans;
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
 * What the reading pane waits for when an article is opened: annotating a seed-sized article and
 * rendering it with its highlights into the HTML document (target: under 20 ms). Run with
 * {@code mvn -q -Pbench test-compile exec:exec -Dbench.args="ReaderBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReaderBenchmark {
    @Param({"articles/000_12460f19fc3bbb18.txt", "articles/004_624cc517c04daf42.txt"})
    public String file;

    private Article article;
    private Annotator annotator;
    private final ArticleRenderer renderer = new ArticleRenderer();

    @Setup
    public void setUp() {
        article = ArticleReader.read(Path.of(file));
        annotator = Annotator.standard();
    }

    @Benchmark
    public String annotateAndRender() {
        List<Span> spans = EntitySpans.of(annotator.annotate(article.text()), Set.of(), Set.of());
        return renderer.render(article, spans, RenderOptions.DEFAULT);
    }
}
