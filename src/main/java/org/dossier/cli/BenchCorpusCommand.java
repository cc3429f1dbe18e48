package org.dossier.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code bench-corpus --articles N [--seed S] [--formats] DIR}: writes a reproducible news-like corpus
 * for the benchmarks; {@code --formats} makes every tenth file a PDF, an e-mail, a single-file page or
 * a feed. DIR must be new or empty; a folder this command wrote before with the same count, seed and
 * mix is left as it is (a hidden marker file records them).
 */
final class BenchCorpusCommand implements Command {
    static final String MARKER = ".dossier-corpus";

    @Override
    public String usage() {
        return "bench-corpus --articles N [--seed S] [--formats] DIR";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        CommandArgs parsed = CommandArgs.parse(args, Set.of("articles", "seed"), Set.of(), Set.of("formats"));
        boolean formats = parsed.has("formats");
        if (parsed.operands().size() > 1) {
            throw new UsageException("unexpected argument: " + parsed.operands().get(1));
        }
        Integer count = parsed.get("articles") == null ? null : parsed.positive("articles", 0);
        long seed = parsed.get("seed") == null ? CorpusGenerator.DEFAULT_SEED : parseLong(parsed.get("seed"), "--seed");
        Path dir = parsed.operands().isEmpty() ? null : Path.of(parsed.operands().get(0));
        if (count == null || dir == null) {
            throw new UsageException("expected --articles N and a folder");
        }
        String marker = "articles=" + count + " seed=" + seed + (formats ? " formats" : "") + "\n";
        Path markerFile = dir.resolve(MARKER);
        if (Files.isDirectory(dir) && !isEmpty(dir)) {
            if (Files.isRegularFile(markerFile) && Files.readString(markerFile).equals(marker)) {
                out.println("Already generated: " + count + " articles (seed " + seed + ") in " + dir);
                return 0;
            }
            err.println("dossier bench-corpus: " + dir + " is not empty; choose a new or empty folder.");
            return 1;
        }
        Files.createDirectories(dir);
        long started = System.nanoTime();
        CorpusGenerator.Stats stats = new CorpusGenerator(seed, formats).write(dir, count);
        Files.writeString(markerFile, marker, StandardCharsets.UTF_8);
        out.printf("Wrote %d %s (%.1f MB, seed %d) to %s in %d ms%n", stats.articles(), formats ? "files" : "articles",
                stats.bytes() / 1048576.0, seed, dir, (System.nanoTime() - started) / 1_000_000);
        return 0;
    }

    private static boolean isEmpty(Path dir) throws java.io.IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static long parseLong(String v, String option) throws UsageException {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a whole number, not \"" + v + "\"");
        }
    }
}
