package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annotate} prints or writes the JSON that {@code score.py} reads. */
class AnnotateCommandTest {
    private static final String ARTICLE = "Officials in Ankara said on Friday that 12 countries back the UN plan.\n";

    @TempDir
    Path dir;
    private final ObjectMapper json = new ObjectMapper();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
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

    @Test
    void printsFileAndEntitiesWithOffsetsIntoTheText() throws IOException {
        Path file = article("a.txt");
        assertEquals(0, run("annotate", file.toString()), err::toString);
        JsonNode doc = json.readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("a.txt", doc.get("file").asText());
        JsonNode first = doc.get("entities").get(0);
        assertEquals("Ankara", first.get("text").asText());
        assertEquals("LOCATION", first.get("type").asText());
        assertEquals(ARTICLE.indexOf("Ankara"), first.get("start").asInt());
        assertEquals(ARTICLE.indexOf("Ankara") + 6, first.get("end").asInt());
        assertEquals("LOCATION:Ankara", first.get("id").asText());
        for (JsonNode e : doc.get("entities")) {
            assertEquals(ARTICLE.substring(e.get("start").asInt(), e.get("end").asInt()), e.get("text").asText());
        }
    }

    @Test
    void writesOneJsonFilePerArticleWithOut() throws IOException {
        Path a = article("first.txt");
        Path b = article("second.txt");
        Path target = dir.resolve("pred");
        assertEquals(0, run("annotate", "--out", target.toString(), a.toString(), b.toString()), err::toString);
        for (String base : List.of("first", "second")) {
            JsonNode doc = json.readTree(target.resolve(base + ".json").toFile());
            assertEquals(base + ".txt", doc.get("file").asText());
            assertTrue(doc.get("entities").size() >= 4);
        }
    }

    @Test
    void explainAddsTheSourceOfEachMention() throws IOException {
        Path file = article("a.txt");
        assertEquals(0, run("annotate", "--explain", file.toString()), err::toString);
        for (JsonNode e : json.readTree(out.toString(StandardCharsets.UTF_8)).get("entities")) {
            assertTrue(e.hasNonNull("source"), e::toString);
        }
    }

    @Test
    void datesCarryTheirValueCountedFromTheReferenceDate() throws IOException {
        Path file = article("a.txt");
        assertEquals(0, run("annotate", "--reference-date", "2017-07-08", file.toString()), err::toString);
        JsonNode doc = json.readTree(out.toString(StandardCharsets.UTF_8));
        JsonNode friday = entity(doc, "Friday");
        assertEquals("DATE", friday.get("type").asText());
        assertEquals("2017-07-07", friday.get("value").asText());
        assertTrue(entity(doc, "Ankara").get("value") == null, "only dates have a value");
    }

    @Test
    void withoutAReferenceDateRelativeDatesHaveNoValue() throws IOException {
        Files.writeString(dir.resolve("b.txt"), "The talks ended on Friday. The treaty dates from 2011.\n");
        assertEquals(0, run("annotate", dir.resolve("b.txt").toString()), err::toString);
        JsonNode doc = json.readTree(out.toString(StandardCharsets.UTF_8));
        assertTrue(entity(doc, "Friday").get("value") == null);
        assertEquals("2011", entity(doc, "2011").get("value").asText());
    }

    @Test
    void theDatelineWinsOverTheReferenceDate() throws IOException {
        Files.writeString(dir.resolve("c.txt"), "WASHINGTON, August 11 (Xinhua) --\n\nThe minister said on Monday that the talks went well.\n");
        Path target = dir.resolve("pred");
        assertEquals(0, run("annotate", "--reference-date", "1998-08-20", "--out", target.toString(),
                dir.resolve("c.txt").toString()), err::toString);
        JsonNode doc = json.readTree(target.resolve("c.json").toFile());
        assertEquals("1998-08-10", entity(doc, "Monday").get("value").asText());
    }

    @Test
    void aMalformedReferenceDateIsAUsageError() throws IOException {
        Path file = article("a.txt");
        assertEquals(2, run("annotate", "--reference-date", "8 July 2017", file.toString()));
        assertTrue(err.toString().contains("YYYY-MM-DD"), err::toString);
    }

    @Test
    void missingArgumentsAreAUsageError() {
        assertEquals(2, run("annotate"));
        assertTrue(err.toString().contains("usage"));
    }

    private static JsonNode entity(JsonNode doc, String text) {
        for (JsonNode e : doc.get("entities")) {
            if (e.get("text").asText().equals(text)) {
                return e;
            }
        }
        throw new AssertionError("no entity \"" + text + "\" in " + doc);
    }

    private Path article(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, ARTICLE);
        return file;
    }

    private int run(String name, String... args) {
        return Cli.run(name, List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
