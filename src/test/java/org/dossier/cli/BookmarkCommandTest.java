package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.dossier.notebook.Bookmark;
import org.dossier.notebook.LoadReport;
import org.dossier.notebook.NotebookStore;
import org.dossier.notebook.TextHash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookmarkCommandTest {
    static final String TEXT = "Talks in Geneva\n\nDiplomats met in Geneva on Friday. Lavrov said the ceasefire "
            + "would hold. Kerry said more work was needed.\n";

    @TempDir
    Path dir;
    Path article;
    Path notebook;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(dir.resolve("library/world"));
        article = Files.writeString(dir.resolve("library/world/talks.txt"), TEXT);
        notebook = dir.resolve("data/notebook.json");
    }

    private List<Bookmark> saved() throws IOException {
        try (NotebookStore store = NotebookStore.openReadOnly(notebook)) {
            assertEquals(LoadReport.Status.LOADED, store.loadReport().status());
            return store.notebook().bookmarks();
        }
    }

    @Test
    void addsTheBookmarkAsTheUiWouldAndPrintsItsId() throws IOException {
        CliRun run = CliRun.of("bookmark", "--notebook", notebook.toString(), "--article", article.toString(),
                "--quote", "Lavrov said the ceasefire would hold", "--note", "Conditional", "--tag", "russia",
                "--tag", "talks");
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        Bookmark b = saved().get(0);
        assertEquals(UUID.fromString(run.out().strip()), b.id());
        int start = TEXT.indexOf("Lavrov");
        assertEquals(start, b.position().start());
        assertEquals(start + 36, b.position().end());
        assertEquals(TEXT.substring(start - 32, start), b.quote().prefix());
        assertEquals("Conditional", b.note());
        assertEquals(List.of("russia", "talks"), List.copyOf(b.tags()));
        assertEquals("talks.txt", b.article().id());
        assertEquals(TextHash.sha256(TEXT), b.article().textSha256());
        assertEquals("Talks in Geneva", b.article().title());
    }

    @Test
    void articlesFolderGivesTheLibraryRelativeId() throws IOException {
        CliRun run = CliRun.of("bookmark", "--notebook", notebook.toString(), "--article", article.toString(),
                "--articles", dir.resolve("library").toString(), "--quote", "Kerry");
        assertEquals(0, run.status(), run.err());
        assertEquals("world/talks.txt", saved().get(0).article().id());
    }

    @Test
    void quoteNotInTheArticleFailsNamingTheArticleAndWritesNothing() {
        CliRun run = CliRun.of("bookmark", "--notebook", notebook.toString(), "--article", article.toString(),
                "--quote", "Lavrov said the truce");
        assertEquals(1, run.status());
        assertTrue(run.err().contains("is not in the article " + article), run.err());
        assertEquals("", run.out());
        assertFalse(Files.exists(notebook));
    }

    @Test
    void repeatedQuoteTakesTheFirstAndSaysSo() throws IOException {
        CliRun run = CliRun.of("bookmark", "--notebook", notebook.toString(), "--article", article.toString(),
                "--quote", "Geneva");
        assertEquals(0, run.status());
        assertTrue(run.err().contains("occurs 2 times"), run.err());
        assertEquals(TEXT.indexOf("Geneva"), saved().get(0).position().start());
    }

    @Test
    void occurrenceChoosesAnother() throws IOException {
        CliRun run = CliRun.of("bookmark", "--notebook", notebook.toString(), "--article", article.toString(),
                "--quote", "Geneva", "--occurrence", "2");
        assertEquals(0, run.status(), run.err());
        assertEquals(TEXT.lastIndexOf("Geneva"), saved().get(0).position().start());
        CliRun tooFar = CliRun.of("bookmark", "--notebook", notebook.toString(), "--article", article.toString(),
                "--quote", "Geneva", "--occurrence", "3");
        assertEquals(1, tooFar.status());
        assertTrue(tooFar.err().contains("only 2"), tooFar.err());
    }

    @Test
    void wrongUsageExitsWithTwo() {
        assertEquals(2, CliRun.of("bookmark", "--article", article.toString()).status());
        assertEquals(2, CliRun.of("bookmark", "--article", article.toString(), "--quote", "x", "--colour", "red").status());
        assertEquals(2, CliRun.of("bookmark", "--article", article.toString(), "--quote", "x", "--occurrence", "two")
                .status());
    }

    @Test
    void missingArticleFails() {
        CliRun run = CliRun.of("bookmark", "--notebook", notebook.toString(), "--article", dir.resolve("nope.txt")
                .toString(), "--quote", "x");
        assertEquals(1, run.status());
        assertTrue(run.err().contains("no such article file"), run.err());
    }

    @Test
    void notebookHeldByAnotherDossierIsNotWritten() throws IOException {
        try (NotebookStore app = NotebookStore.open(notebook)) {
            CliRun run = CliRun.of("bookmark", "--notebook", notebook.toString(), "--article", article.toString(),
                    "--quote", "Kerry");
            assertEquals(1, run.status());
            assertTrue(run.err().contains("Another Dossier is using the notebook"), run.err());
            assertEquals(0, app.notebook().size());
        }
        assertFalse(Files.exists(notebook));
    }

    @Test
    void corruptNotebookIsMovedAsideAndTheUserToldWhere() throws IOException {
        Files.createDirectories(notebook.getParent());
        Files.writeString(notebook, "{ broken");
        CliRun run = CliRun.of("bookmark", "--notebook", notebook.toString(), "--article", article.toString(),
                "--quote", "Kerry");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains("notebook.json.corrupt-"), run.err());
        assertEquals(1, saved().size());
        try (var files = Files.list(notebook.getParent())) {
            Path aside = files.filter(f -> f.getFileName().toString().startsWith("notebook.json.corrupt-"))
                    .findFirst().orElseThrow();
            assertEquals("{ broken", Files.readString(aside));
        }
    }

    @Test
    void defaultNotebookIsInTheDataFolder() throws IOException {
        String old = System.getProperty("dossier.home");
        System.setProperty("dossier.home", dir.resolve("home").toString());
        try {
            CliRun run = CliRun.of("bookmark", "--article", article.toString(), "--quote", "Kerry");
            assertEquals(0, run.status(), run.err());
            assertTrue(Files.exists(dir.resolve("home/notebook.json")));
        } finally {
            if (old == null) {
                System.clearProperty("dossier.home");
            } else {
                System.setProperty("dossier.home", old);
            }
        }
    }
}
