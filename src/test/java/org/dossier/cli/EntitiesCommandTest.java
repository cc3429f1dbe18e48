package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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

class EntitiesCommandTest {
    @TempDir
    Path dir;
    private String oldHome;

    @BeforeEach
    void isolateUserData() {
        oldHome = System.getProperty("dossier.home");
        System.setProperty("dossier.home", dir.resolve("home").toString());
    }

    @AfterEach
    void restoreUserData() {
        if (oldHome == null) {
            System.clearProperty("dossier.home");
        } else {
            System.setProperty("dossier.home", oldHome);
        }
    }

    private Path library() throws IOException {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(lib.resolve("a.txt"), "Talks in Geneva\n\nPresident Barack Obama said on Friday that the "
                + "talks in Geneva would go on. Obama spoke to reporters after meeting Secretary of State John Kerry.\n");
        Files.writeString(lib.resolve("b.txt"), "Obama visits Berlin\n\nObama told reporters in Berlin that the "
                + "United States would stay in the alliance, and he met Chancellor Angela Merkel there.\n");
        Files.writeString(lib.resolve("c.txt"), "Assad speaks\n\nPresident Bashar Assad said the army would go on. "
                + "Syrian President Bashar al-Assad spoke in Damascus on Sunday.\n");
        return lib;
    }

    @Test
    void printsTheLibrarysEntitiesMergedMostArticlesFirstAsJson() throws IOException {
        CliRun r = CliRun.of("entities", "--json", library().toString());
        assertEquals(0, r.status(), r.err());
        JsonNode array = new ObjectMapper().readTree(r.out());
        assertTrue(array.isArray());
        JsonNode obama = null;
        List<Integer> articles = new ArrayList<>();
        for (JsonNode e : array) {
            for (String field : List.of("id", "type", "name", "aliases", "articles", "mentions")) {
                assertTrue(e.has(field), field + " in " + e);
            }
            articles.add(e.get("articles").asInt());
            if (e.get("name").asText().equals("Barack Obama")) {
                obama = e;
            }
        }
        List<Integer> sorted = new ArrayList<>(articles);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, articles, "most articles first");
        assertEquals("PERSON", obama.get("type").asText());
        assertEquals(2, obama.get("articles").asInt(), "b.txt names only Obama");
        assertTrue(obama.get("aliases").toString().contains("\"Obama\""), obama.toString());
        List<String> names = new ArrayList<>();
        array.forEach(e -> names.add(e.get("name").asText()));
        assertTrue(names.contains("Bashar al-Assad"), names.toString());
        assertTrue(!names.contains("Bashar Assad"), "merged into Bashar al-Assad: " + names);
    }

    @Test
    void textOutputAndTypeFilter() throws IOException {
        CliRun r = CliRun.of("entities", "--type", "person", library().toString());
        assertEquals(0, r.status(), r.err());
        for (String line : r.out().split("\n")) {
            assertEquals("PERSON", line.split("\t")[2], line);
        }
        assertTrue(r.out().startsWith("2\t"), r.out());
    }

    @Test
    void aMissingFolderIsAClearError() {
        CliRun r = CliRun.of("entities", dir.resolve("nope").toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("not a folder"), r.err());
        assertEquals(2, CliRun.of("entities").status());
    }
}
