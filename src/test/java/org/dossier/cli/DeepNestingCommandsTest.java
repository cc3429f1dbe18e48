package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 3: 2,000 nested Markdown quotes and 10,000 nested {@code <div>}s once threw
 * StackOverflowError out of {@code text}, {@code annotate} and {@code search}. Each command runs on a
 * thread with the JVM's usual 1 MB stack (a test's main thread has more), as {@code java -jar} would.
 */
class DeepNestingCommandsTest {
    @TempDir
    Path tmp;
    private Path folder;
    private String previousHome;

    @BeforeEach
    void setUp() throws Exception {
        previousHome = System.getProperty("dossier.home");
        System.setProperty("dossier.home", tmp.resolve("home").toString());
        folder = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(folder.resolve("q.md"), "# Q\n\n" + ">".repeat(2000) + " Talks resumed in Geneva\n");
        Files.writeString(folder.resolve("d.html"), "<html><body>" + "<div>".repeat(10_000) + "Talks resumed in Geneva"
                + "</div>".repeat(10_000) + "</body></html>");
    }

    @AfterEach
    void restoreHome() {
        if (previousHome == null) {
            System.clearProperty("dossier.home");
        } else {
            System.setProperty("dossier.home", previousHome);
        }
    }

    /** Runs a command on a thread with a 1 MB stack; an Error escaping it fails the test. */
    private static CliRun onSmallStack(String command, String... args) throws Exception {
        AtomicReference<CliRun> result = new AtomicReference<>();
        AtomicReference<Throwable> escaped = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(CliRun.of(command, args));
            } catch (Throwable e) {
                escaped.set(e);
            }
        }, "small-stack", 1L << 20);
        t.start();
        t.join();
        if (escaped.get() != null) {
            throw new AssertionError(command + " let " + escaped.get() + " escape", escaped.get());
        }
        return result.get();
    }

    @Test
    void textPrintsTheTextOfDeeplyNestedMarkdownAndHtml() throws Exception {
        CliRun md = onSmallStack("text", folder.resolve("q.md").toString());
        assertEquals(0, md.status(), md.err());
        assertEquals("Q\n\nTalks resumed in Geneva", md.out());
        CliRun html = onSmallStack("text", folder.resolve("d.html").toString());
        assertEquals(0, html.status(), html.err());
        assertEquals("Talks resumed in Geneva", html.out());
    }

    @Test
    void annotateFindsTheEntityInsideTheDeepNesting() throws Exception {
        CliRun run = onSmallStack("annotate", folder.resolve("q.md").toString(), folder.resolve("d.html").toString());
        assertEquals(0, run.status(), run.err());
        String[] lines = run.out().strip().split("\n");
        assertEquals(2, lines.length, run.out());
        assertTrue(lines[0].contains("\"text\":\"Geneva\""), lines[0]);
        assertTrue(lines[1].contains("\"text\":\"Geneva\""), lines[1]);
    }

    @Test
    void searchIndexesBothAndRefusesADeeplyNestedQueryInWords() throws Exception {
        CliRun hits = onSmallStack("search", "--articles", folder.toString(), "--json", "geneva");
        assertEquals(0, hits.status(), hits.err());
        assertTrue(hits.out().contains("q.md") && hits.out().contains("d.html"), hits.out());

        CliRun deep = onSmallStack("search", "--articles", folder.toString(), "(".repeat(10_000) + "geneva" + ")".repeat(10_000));
        assertEquals(1, deep.status());
        assertTrue(deep.err().contains("nests parentheses more than 32 levels deep"), deep.err());
        assertTrue(deep.err().length() < 300, "the message quotes the query shortened: " + deep.err().length());
    }
}
