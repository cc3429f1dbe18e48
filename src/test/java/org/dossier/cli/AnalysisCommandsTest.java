package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code timeline}, {@code graph} and {@code profile} on a small folder whose counts follow from its paragraphs. */
class AnalysisCommandsTest {
    private static final String A = "Talks in Berlin\n\n"
            + "Chancellor Angela Merkel met Barack Obama in Berlin on 9 July 2017.\n\n"
            + "Merkel said the talks would go on in August 2017.\n\n"
            + "Obama left Berlin.\n";
    private static final String B = "Leaders meet\n\n"
            + "President Barack Obama and Angela Merkel spoke in Paris on 9 July 2017.\n";

    @TempDir
    Path dir;
    private String oldHome;
    private final ObjectMapper json = new ObjectMapper();

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

    private String library() throws IOException {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(lib.resolve("a.txt"), A);
        Files.writeString(lib.resolve("b.txt"), B);
        return lib.toString();
    }

    private JsonNode run(String... args) throws IOException {
        CliRun r = CliRun.of(args[0], java.util.Arrays.copyOfRange(args, 1, args.length));
        assertEquals(0, r.status(), r.err());
        return json.readTree(r.out());
    }

    private static Map<String, Integer> weights(JsonNode graph) {
        Map<String, Integer> out = new HashMap<>();
        for (JsonNode e : graph.get("edges")) {
            out.put(e.get("source").asText() + " ~ " + e.get("target").asText(), e.get("weight").asInt());
        }
        return out;
    }

    @Test
    void graphPrintsNodesAndEdgesWeightedByTheParagraphsInCommon() throws IOException {
        JsonNode g = run("graph", "--json", library());
        Map<String, Integer> w = weights(g);
        assertEquals(2, w.get("PERSON:Angela Merkel ~ PERSON:Barack Obama"), "a's second paragraph and b's");
        assertEquals(2, w.get("LOCATION:Berlin ~ PERSON:Barack Obama"), "a's second and fourth paragraphs");
        assertEquals(1, w.get("LOCATION:Berlin ~ PERSON:Angela Merkel"), "Merkel's own paragraph has no Berlin");
        assertEquals(1, w.get("LOCATION:Paris ~ PERSON:Barack Obama"));
        List<Integer> order = new ArrayList<>();
        g.get("edges").forEach(e -> order.add(e.get("weight").asInt()));
        assertEquals(order.stream().sorted(java.util.Comparator.reverseOrder()).toList(), order, "strongest first");
        JsonNode obama = null;
        for (JsonNode n : g.get("nodes")) {
            for (String f : List.of("id", "type", "name", "articles")) {
                assertTrue(n.has(f), f);
            }
            if (n.get("id").asText().equals("PERSON:Barack Obama")) {
                obama = n;
            }
        }
        assertEquals("PERSON", obama.get("type").asText());
        assertEquals("Barack Obama", obama.get("name").asText());
        assertEquals(2, obama.get("articles").asInt());

        Map<String, Integer> strong = weights(run("graph", "--json", "--min-weight", "2", library()));
        assertFalse(strong.containsKey("LOCATION:Berlin ~ PERSON:Angela Merkel"));
        assertEquals(2, strong.get("PERSON:Angela Merkel ~ PERSON:Barack Obama"));
    }

    @Test
    void timelinePrintsEachValuesCountAndTheMentionsOffsets() throws IOException {
        JsonNode t = run("timeline", "--json", library());
        Map<String, JsonNode> points = new HashMap<>();
        t.get("points").forEach(p -> points.put(p.get("value").asText(), p));
        JsonNode day = points.get("2017-07-09");
        assertEquals(2, day.get("count").asInt());
        Map<String, Integer> offsets = new HashMap<>();
        day.get("articles").forEach(a -> offsets.put(a.get("id").asText(), a.get("offsets").get(0).asInt()));
        assertEquals(Map.of("a.txt", A.indexOf("9 July 2017"), "b.txt", B.indexOf("9 July 2017")), offsets);
        assertEquals("DAY", day.get("granularity").asText());
        JsonNode month = points.get("2017-08");
        assertEquals(1, month.get("count").asInt());
        assertEquals(A.indexOf("August 2017"), month.get("articles").get(0).get("offsets").get(0).asInt());
        assertEquals("2017-08-31", month.get("end").asText());

        JsonNode paris = run("timeline", "--json", "--entity", "LOCATION:Paris", library());
        assertEquals(1, paris.get("points").size(), paris.toString());
        assertEquals("2017-07-09", paris.get("points").get(0).get("value").asText());
        assertEquals("b.txt", paris.get("points").get(0).get("articles").get(0).get("id").asText());
    }

    @Test
    void profilePrintsTheEntityWithItsArticlesCoMentionsAndConcordance() throws IOException {
        JsonNode p = run("profile", "--json", library(), "Angela Merkel");
        assertEquals("PERSON:Angela Merkel", p.get("id").asText(), "found by name");
        assertEquals(2, p.get("articles").size());
        assertEquals("PERSON:Barack Obama", p.get("coMentioned").get(0).get("id").asText());
        assertEquals(2, p.get("coMentioned").get(0).get("paragraphs").asInt());
        assertEquals("2017-07-09", p.get("earliestMentioned").asText());
        assertEquals("2017-08", p.get("latestMentioned").asText());
        List<String> lines = new ArrayList<>();
        for (JsonNode c : p.get("concordance")) {
            String kw = c.get("keyword").asText();
            assertTrue(kw.contains("Merkel"), kw);
            String text = c.get("article").asText().equals("a.txt") ? A : B;
            assertEquals(kw, text.substring(c.get("offset").asInt(), c.get("end").asInt()));
            lines.add(c.get("before").asText() + "[" + kw + "]" + c.get("after").asText());
        }
        assertTrue(lines.contains("Merkel said the talks would go on in August 2017.".replace("Merkel", "[Merkel]")), lines.toString());

        CliRun missing = CliRun.of("profile", "--json", library(), "PERSON:Nobody");
        assertEquals(1, missing.status());
    }
}
