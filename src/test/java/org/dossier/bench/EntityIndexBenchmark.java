package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dossier.annotate.Annotator;
import org.dossier.annotate.EntityIndex;
import org.dossier.annotate.Mention;
import org.dossier.article.Article;
import org.dossier.article.ArticleLibrary;

/**
 * How long the library entity index of the 10,000-article bench corpus takes to build, as the
 * window's index thread builds it (one thread: read, annotate, add each article, then build):
 * {@code java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.dossier.bench.EntityIndexBenchmark [ARTICLES] [ROUNDS]}.
 * Prints per round the annotate time (reading and annotating every article) and the build time
 * (merging included), in wall and CPU seconds of this thread. Not a JMH benchmark: one round is
 * many seconds long.
 */
public final class EntityIndexBenchmark {
    private EntityIndexBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        ArticleLibrary library = new ArticleLibrary(BenchCorpus.folder(articles));
        List<Path> files = library.scan();
        List<Article> read = new ArrayList<>(files.size());
        for (Path f : files) {
            read.add(library.read(f));
        }
        Annotator annotator = Annotator.standard();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            EntityIndex.Builder builder = new EntityIndex.Builder();
            for (Article a : read) {
                List<Mention> m = a.isBroken() ? List.of() : annotator.annotate(a.text());
                builder.add(a.id(), m);
            }
            long annotatedWall = System.nanoTime();
            long annotatedCpu = threads.getCurrentThreadCpuTime();
            EntityIndex index = builder.build();
            long builtWall = System.nanoTime();
            long builtCpu = threads.getCurrentThreadCpuTime();
            System.out.printf("round %d: %d articles, %d entities; annotate %.2f s (cpu %.2f), build %.3f s (cpu %.3f)%n",
                    round, read.size(), index.size(), (annotatedWall - wall) / 1e9, (annotatedCpu - cpu) / 1e9,
                    (builtWall - annotatedWall) / 1e9, (builtCpu - annotatedCpu) / 1e9);
        }
    }
}
