package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;
    Path notebook;

    @BeforeEach
    void setUp() throws IOException {
        Path article = Files.writeString(dir.resolve("talks.txt"), BookmarkCommandTest.TEXT);
        notebook = dir.resolve("notebook.json");
        assertEquals(0, CliRun.of("bookmark", "--notebook", notebook.toString(), "--article", article.toString(),
                "--quote", "Lavrov said", "--note", "a, \"quoted\" note", "--tag", "russia").status());
    }

    @Test
    void markdownGoesToStandardOutput() {
        CliRun run = CliRun.of("export", "--notebook", notebook.toString(), "--format", "md");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("# Notebook\n\n## Talks in Geneva\n\n"
                + "> Lavrov said\n\na, \"quoted\" note\n\nTags: `russia`\n\nSource: “Talks in Geneva,” "), run.out());
        assertTrue(run.out().contains("talks.txt. Bookmarked "), "the citation names the file the bookmark came from: " + run.out());
    }

    @Test
    void csvGoesToTheOutFile() throws IOException {
        Path out = dir.resolve("export/notebook.csv");
        Files.createDirectories(out.getParent());
        CliRun run = CliRun.of("export", "--notebook", notebook.toString(), "--format", "csv", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.out());
        String csv = Files.readString(out);
        assertTrue(csv.startsWith("id,article_id,"));
        assertTrue(csv.contains(",\"a, \"\"quoted\"\" note\",russia,"), csv);
    }

    @Test
    void jsonLdIsWebAnnotation() throws IOException {
        CliRun run = CliRun.of("export", "--notebook", notebook.toString(), "--format", "jsonld");
        assertEquals(0, run.status(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals("http://www.w3.org/ns/anno.jsonld", root.get("@context").asText());
        assertEquals("Annotation", root.get("first").get("items").get(0).get("type").asText());
    }

    @Test
    void unknownFormatIsAUsageError() {
        CliRun run = CliRun.of("export", "--notebook", notebook.toString(), "--format", "pdf");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("md, csv or jsonld"), run.err());
    }

    @Test
    void missingNotebookFails() {
        CliRun run = CliRun.of("export", "--notebook", dir.resolve("none.json").toString(), "--format", "md");
        assertEquals(1, run.status());
        assertTrue(run.err().contains("no notebook at"), run.err());
    }

    @Test
    void unreadableNotebookFailsAndIsLeftAlone() throws IOException {
        Files.writeString(notebook, "{\"version\": 1, \"bookm");
        Files.deleteIfExists(dir.resolve("notebook.json.bak"));
        CliRun run = CliRun.of("export", "--notebook", notebook.toString(), "--format", "csv");
        assertEquals(1, run.status());
        assertTrue(run.err().contains("could not be read"), run.err());
        assertEquals("{\"version\": 1, \"bookm", Files.readString(notebook));
    }

    @Test
    void exportWorksWhileTheAppHoldsTheNotebook() throws IOException {
        try (var app = org.dossier.notebook.NotebookStore.open(notebook)) {
            assertEquals(0, CliRun.of("export", "--notebook", notebook.toString(), "--format", "md").status());
            assertEquals(false, app.isReadOnly());
        }
    }
}
