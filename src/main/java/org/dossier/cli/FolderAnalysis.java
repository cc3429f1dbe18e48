package org.dossier.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dossier.analysis.AnalysisIndex;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.EntityIndex;
import org.dossier.annotate.MergeCorrections;
import org.dossier.annotate.Mention;
import org.dossier.article.Article;
import org.dossier.article.ArticleLibrary;
import org.dossier.base.DataDirs;

/**
 * A folder read and annotated once for the analysis commands ({@code timeline}, {@code graph},
 * {@code profile}): its {@link AnalysisIndex}, entity ids merged through its entity index (with the
 * user's merge corrections, as {@code entities} merges them).
 */
record FolderAnalysis(ArticleLibrary library, EntityIndex entities, AnalysisIndex index) {
    private static final int BATCH = 64;

    /** Reads every article of {@code folder} a batch at a time, annotating in parallel; broken ones are reported on {@code err}. */
    static FolderAnalysis of(Path folder, String command, PrintStream err) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new java.nio.file.NoSuchFileException(folder.toString(), null, "not a folder");
        }
        ArticleLibrary library = new ArticleLibrary(folder);
        Annotator annotator = Annotator.withUserGazetteer(DataDirs.userGazetteer());
        annotator.problems().forEach(p -> err.println("dossier " + command + ": user gazetteer: " + p));
        EntityIndex.Builder entities = new EntityIndex.Builder().corrections(MergeCorrections.load(DataDirs.entityMerges()));
        AnalysisIndex.Builder analysis = new AnalysisIndex.Builder();
        List<Path> files = library.scan();
        for (int from = 0; from < files.size(); from += BATCH) {
            List<Path> batch = files.subList(from, Math.min(files.size(), from + BATCH));
            batch.parallelStream().forEach(f -> {
                for (Article a : library.readAll(f)) {
                    if (a.isBroken()) {
                        synchronized (err) {
                            err.println("dossier " + command + ": " + a.id() + ": " + a.problem());
                        }
                        continue;
                    }
                    List<Mention> mentions = annotator.annotate(a.text(), a.meta().lang());
                    analysis.put(a, mentions);
                    synchronized (entities) {
                        entities.add(a.id(), mentions);
                    }
                }
            });
        }
        EntityIndex index = entities.build();
        return new FolderAnalysis(library, index, analysis.build(index));
    }
}
