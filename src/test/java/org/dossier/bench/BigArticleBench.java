package org.dossier.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.dossier.annotate.Annotator;
import org.dossier.annotate.Mention;
import org.dossier.article.Article;
import org.dossier.article.ArticleReader;
import org.dossier.cli.Cli;
import org.dossier.render.ArticleRenderer;
import org.dossier.render.EntitySpans;
import org.dossier.render.RenderOptions;
import org.dossier.render.Span;
import org.dossier.search.SearchIndex;

/**
 * What one very big article costs each stage the window and the CLI put it through: the bundled
 * articles repeated into one line of about 9.8 MB (the size the docs allow; issue 17 measured the
 * {@code annotate} command at 7.9 s and 614 MB on such a file, and the window's 224 MB heap could not
 * show it). Prints, per stage, the best of three warm runs' CPU time and the bytes it allocated, all
 * threads counted. Run it in the window's heap to check that every stage fits:
 *
 * <pre>mvn -q -o -Pbench test-compile exec:exec -Dbench.main=org.dossier.bench.BigArticleBench -Dbench.jvm=-Xmx224m -Dbench.args=""</pre>
 */
public final class BigArticleBench {
    private static final int MAX_MARKS = 20_000; // as the window's EntitiesController

    private BigArticleBench() {
    }

    public static void main(String[] args) throws Exception {
        double mb = args.length > 0 ? Double.parseDouble(args[0]) : 9.8;
        Path dir = Files.createTempDirectory("dossier-big-article");
        Path file = dir.resolve("big.txt");
        Files.writeString(file, BigArticleText.oneLine((long) (mb * 1_000_000)), StandardCharsets.UTF_8);
        System.out.printf("%s: %.1f MB, one line, heap limit %d MB%n", file, Files.size(file) / 1e6,
                Runtime.getRuntime().maxMemory() >> 20);
        Annotator annotator = Annotator.standard();
        annotator.annotate("Warm-up in Geneva on Friday.");

        Article article = stage("read", () -> ArticleReader.read(file));
        List<Mention> mentions = stage("annotate", () -> annotator.annotate(article.text()));
        System.out.printf("    %,d words, %,d mentions%n", article.wordCount(), mentions.size());
        PrintStream devNull = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        stage("annotate command (read, annotate, JSON)", () -> Cli.run("annotate", List.of(file.toString()), devNull, devNull));
        List<Span> spans = stage("window: entity marks", () ->
                EntitySpans.firstInText(EntitySpans.of(mentions, Set.of(), Set.of(), MAX_MARKS), MAX_MARKS));
        String html = stage("window: render", () -> new ArticleRenderer().render(article, spans, RenderOptions.DEFAULT));
        System.out.printf("    page of %,d chars%n", html.length());
        Path index = dir.resolve("index");
        try (SearchIndex search = SearchIndex.open(dir, index, BigArticleText.tagger(annotator))) {
            stage("window: index upkeep (tag, Lucene)", () -> {
                search.update(article);
                return null;
            });
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** CPU time of the whole process (reads run on worker threads; GC and JIT count too), best of three runs. */
    private static <T> T stage(String name, Callable<T> work) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long bestCpu = Long.MAX_VALUE;
        long allocated = Long.MAX_VALUE;
        T result = null;
        for (int run = 0; run < 3; run++) {
            result = null;
            System.gc();
            long cpu0 = os.getProcessCpuTime();
            long bytes0 = allocatedByAllThreads();
            result = work.call();
            bestCpu = Math.min(bestCpu, os.getProcessCpuTime() - cpu0);
            allocated = Math.min(allocated, allocatedByAllThreads() - bytes0);
        }
        System.out.printf("%-42s %8.0f ms CPU %8.0f MB allocated%n", name, bestCpu / 1e6, allocated / 1e6);
        return result;
    }

    private static long allocatedByAllThreads() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long b : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            sum += Math.max(0, b);
        }
        return sum;
    }
}
