package org.dossier.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import org.dossier.cli.Cli;

/**
 * The generated corpus the benchmarks share: {@code bench-corpus --articles N} under
 * {@code target/bench/corpus-N} (or the folder in system property {@code dossier.bench.dir}),
 * generated once and reused by later runs.
 */
final class BenchCorpus {
    private BenchCorpus() {
    }

    static Path root() {
        return Path.of(System.getProperty("dossier.bench.dir", "target/bench")).toAbsolutePath();
    }

    static Path folder(int articles) throws IOException {
        Path dir = root().resolve("corpus-" + articles);
        int status = Cli.run("bench-corpus", List.of("--articles", String.valueOf(articles), dir.toString()),
                System.out, new PrintStream(OutputStream.nullOutputStream()));
        if (status != 0) {
            throw new IOException("bench-corpus failed for " + dir + " (delete it and run again)");
        }
        return dir;
    }
}
