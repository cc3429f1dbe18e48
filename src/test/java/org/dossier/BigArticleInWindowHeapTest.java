package org.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.dossier.bench.BigArticleText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 6: a 9 MB one-line {@code .txt} (the docs allow 10 MB) showed "Could not display…:
 * Java heap space" in the window's 224 MB heap, and index upkeep failed the same way. The window's
 * work on it — reading pane, search index, entity index, all at once — runs in a child JVM with that
 * heap and must succeed. (Not a speed test: the limit only catches a hang.)
 */
class BigArticleInWindowHeapTest {
    @TempDir
    Path dir;

    @Test
    void aNineMegabyteOneLineArticleIsShownAndIndexedInTheWindowsHeap() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(folder.resolve("big.txt"), BigArticleText.oneLine(9_000_000));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                WindowProcess.HEAP, "-cp", System.getProperty("java.class.path"), BigArticleInWindowHeap.class.getName(),
                folder.toString(), dir.resolve("index").toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        p.waitFor(5, TimeUnit.MINUTES);
        List<String> lines = out.lines().filter(l -> !l.startsWith("WARNING")).toList();
        assertEquals("ok", lines.isEmpty() ? "" : lines.get(lines.size() - 1), out);
        assertEquals(0, p.exitValue());
    }
}
