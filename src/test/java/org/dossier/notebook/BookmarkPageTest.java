package org.dossier.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.dossier.article.Article;

/** A bookmark in a PDF records the page its passage starts on; the notebook keeps it and every export cites it. */
class BookmarkPageTest {
    private static final String TEXT = "Page one text.\n\nPage two starts here and the passage is on it.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Article pdf() {
        return new Article("reports/water.pdf", Path.of("water.pdf"), Article.Format.PDF, "Water Report", LocalDate.of(2019, 3, 12),
                "Ministry", TEXT, List.of(), List.of(), List.of(), null, Article.Meta.NONE,
                Article.Structure.paged(List.of(0, TEXT.indexOf("Page two"))));
    }

    private static Bookmark onPageTwo() {
        int at = TEXT.indexOf("the passage");
        return Fixtures.factory().create(pdf(), at, at + "the passage".length(), "", Set.of());
    }

    @Test
    void theFactoryRecordsThePageAPassageStartsOn() {
        assertEquals(2, onPageTwo().position().page());
        assertEquals(1, Fixtures.factory().create(pdf(), 0, 4, "", Set.of()).position().page());
        assertEquals(0, Fixtures.bookmark("held in Geneva", "").position().page(), "an article without pages has none");
    }

    @Test
    void thePageIsSavedInThePositionAndOnlyWhenThereIsOne() throws Exception {
        JsonNode saved = JSON.readTree(NotebookJson.write(List.of(onPageTwo(), Fixtures.bookmark("held in Geneva", "")), Map.of()));
        JsonNode pdfPosition = saved.get("bookmarks").get(0).get("position");
        assertEquals(2, pdfPosition.get("page").asInt());
        assertFalse(saved.get("bookmarks").get(1).get("position").has("page"), "other bookmarks keep the old format");

        Notebook read = NotebookJson.read(NotebookJson.write(List.of(onPageTwo()), Map.of()), Fixtures.CLOCK);
        assertEquals(2, read.bookmarks().get(0).position().page());
    }

    @Test
    void anOlderNotebookWithoutPagesStillLoadsAndUnknownFieldsAreKept() throws Exception {
        String old = """
                {"version": 1, "bookmarks": [{"id": "00000000-0000-0000-0000-000000000001",
                  "article": {"id": "a.txt", "title": "A", "textSha256": "x"},
                  "quote": {"exact": "held", "prefix": "", "suffix": ""},
                  "position": {"start": 3, "end": 7, "line": 12},
                  "created": "2026-01-01T00:00:00Z", "future": true}]}
                """;
        Notebook n = NotebookJson.read(old.getBytes(StandardCharsets.UTF_8), Fixtures.CLOCK);
        Bookmark b = n.bookmarks().get(0);
        assertEquals(new TextPosition(3, 7), b.position());
        JsonNode saved = JSON.readTree(NotebookJson.write(n));
        assertEquals(12, saved.get("bookmarks").get(0).get("position").get("line").asInt());
        assertTrue(saved.get("bookmarks").get(0).get("future").asBoolean());
        assertFalse(saved.get("bookmarks").get(0).get("position").has("page"));
    }

    @Test
    void everyExportCitesThePage() throws Exception {
        List<Bookmark> both = List.of(onPageTwo(), Fixtures.bookmark("held in Geneva", ""));
        String md = new MarkdownExporter().export(both);
        assertTrue(md.contains("> the passage\n"), md);
        assertTrue(md.contains("Source: “Water Report,” ") && md.contains(", p. 2, "), md);
        String plain = md.lines().filter(l -> l.startsWith("Source: “Officials meet")).findFirst().orElseThrow();
        assertFalse(plain.contains(" p. "), "no page for an article without pages: " + plain);

        String[] csv = new CsvExporter().export(both).split("\r\n");
        assertTrue(csv[0].endsWith(",page"));
        for (int i = 1; i < csv.length; i++) {
            String page = csv[i].substring(csv[i].lastIndexOf(',') + 1);
            assertEquals(csv[i].contains("reports/water.pdf") ? "2" : "", page, csv[i]);
        }

        JsonNode items = JSON.readTree(new JsonLdExporter().export(both)).get("first").get("items");
        JsonNode pdfSelectors = null;
        for (JsonNode item : items) {
            if (item.get("target").get("source").asText().endsWith("water.pdf")) {
                pdfSelectors = item.get("target").get("selector");
            }
        }
        JsonNode fragment = pdfSelectors.get(2);
        assertEquals("FragmentSelector", fragment.get("type").asText());
        assertEquals("page=2", fragment.get("value").asText());
        assertEquals("http://tools.ietf.org/rfc/rfc3778", fragment.get("conformsTo").asText());
    }
}
