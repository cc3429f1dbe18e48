package org.dossier.annotate;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold loading of the built-in gazetteers: each fork loads them once in a fresh JVM
 * ({@code SingleShotTime}), as the application does at start. Run:
 * {@code mvn -q -o -Pbench test-compile exec:exec -Dbench.args=GazetteerLoadBenchmark}.
 * {@link #main} prints the heap the loaded lists hold.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(5)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class GazetteerLoadBenchmark {
    @Benchmark
    public Object loadColdGazetteers() {
        return Gazetteer.loadFresh();
    }

    /** Prints load time and retained heap of the built-in gazetteers in this (fresh) JVM. */
    public static void main(String[] args) throws InterruptedException {
        long before = usedHeap();
        long t0 = System.nanoTime();
        Object g = Gazetteer.loadFresh();
        long t1 = System.nanoTime();
        long after = usedHeap();
        System.out.printf("gazetteer load %.0f ms (cold JVM), retained heap %.1f MB%n", (t1 - t0) / 1e6,
                (after - before) / 1048576.0);
        System.out.println(g.hashCode() != 0 ? "" : " ");
    }

    private static long usedHeap() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
