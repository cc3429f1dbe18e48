package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.dossier.Unwritable;
import org.dossier.notebook.NotebookStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 9: {@code bookmark} says exactly what was and was not written, waits for another
 * short command's lock instead of refusing, and names a pipe or a loop for what it is.
 */
class BookmarkCommandFailuresTest {
    @TempDir
    Path dir;
    Path article;
    Path notebook;

    @BeforeEach
    void setUp() throws IOException {
        article = Files.writeString(Files.createDirectories(dir.resolve("library")).resolve("talks.txt"), BookmarkCommandTest.TEXT);
        notebook = dir.resolve("data/notebook.json");
    }

    private CliRun bookmark(Path notebookFile, Path articleFile, String quote) {
        return CliRun.of("bookmark", "--notebook", notebookFile.toString(), "--article", articleFile.toString(), "--quote", quote);
    }

    @Test
    @SuppressWarnings("try") // the folder stays unwritable for the block
    void aSaveThatFailsIsReportedAsNotWrittenAndTheFileIsUnchanged() throws Exception {
        assertEquals(0, bookmark(notebook, article, "Lavrov said the ceasefire would hold").status());
        byte[] before = Files.readAllBytes(notebook);
        CliRun run;
        try (Unwritable locked = Unwritable.folder(notebook.getParent())) {
            run = bookmark(notebook, article, "Kerry said more work was needed");
        }
        assertEquals(1, run.status());
        assertEquals("", run.out(), "no id: nothing was added");
        assertTrue(run.err().contains("the bookmark was NOT saved: " + notebook + " could not be written ("), run.err());
        assertTrue(run.err().contains("The notebook file was not changed; nothing was written."), run.err());
        assertFalse(run.err().contains("retried") || run.err().contains("kept in memory"), run.err());
        assertFalse(run.err().strip().endsWith(".tmp"), "not a bare temporary file's path: " + run.err());
        assertArrayEquals(before, Files.readAllBytes(notebook));
    }

    @Test
    void aFolderThatCannotBeCreatedIsNamedWithItsReason() throws Exception {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        CliRun run = bookmark(file.resolve("notebook.json"), article, "Lavrov said the ceasefire would hold");
        assertEquals(1, run.status());
        assertTrue(run.err().contains("cannot be written (") && run.err().contains("nothing can be saved there"), run.err());
        assertTrue(run.err().contains("the bookmark was NOT saved"), run.err());
        assertFalse(run.err().contains("retried"), run.err());
    }

    @Test
    void twentyConcurrentCallsTakeTurnsAndAllAreSaved() throws Exception {
        assertEquals(0, bookmark(notebook, article, "Diplomats met in Geneva").status());
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<CliRun>> runs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            runs.add(pool.submit(() -> bookmark(notebook, article, "Lavrov said the ceasefire would hold")));
        }
        Set<String> ids = new HashSet<>();
        for (Future<CliRun> f : runs) {
            CliRun run = f.get();
            assertEquals(0, run.status(), run.err());
            ids.add(run.out().strip());
        }
        pool.shutdown();
        assertEquals(20, ids.size());
        try (NotebookStore store = NotebookStore.openReadOnly(notebook)) {
            assertEquals(21, store.notebook().size());
        }
    }

    @Test
    void aPipeOrALoopIsNamedForWhatItIsNotAsNoSuchFile() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/mkfifo")), "no mkfifo here: skipped");
        Path fifo = dir.resolve("library/pipe.txt");
        assertEquals(0, new ProcessBuilder("/usr/bin/mkfifo", fifo.toString()).start().waitFor());
        Path loop = Files.createSymbolicLink(dir.resolve("library/loop.txt"), Path.of("loop.txt"));
        for (String command : List.of("text", "annotate")) {
            CliRun pipe = CliRun.of(command, fifo.toString());
            assertEquals(1, pipe.status());
            assertTrue(pipe.err().contains("Not a regular file (a named pipe)"), pipe.err());
            CliRun looping = CliRun.of(command, loop.toString());
            assertTrue(looping.err().contains("a loop of links"), looping.err());
        }
        CliRun b = bookmark(notebook, fifo, "x");
        assertTrue(b.err().contains("Not a regular file (a named pipe)"), b.err());
        assertTrue(CliRun.of("text", dir.resolve("missing.txt").toString()).err().contains("no such file"));
    }
}
