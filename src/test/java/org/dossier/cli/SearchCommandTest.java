package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {
    @TempDir
    Path tmp;
    private Path folder;
    private String previousHome;
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    @BeforeEach
    void setUp() throws Exception {
        previousHome = System.getProperty("dossier.home");
        System.setProperty("dossier.home", tmp.resolve("home").toString());
        folder = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(folder.resolve("a.txt"), "Grain deal signed\n\nPosted March 03, 2021\n\nMinisters signed the grain deal.\n");
        Files.writeString(folder.resolve("b.md"), "---\ntitle: Wheat talks stall\ndate: 2023-01-20\nsource: The Northern Ledger\n---\n\n"
                + "No deal on grain exports was reached; a grain deal may follow.\n");
        Files.writeString(folder.resolve("c.txt"), "Harbour strike ends\n\nDock workers went back to work.\n");
    }

    @AfterEach
    void restoreHome() {
        if (previousHome == null) {
            System.clearProperty("dossier.home");
        } else {
            System.setProperty("dossier.home", previousHome);
        }
    }

    private int run(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--articles", folder.toString()));
        all.addAll(List.of(args));
        return Cli.run("search", all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsRankedResultsWithMarkedSnippets() {
        assertEquals(0, run("grain deal"));
        String text = stdout();
        assertTrue(text.startsWith("1. Grain deal signed\n   2021-03-03  a.txt\n"), text);
        assertTrue(text.contains("2. Wheat talks stall\n   2023-01-20  b.md  The Northern Ledger\n"), text);
        assertTrue(text.contains("«grain»") || text.contains("«grain deal»"), text);
        assertFalse(text.contains("Harbour"));
    }

    @Test
    void jsonIsAnArrayOfResults() throws Exception {
        assertEquals(0, run("\"grain deal\"", "--json"));
        JsonNode rows = new ObjectMapper().readTree(stdout());
        assertTrue(rows.isArray());
        assertEquals(2, rows.size());
        JsonNode first = rows.get(0);
        for (String field : List.of("id", "title", "date", "source", "score", "snippet")) {
            assertTrue(first.has(field), field);
        }
        assertEquals("a.txt", first.get("id").asText());
        assertTrue(first.get("snippet").asText().contains("«grain deal»"));
    }

    @Test
    void filtersNarrowTheResults() {
        assertEquals(0, run("grain", "--source", "the northern ledger"));
        assertTrue(stdout().startsWith("1. Wheat talks stall"));
        assertFalse(stdout().contains("2. "));
        assertEquals(0, run("grain", "--to", "2022-12-31"));
        assertTrue(stdout().startsWith("1. Grain deal signed"));
        assertFalse(stdout().contains("2. "));
        assertEquals(0, run("--from", "2020-01-01", "--limit", "1"));
        assertTrue(stdout().startsWith("1. Wheat talks stall"));
    }

    @Test
    void secondRunReadsNoArticles() {
        assertEquals(0, run("grain"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Indexed 3 new"));
        assertEquals(0, run("grain"));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.isDirectory(tmp.resolve("home/cache/index")));
    }

    @Test
    void noMatchesSaysSo() {
        assertEquals(0, run("zeppelin"));
        assertEquals("No articles match.", stdout().strip());
    }

    @Test
    void badQueryIsOneLineWithoutAStackTrace() {
        assertEquals(1, run("\"grain deal"));
        String message = err.toString(StandardCharsets.UTF_8).strip();
        assertTrue(message.lines().anyMatch(l -> l.startsWith("dossier search: Cannot understand the query")), message);
        assertFalse(message.contains("\tat "), message);
    }

    @Test
    void wrongUsageExitsWithTwo() {
        assertEquals(2, run());
        assertEquals(2, run("grain", "--from", "yesterday"));
        assertEquals(2, run("grain", "--limit", "0"));
    }

    @Test
    void missingFolderFails() {
        folder = tmp.resolve("nowhere");
        assertEquals(1, run("grain"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such folder"));
    }
}
