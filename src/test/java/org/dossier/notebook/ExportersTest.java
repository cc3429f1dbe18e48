package org.dossier.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ExportersTest {
    private static final Instant T = Instant.parse("2026-02-12T10:15:30Z");

    private static Bookmark bookmark(String id, String articleId, String title, int start, String quote, String note,
                                     List<String> tags) {
        return new Bookmark(UUID.fromString(id), new ArticleRef(articleId, title, LocalDate.of(2016, 2, 19), "ab"),
                new TextQuote(quote, "before ", " after"), new TextPosition(start, start + quote.length()), note, tags,
                List.of(new PassageEntity("Lavrov", "PERSON", "person:lavrov")), T, T);
    }

    private final Bookmark lavrov = bookmark("00000000-0000-0000-0000-000000000002", "world/syria.txt", "Syria talks",
            50, "Lavrov said the *ceasefire*\nwould hold", "Key \"condition\", see also Kerry", List.of("russia", "talks"));
    private final Bookmark geneva = bookmark("00000000-0000-0000-0000-000000000001", "world/syria.txt", "Syria talks",
            10, "held in Geneva", "", List.of());
    private final Bookmark other = bookmark("00000000-0000-0000-0000-000000000003", "asia/korea.txt", "Korea summit",
            0, "# not a heading", "", List.of("asia"));

    @Test
    void markdownHasACitationPerArticleAndABlockquotePerPassage() {
        String md = new MarkdownExporter().export(List.of(lavrov, geneva, other));
        assertEquals("""
                # Notebook

                ## Korea summit

                *Korea summit*, 2016-02-19, `asia/korea.txt`

                > \\# not a heading

                Tags: `asia`

                ## Syria talks

                *Syria talks*, 2016-02-19, `world/syria.txt`

                > held in Geneva

                > Lavrov said the \\*ceasefire\\*
                > would hold

                Key "condition", see also Kerry

                Tags: `russia` `talks`
                """, md);
    }

    @Test
    void csvQuotesFieldsAsRfc4180Says() {
        String csv = new CsvExporter().export(List.of(lavrov));
        String[] lines = csv.split("\r\n", -1);
        assertEquals("id,article_id,article_title,article_date,start,end,quote,note,tags,entities,created,modified,page",
                lines[0]);
        assertEquals("00000000-0000-0000-0000-000000000002,world/syria.txt,Syria talks,2016-02-19,50,88,"
                + "\"Lavrov said the *ceasefire*\nwould hold\",\"Key \"\"condition\"\", see also Kerry\","
                + "russia; talks,Lavrov (PERSON person:lavrov),2026-02-12T10:15:30Z,2026-02-12T10:15:30Z,", lines[1]);
        assertEquals("", lines[2], "every record ends with CRLF");
    }

    @Test
    void csvFieldIsQuotedOnlyWhenItMustBe() {
        assertEquals("plain", CsvExporter.field("plain"));
        assertEquals("\"a,b\"", CsvExporter.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvExporter.field("say \"hi\""));
        assertEquals("\"two\r\nlines\"", CsvExporter.field("two\r\nlines"));
    }

    @Test
    void jsonLdFollowsTheWebAnnotationModel() throws Exception {
        JsonNode root = new ObjectMapper().readTree(new JsonLdExporter().export(List.of(lavrov, other)));
        assertEquals("http://www.w3.org/ns/anno.jsonld", root.get("@context").asText());
        assertEquals("AnnotationCollection", root.get("type").asText());
        assertEquals(2, root.get("total").asInt());
        JsonNode a = root.get("first").get("items").get(1);
        assertEquals("urn:uuid:00000000-0000-0000-0000-000000000002", a.get("id").asText());
        assertEquals("Annotation", a.get("type").asText());
        JsonNode body = a.get("body");
        assertEquals("commenting", body.get(0).get("purpose").asText());
        assertEquals("Key \"condition\", see also Kerry", body.get(0).get("value").asText());
        assertEquals("tagging", body.get(1).get("purpose").asText());
        assertEquals("russia", body.get(1).get("value").asText());
        assertEquals("TextualBody", body.get(2).get("type").asText());
        JsonNode target = a.get("target");
        assertEquals("world/syria.txt", target.get("source").asText());
        assertEquals("TextQuoteSelector", target.get("selector").get(0).get("type").asText());
        assertEquals("before ", target.get("selector").get(0).get("prefix").asText());
        assertEquals("TextPositionSelector", target.get("selector").get(1).get("type").asText());
        assertEquals(88, target.get("selector").get(1).get("end").asInt());
    }

    @Test
    void jsonLdSourceIsAnEncodedRelativeIri() {
        assertEquals("my%20files/a%3Ab.txt", JsonLdExporter.source("my files/a:b.txt"));
    }

    @Test
    void formatsAreChosenByName() {
        assertTrue(NotebookExporter.forFormat("md") instanceof MarkdownExporter);
        assertTrue(NotebookExporter.forFormat("csv") instanceof CsvExporter);
        assertTrue(NotebookExporter.forFormat("jsonld") instanceof JsonLdExporter);
        assertThrows(IllegalArgumentException.class, () -> NotebookExporter.forFormat("pdf"));
    }
}
