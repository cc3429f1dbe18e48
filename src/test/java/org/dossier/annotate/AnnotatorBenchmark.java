package org.dossier.annotate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-thread annotation throughput on at least 5 MB of news text: the CoNLL-2003 dev texts and
 * the seed articles from {@code ../shared} repeated, or generated news-like text when that folder
 * is absent. The {@code megabytes} counter is the throughput in MB/s (1 MB = 10^6 UTF-16 chars of
 * mostly ASCII text). Run: {@code mvn -q -o -Pbench test-compile exec:exec -Dbench.args=AnnotatorBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class AnnotatorBenchmark {
    static final int TARGET_CHARS = 5_000_000;

    private List<String> documents;
    private long chars;
    private Annotator annotator;

    /** Reports processed megabytes as a rate, i.e. MB/s. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        public double megabytes;
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        documents = corpus();
        chars = documents.stream().mapToLong(String::length).sum();
        annotator = Annotator.standard();
        System.out.printf("%n[bench] %d documents, %.2f MB of text%n", documents.size(), chars / 1e6);
    }

    @Benchmark
    public int annotateCorpus(Counters counters) {
        int mentions = 0;
        for (String doc : documents) {
            mentions += annotator.annotate(doc).size();
        }
        counters.megabytes += chars / 1e6;
        return mentions;
    }

    /**
     * A quick check without JMH that also reports throughput per second of this thread's CPU time,
     * which stays meaningful when other processes share the cores:
     * {@code java -cp target/classes:target/test-classes org.dossier.annotate.AnnotatorBenchmark [ROUNDS]}.
     */
    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        List<String> docs = corpus();
        double mb = docs.stream().mapToLong(String::length).sum() / 1e6;
        Annotator annotator = Annotator.standard();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        System.out.printf("%d documents, %.2f MB%n", docs.size(), mb);
        for (int round = 1; round <= rounds; round++) {
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            int mentions = 0;
            for (String doc : docs) {
                mentions += annotator.annotate(doc).size();
            }
            double wallS = (System.nanoTime() - wall) / 1e9;
            double cpuS = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            System.out.printf("round %2d: %6.1f MB/s wall, %6.1f MB/s per CPU second (%d mentions)%n", round,
                    mb / wallS, mb / cpuS, mentions);
        }
    }

    static List<String> corpus() throws IOException {
        List<String> base = new ArrayList<>();
        Path shared = Path.of("..", "shared");
        for (Path dir : List.of(shared.resolve("eval/dev/conll2003-dev/text"), shared.resolve("seeds"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                        base.add(Files.readString(f, StandardCharsets.UTF_8));
                    }
                }
            }
        }
        if (base.isEmpty()) {
            base = generated();
        }
        List<String> docs = new ArrayList<>();
        long total = 0;
        while (total < TARGET_CHARS) {
            for (String d : base) {
                docs.add(d);
                total += d.length();
            }
        }
        return docs;
    }

    /** News-like text for machines without the shared evaluation data. */
    private static List<String> generated() {
        String[] sentences = {
            "US Secretary of State John Kerry said on Friday that talks with Russia had been constructive.",
            "The Syrian Democratic Forces seized the town of Shaddadah from Islamic State in late September.",
            "Over 260,000 people have been killed and 23 million displaced since 2011, the UN said.",
            "German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on March 3, 2018.",
            "Mr Lavrov told reporters in Moscow that four de-escalation zones would be set up next month.",
            "Shares of the Bank of England fell 3 percent as the European Central Bank kept rates unchanged.",
            "Reuters reported that Turkish troops entered northern Iraq on Sunday at noon local time."};
        Random random = new Random(42);
        List<String> docs = new ArrayList<>();
        for (int d = 0; d < 500; d++) {
            StringBuilder sb = new StringBuilder();
            for (int s = 0; s < 40; s++) {
                sb.append(sentences[random.nextInt(sentences.length)]).append(s % 5 == 4 ? "\n" : " ");
            }
            docs.add(sb.toString());
        }
        return docs;
    }
}
