package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dossier.article.pdf.PdfFixtures;

/** {@code list}, and {@code text}, {@code annotate} and {@code bookmark} on FILE#N. */
class FormatsCommandsTest {
    private static final Path FORMATS = Path.of("src/test/resources/formats");

    @TempDir
    Path tmp;
    private String previousHome;
    private Path folder;

    @BeforeEach
    void setUp() throws Exception {
        previousHome = System.getProperty("dossier.home");
        System.setProperty("dossier.home", tmp.resolve("home").toString());
        folder = Files.createDirectories(tmp.resolve("articles"));
        for (String name : List.of("ceasefire-wire.rss", "briefing.eml", "saved-article.mhtml")) {
            Files.copy(FORMATS.resolve(name), folder.resolve(name));
        }
        Files.copy(Path.of("articles/004_624cc517c04daf42.txt"), folder.resolve("talks.txt"));
        new PdfFixtures().page(List.of(new PdfFixtures.Text(72, 90, 20, "Water Report"),
                new PdfFixtures.Text(72, 130, 11, "The river will be shared between the two countries."))).write(folder.resolve("water.pdf"));
        Files.writeString(folder.resolve("broken.rss"), "<rss><channel><title>x</chan");
    }

    @AfterEach
    void tearDown() {
        if (previousHome == null) {
            System.clearProperty("dossier.home");
        } else {
            System.setProperty("dossier.home", previousHome);
        }
    }

    @Test
    void listPrintsEveryArticleWithItsKindAndTheReasonForThoseThatCannotBeRead() {
        CliRun run = CliRun.of("list", folder.toString());
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("id\ttitle\tdate\tsource\tkind\twords\terror", lines.get(0));
        assertEquals(List.of("briefing.eml", "briefing.eml#1", "broken.rss", "ceasefire-wire.rss#1", "ceasefire-wire.rss#2",
                "saved-article.mhtml", "talks.txt", "water.pdf"), lines.stream().skip(1).map(l -> l.split("\t")[0]).toList());
        assertEquals(List.of("eml", "attachment", "feed", "feed-item", "feed-item", "mhtml", "txt", "pdf"),
                lines.stream().skip(1).map(l -> l.split("\t", -1)[4]).toList());
        String broken = lines.get(3);
        assertTrue(broken.split("\t", -1)[6].startsWith("The feed's XML is damaged"), broken);
        assertTrue(lines.get(8).startsWith("water.pdf\tWater Report\t\t\tpdf\t"), lines.get(8));
    }

    @Test
    void listJsonHasTheSameFieldsAndTheGroups() throws Exception {
        CliRun run = CliRun.of("list", "--json", folder.toString());
        assertEquals(0, run.status(), run.err());
        JsonNode rows = new ObjectMapper().readTree(run.out());
        assertEquals(8, rows.size());
        JsonNode item = rows.get(3);
        assertEquals("ceasefire-wire.rss#1", item.get("id").asText());
        assertEquals("2017-07-09", item.get("date").asText());
        assertEquals("Rania Haddad", item.get("source").asText());
        assertEquals("feed-item", item.get("kind").asText());
        assertTrue(item.get("words").asInt() > 30);
        assertEquals("Levant Wire — Middle East", item.get("group").asText());
        assertEquals("minutes.txt", rows.get(0).get("attachments").get(0).asText());
        assertTrue(rows.get(2).get("error").asText().startsWith("The feed's XML is damaged"));
        assertTrue(rows.get(0).get("error").isNull(), "a readable article has no error");
    }

    @Test
    void textAndAnnotateTakeAFeedItemOrAnAttachment() throws Exception {
        CliRun item = CliRun.of("text", folder.resolve("ceasefire-wire.rss#2").toString());
        assertEquals(0, item.status(), item.err());
        assertEquals("Sergey Lavrov and Rex Tillerson met in Hamburg on the sidelines of the G20 summit.", item.out());

        CliRun attachment = CliRun.of("text", folder.resolve("briefing.eml#1").toString());
        assertEquals(0, attachment.status(), attachment.err());
        assertTrue(attachment.out().startsWith("Minutes, 11 July 2017"));

        CliRun missing = CliRun.of("text", folder.resolve("ceasefire-wire.rss#9").toString());
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains("has no article ceasefire-wire.rss#9"), missing.err());

        CliRun annotate = CliRun.of("annotate", folder.resolve("ceasefire-wire.rss#2").toString());
        assertEquals(0, annotate.status(), annotate.err());
        JsonNode doc = new ObjectMapper().readTree(annotate.out());
        assertEquals("ceasefire-wire.rss#2", doc.get("file").asText());
        assertTrue(doc.get("entities").toString().contains("Sergey Lavrov"), doc.toString());
    }

    @Test
    void aBookmarkInAPdfRecordsItsPage() throws Exception {
        Path notebook = tmp.resolve("notebook.json");
        CliRun run = CliRun.of("bookmark", "--notebook", notebook.toString(), "--articles", folder.toString(),
                "--article", folder.resolve("water.pdf").toString(), "--quote", "The river will be shared");
        assertEquals(0, run.status(), run.err());
        JsonNode b = new ObjectMapper().readTree(notebook.toFile()).get("bookmarks").get(0);
        assertEquals("water.pdf", b.get("article").get("id").asText());
        assertEquals(1, b.get("position").get("page").asInt());

        CliRun part = CliRun.of("bookmark", "--notebook", notebook.toString(), "--articles", folder.toString(),
                "--article", folder.resolve("ceasefire-wire.rss#2").toString(), "--quote", "Rex Tillerson");
        assertEquals(0, part.status(), part.err());
        JsonNode b2 = new ObjectMapper().readTree(notebook.toFile()).get("bookmarks").get(1);
        assertEquals("ceasefire-wire.rss#2", b2.get("article").get("id").asText());
    }
}
