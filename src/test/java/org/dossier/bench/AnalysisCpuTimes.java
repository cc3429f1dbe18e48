package org.dossier.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;

import org.dossier.analysis.AnalysisIndex;
import org.dossier.analysis.GraphQuery;
import org.dossier.annotate.EntityIndex;
import org.dossier.annotate.EntityType;
import org.dossier.annotate.Mention;
import org.dossier.annotate.Annotator;
import org.dossier.article.Article;
import org.dossier.article.ArticleLibrary;

/**
 * The same operations as {@link AnalysisBenchmark}, timed in CPU time of the calling thread (median
 * of {@code ROUNDS}) besides wall time, for a machine shared with other work where wall time
 * mostly measures the wait for a core:
 * {@code java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.dossier.bench.AnalysisCpuTimes [ARTICLES] [ROUNDS]}.
 */
public final class AnalysisCpuTimes {
    private AnalysisCpuTimes() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        ArticleLibrary library = new ArticleLibrary(BenchCorpus.folder(count));
        Annotator annotator = Annotator.standard();
        AnalysisIndex.Builder builder = new AnalysisIndex.Builder();
        EntityIndex.Builder entities = new EntityIndex.Builder();
        library.scan().parallelStream().forEach(f -> {
            for (Article a : library.readAll(f)) {
                if (!a.isBroken()) {
                    List<Mention> m = annotator.annotate(a.text(), a.meta().lang());
                    builder.put(a, m);
                    synchronized (entities) {
                        entities.add(a.id(), m);
                    }
                }
            }
        });
        EntityIndex merged = entities.build();
        AnalysisIndex index = builder.build(merged);
        String person = index.graph(GraphQuery.DEFAULT.withTypes(EnumSet.of(EntityType.PERSON))).nodes().get(0).id();
        System.out.printf("%d articles; profile of %s; median of %d rounds%n", index.size(), person, rounds);
        time("timeline", rounds, () -> index.timeline(null));
        time("timelineOfOneEntity", rounds, () -> index.timeline(person));
        time("graph (200 nodes)", rounds, () -> index.graph(GraphQuery.DEFAULT));
        time("profile (50 concordance lines read from the files)", rounds, () -> index.profile(person, library::read, 20, 50));
        time("rebuild", rounds, () -> builder.build(merged));
    }

    private static void time(String what, int rounds, Supplier<Object> op) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] cpu = new double[rounds];
        double[] wall = new double[rounds];
        for (int i = 0; i < 3; i++) {
            op.get(); // warm-up
        }
        for (int i = 0; i < rounds; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long w = System.nanoTime();
            op.get();
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
            wall[i] = (System.nanoTime() - w) / 1e6;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        System.out.printf("%-55s cpu %7.1f ms   wall %7.1f ms%n", what, cpu[rounds / 2], wall[rounds / 2]);
    }
}
