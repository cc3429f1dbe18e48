package org.dossier.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
    /** A page saved from the web: its citation names author, site and URL. */
    private final Bookmark saved = new Bookmark(UUID.fromString("00000000-0000-0000-0000-000000000004"),
            new ArticleRef("web/ceasefire.html", "Russia, US prepared to announce joint ceasefire", LocalDate.of(2017, 7, 8), "cd",
                    "AP", "Anne Barnard", "https://apnews.com/ceasefire_2017", "/home/anna/articles/web/ceasefire.html"),
            new TextQuote("joint ceasefire", "", ""), new TextPosition(5, 20), "", List.of(), List.of(), T, T);

    @Test
    void markdownHasAHeadingPerArticleAndABlockquoteWithItsCitationPerPassage() {
        String md = new MarkdownExporter(ZoneOffset.UTC).export(List.of(lavrov, geneva, other));
        assertEquals("""
                # Notebook

                ## Korea summit

                > \\# not a heading

                Tags: `asia`

                Source: “Korea summit,” 19 February 2016, asia/korea.txt. Bookmarked 12 February 2026.

                ## Syria talks

                > held in Geneva

                Source: “Syria talks,” 19 February 2016, world/syria.txt. Bookmarked 12 February 2026.

                > Lavrov said the \\*ceasefire\\*
                > would hold

                Key "condition", see also Kerry

                Tags: `russia` `talks`

                Source: “Syria talks,” 19 February 2016, world/syria.txt. Bookmarked 12 February 2026.
                """, md);
        assertEquals(3, md.split("Syria talks", -1).length - 1, "the title is the heading, then only inside each passage's citation");
    }

    @Test
    void citationNamesAuthorTitleSiteDateUrlAndWhenItWasBookmarked() {
        assertEquals("Anne Barnard, “Russia, US prepared to announce joint ceasefire,” AP, 8 July 2017,"
                + " https://apnews.com/ceasefire_2017. Bookmarked 12 February 2026.", Citation.of(saved, ZoneOffset.UTC));
        assertEquals("“Korea summit,” 19 February 2016, asia/korea.txt. Bookmarked 12 February 2026.",
                Citation.of(other, ZoneOffset.UTC), "without a file or URL, the article's id in the library");
    }

    @Test
    void citationOfAPdfPassageNamesItsPage() {
        Bookmark paged = new Bookmark(saved.id(), new ArticleRef("r.pdf", "Annual report", LocalDate.of(2017, 5, 3), "",
                "UNHCR", "", "", "/data/r.pdf"), saved.quote(), new TextPosition(5, 20, 12), "", List.of(), List.of(), T, T);
        assertEquals("“Annual report,” UNHCR, 3 May 2017, p. 12, /data/r.pdf. Bookmarked 12 February 2026.",
                Citation.of(paged, ZoneOffset.UTC));
        String csv = new CsvExporter(ZoneOffset.UTC).export(List.of(paged));
        assertTrue(csv.split("\r\n")[1].endsWith(",12"), csv);
    }

    @Test
    void citationWithoutUrlPointsAtTheFile() {
        Bookmark fromFile = new Bookmark(saved.id(), new ArticleRef("a.txt", "T", null, "", "", "", "", "/data/a.txt"),
                saved.quote(), saved.position(), "", List.of(), List.of(), T, T);
        assertEquals("“T,” /data/a.txt. Bookmarked 12 February 2026.", Citation.of(fromFile, ZoneOffset.UTC));
    }

    @Test
    void csvQuotesFieldsAsRfc4180Says() {
        String csv = new CsvExporter(ZoneOffset.UTC).export(List.of(lavrov));
        String[] lines = csv.split("\r\n", -1);
        assertEquals("id,article_id,article_title,article_date,start,end,quote,note,tags,entities,created,modified,"
                + "article_source,article_author,article_url,article_file,citation,page", lines[0]);
        assertEquals("00000000-0000-0000-0000-000000000002,world/syria.txt,Syria talks,2016-02-19,50,88,"
                + "\"Lavrov said the *ceasefire*\nwould hold\",\"Key \"\"condition\"\", see also Kerry\","
                + "russia; talks,Lavrov (PERSON person:lavrov),2026-02-12T10:15:30Z,2026-02-12T10:15:30Z,,,,,"
                + "\"“Syria talks,” 19 February 2016, world/syria.txt. Bookmarked 12 February 2026.\",", lines[1]);
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
        JsonNode root = new ObjectMapper().readTree(new JsonLdExporter(ZoneOffset.UTC).export(List.of(lavrov, other, saved)));
        assertEquals("http://www.w3.org/ns/anno.jsonld", root.get("@context").asText());
        assertEquals("AnnotationCollection", root.get("type").asText());
        assertEquals(3, root.get("total").asInt());
        JsonNode a = root.get("first").get("items").get(2);
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
        assertEquals("“Syria talks,” 19 February 2016, world/syria.txt. Bookmarked 12 February 2026.",
                target.get("dcterms:bibliographicCitation").asText());
        JsonNode web = root.get("first").get("items").get(1).get("target");
        assertEquals("https://apnews.com/ceasefire_2017", web.get("source").asText(), "a saved page's target is its URL");
        assertTrue(web.get("dcterms:bibliographicCitation").asText().startsWith("Anne Barnard, “Russia"));
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
