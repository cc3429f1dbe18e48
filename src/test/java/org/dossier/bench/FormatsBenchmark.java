package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.dossier.article.Article;
import org.dossier.article.ArticleReader;
import org.dossier.article.pdf.PdfFixtures;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 12's targets: a 100-page text PDF to plain text (< 1.5 s) and a 200-item feed (< 100 ms),
 * each read from its file as the library reads it. The files are written once under target/bench/.
 * Run with {@code mvn -q -o -Pbench test-compile exec:exec -Dbench.args="FormatsBenchmark"}; for the
 * cold figure (a fresh JVM), time {@code java -jar target/dossier.jar text target/bench/report-100.pdf}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FormatsBenchmark {
    static final Path PDF = Path.of("target/bench/report-100.pdf");
    static final Path FEED = Path.of("target/bench/feed-200.rss");

    @Setup
    public void setUp() throws IOException {
        writeFiles();
    }

    /** Writes the two files when they are missing (also for the cold timing by hand). */
    public static void writeFiles() throws IOException {
        Files.createDirectories(PDF.getParent());
        if (!Files.exists(PDF)) {
            PdfFixtures pdf = new PdfFixtures();
            for (int page = 0; page < 100; page++) {
                List<PdfFixtures.Text> lines = new ArrayList<>();
                lines.add(new PdfFixtures.Text(72, 40, 8, "Annual Review of the Harbour Authority"));
                float y = 80;
                for (int p = 0; y < 780; p++) {
                    for (String line : PdfFixtures.wrap(PdfFixtures.prose(page * 10 + p, 5), 450, 10)) {
                        if (y >= 780) {
                            break;
                        }
                        lines.add(new PdfFixtures.Text(72, y, 10, line));
                        y += 13;
                    }
                    y += 13;
                }
                lines.add(new PdfFixtures.Text(290, 810, 8, "Page " + (page + 1)));
                pdf.page(lines);
            }
            pdf.title("Annual Review of the Harbour Authority").write(PDF);
        }
        if (!Files.exists(FEED)) {
            StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>");
            for (int i = 0; i < 200; i++) {
                rss.append("<item><title>Story ").append(i).append("</title><link>https://example.org/").append(i)
                        .append("</link><pubDate>Sat, 08 Jul 2017 10:").append(String.format("%02d", i % 60))
                        .append(":00 GMT</pubDate><description><![CDATA[<p>").append(PdfFixtures.prose(i, 4)).append("</p><p>")
                        .append(PdfFixtures.prose(i + 1, 3)).append("</p>]]></description></item>");
            }
            Files.writeString(FEED, rss.append("</channel></rss>").toString());
        }
    }

    @Benchmark
    public List<Article> pdf100Pages() {
        return ArticleReader.readAll(PDF);
    }

    @Benchmark
    public List<Article> feed200Items() {
        return ArticleReader.readAll(FEED);
    }

    /**
     * Writes the files, then reads each once in this fresh JVM and 10 times more, printing wall and
     * thread CPU time ({@code java -cp … org.dossier.bench.FormatsBenchmark}). CPU time sees through a
     * machine shared with other builds: the reading is single-threaded, so on an idle machine its wall
     * time is its CPU time.
     */
    public static void main(String[] args) throws IOException {
        writeFiles();
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (Path f : List.of(PDF, FEED)) {
            long t = System.nanoTime();
            long c = cpu.getCurrentThreadCpuTime();
            List<Article> read = ArticleReader.readAll(f);
            System.out.printf("%s: %d article(s), %d characters; first read (cold JVM) %d ms wall, %d ms CPU%n", f,
                    read.size(), read.stream().mapToInt(a -> a.text().length()).sum(), (System.nanoTime() - t) / 1_000_000,
                    (cpu.getCurrentThreadCpuTime() - c) / 1_000_000);
            long[] cpus = new long[10];
            long[] walls = new long[10];
            for (int i = 0; i < 10; i++) {
                t = System.nanoTime();
                c = cpu.getCurrentThreadCpuTime();
                ArticleReader.readAll(f);
                walls[i] = (System.nanoTime() - t) / 1_000_000;
                cpus[i] = (cpu.getCurrentThreadCpuTime() - c) / 1_000_000;
            }
            java.util.Arrays.sort(cpus);
            java.util.Arrays.sort(walls);
            System.out.printf("    next 10 reads: median %d ms wall, %d ms CPU (fastest %d ms CPU)%n", walls[5], cpus[5], cpus[0]);
        }
    }
}
