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
 * generated once and reused by later runs. With {@code -Ddossier.bench.formats=true} it is the
 * corpus with PDFs, e-mails, single-file pages and feeds mixed in ({@code --formats}).
 */
final class BenchCorpus {
    private BenchCorpus() {
    }

    static Path root() {
        return Path.of(System.getProperty("dossier.bench.dir", "target/bench")).toAbsolutePath();
    }

    static Path folder(int articles) throws IOException {
        Path dir = root().resolve("corpus-" + articles);
        List<String> args = Boolean.getBoolean("dossier.bench.formats")
                ? List.of("--articles", String.valueOf(articles), "--formats", dir.toString())
                : List.of("--articles", String.valueOf(articles), dir.toString());
        int status = Cli.run("bench-corpus", args, System.out, new PrintStream(OutputStream.nullOutputStream()));
        if (status != 0) {
            throw new IOException("bench-corpus failed for " + dir + " (delete it and run again)");
        }
        return dir;
    }
}
