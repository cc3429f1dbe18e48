package org.dossier.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.dossier.article.Article;
import org.dossier.article.ArticleReader;

/**
 * Reads every page of {@code ../shared/eval/html-dev} in one JVM and writes NAME.txt and NAME.title
 * into a folder, as {@code run.sh} does with one JVM per page; then {@code score_html.py} scores that
 * folder. For quick rounds while working on the extractor:
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.dossier.bench.HtmlDevRun OUT};
 * with {@code -Dwarm=true} every page is read once first, and the slowest warm page is reported.
 */
public final class HtmlDevRun {
    private HtmlDevRun() {
    }

    public static void main(String[] args) throws Exception {
        Path pages = Path.of(args.length > 1 ? args[1] : "../shared/eval/html-dev/pages");
        Path out = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/html-dev-fast"));
        List<Path> dirs;
        try (Stream<Path> s = Files.list(pages)) {
            dirs = s.sorted().toList();
        }
        long slowest = 0;
        String slowestName = "";
        // A first round warms the JVM up, as a window that has read a few pages is.
        if (Boolean.getBoolean("warm")) {
            for (Path dir : dirs) {
                ArticleReader.read(dir.resolve("source.html"));
            }
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        List<String> cpuRows = new java.util.ArrayList<>();
        for (Path dir : dirs) {
            String name = dir.getFileName().toString();
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            Article a = ArticleReader.read(dir.resolve("source.html"));
            long cpuMicros = (threads.getCurrentThreadCpuTime() - c0) / 1000;
            long ms = (System.nanoTime() - t0) / 1_000_000;
            cpuRows.add(String.format("%s\t%d\t%.1f", name, Files.size(dir.resolve("source.html")), cpuMicros / 1000.0));
            if (ms > slowest) {
                slowest = ms;
                slowestName = name;
            }
            Files.writeString(out.resolve(name + ".txt"), a.isBroken() ? "" : a.text());
            Files.writeString(out.resolve(name + ".title"), a.title() + "\n");
            Files.writeString(out.resolve(name + ".meta"), String.join("\n", "byline=" + a.meta().byline(),
                    "site=" + a.meta().site(), "lang=" + a.meta().lang(), "url=" + a.meta().url(),
                    "published=" + a.meta().published(), "modified=" + a.meta().modified(),
                    "warnings=" + a.warnings(), "problem=" + a.problem()) + "\n");
        }
        // CPU time of the reading thread: what a page costs, whatever else the machine is doing.
        Files.write(out.resolve("cpu-ms.tsv"), cpuRows);
        System.out.println("slowest page: " + slowestName + " " + slowest + " ms (wall); CPU ms per page in " + out.resolve("cpu-ms.tsv"));
    }
}
