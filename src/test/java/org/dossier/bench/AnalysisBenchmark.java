package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.dossier.analysis.AnalysisIndex;
import org.dossier.analysis.EntityGraph;
import org.dossier.analysis.EntityProfile;
import org.dossier.analysis.GraphQuery;
import org.dossier.analysis.Timeline;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.EntityIndex;
import org.dossier.annotate.EntityType;
import org.dossier.annotate.Mention;
import org.dossier.article.Article;
import org.dossier.article.ArticleLibrary;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 14's analyst views over the generated corpus (10,000 articles), once the entity index and
 * the {@link AnalysisIndex} are built (the set-up reads and annotates every article, then prints
 * the index's heap): the whole timeline and one entity's, the network as the view asks for it
 * (names, 200 nodes) and over every edge, one profile with 50 concordance lines read from the
 * files, and a rebuild of the index from what it holds (after a watched change). The profile is
 * of the person most articles mention.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class AnalysisBenchmark {
    @Param("10000")
    int articles;

    private ArticleLibrary library;
    private EntityIndex entities;
    private AnalysisIndex.Builder builder;
    private AnalysisIndex index;
    private String person;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path corpus = BenchCorpus.folder(articles);
        library = new ArticleLibrary(corpus);
        Annotator annotator = Annotator.standard();
        // Every article and its mentions first, so the index's own heap can be measured apart.
        List<Object[]> read = library.scan().parallelStream().flatMap(f -> library.readAll(f).stream())
                .filter(a -> !a.isBroken())
                .map(a -> new Object[] {a, annotator.annotate(a.text(), a.meta().lang())})
                .toList();
        EntityIndex.Builder entityBuilder = new EntityIndex.Builder();
        long before = usedHeap();
        builder = new AnalysisIndex.Builder();
        for (Object[] r : read) {
            builder.put((Article) r[0], mentions(r));
        }
        AnalysisIndex unmerged = builder.build(null);
        long analysis = usedHeap() - before;
        for (Object[] r : read) {
            entityBuilder.add(((Article) r[0]).id(), mentions(r));
        }
        entities = entityBuilder.build();
        index = builder.build(entities);
        person = index.graph(GraphQuery.DEFAULT.withTypes(java.util.EnumSet.of(EntityType.PERSON))).nodes().get(0).id();
        System.out.printf("%nAnalysisIndex of %d articles, %d entities: %.1f MB of heap (builder and index); profile of %s%n",
                unmerged.size(), entities.size(), analysis / 1e6, person);
    }

    @SuppressWarnings("unchecked")
    private static List<Mention> mentions(Object[] r) {
        return (List<Mention>) r[1];
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    @Benchmark
    public Timeline timeline() {
        return index.timeline(null);
    }

    @Benchmark
    public Timeline timelineOfOneEntity() {
        return index.timeline(person);
    }

    @Benchmark
    public EntityGraph graph() {
        return index.graph(GraphQuery.DEFAULT);
    }

    @Benchmark
    public EntityGraph graphEveryEdge() {
        return index.graph(GraphQuery.DEFAULT.withMaxNodes(Integer.MAX_VALUE));
    }

    @Benchmark
    public EntityProfile profile() {
        return index.profile(person, library::read, 20, 50);
    }

    @Benchmark
    public AnalysisIndex rebuild() {
        return builder.build(entities);
    }
}
