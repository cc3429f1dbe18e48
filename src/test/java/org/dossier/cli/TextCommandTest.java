package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class TextCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run("text", List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsATextFileExactlyAsItIs() throws Exception {
        Path seed = Path.of("articles/000_12460f19fc3bbb18.txt");
        assertEquals(0, run(seed.toString()));
        assertEquals(Files.readString(seed), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void printsTheExtractedTextOfAPage() {
        assertEquals(0, run("src/test/resources/articles/html/saved-page.html"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("A ceasefire brokered by the United States"),
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void jsonGivesTheMetadataAndTheSameText() throws Exception {
        String page = "src/test/resources/articles/html/metadata/json-ld.html";
        assertEquals(0, run(page));
        String text = out.toString(StandardCharsets.UTF_8);
        out.reset();
        assertEquals(0, run("--json", page));
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.toString(StandardCharsets.UTF_8));
        List<String> keys = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("title", "byline", "published", "site", "lang", "url", "text"), keys);
        assertEquals("River states agree to share the Karun", json.get("title").asText());
        assertEquals("Mara Voss, Idris Kell", json.get("byline").asText());
        assertEquals("2017-11-16T14:15Z", json.get("published").asText());
        assertEquals("Ardan Herald", json.get("site").asText());
        assertEquals("en", json.get("lang").asText());
        assertEquals("https://herald.example/world/karun-deal", json.get("url").asText());
        assertEquals(text, json.get("text").asText(), "the text that `text FILE` prints, every offset's reference");
    }

    @Test
    void jsonOfATextFileHasItsTitleAndDate() throws Exception {
        Path seed = Path.of("articles/004_624cc517c04daf42.txt");
        assertEquals(0, run("--json", seed.toString()));
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(Files.readString(seed), json.get("text").asText());
        assertEquals("2017-07-08", json.get("published").asText());
        assertEquals("", json.get("site").asText());
    }

    @Test
    void missingFileFailsWithAClearMessage() {
        assertEquals(1, run("no/such/file.txt"));
        assertEquals("dossier text: no such file: no/such/file.txt", err.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void brokenFileFailsWithItsReason() {
        assertEquals(1, run("src/test/resources/articles/broken/empty.txt"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("The file is empty."));
    }

    @Test
    void wrongUsageExitsWithTwoAndTheUsageLine() {
        assertEquals(2, run());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: dossier text [--json] FILE"));
    }
}
