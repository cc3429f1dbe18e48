package org.dossier.notebook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class NotebookJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Bookmark fixed() {
        Instant t = Instant.parse("2026-02-12T10:15:30Z");
        return new Bookmark(UUID.fromString("3f2a1c9e-8b7d-4e6f-9a5b-1c2d3e4f5a6b"),
                new ArticleRef("world/syria-talks.txt", "Officials meet on Syria ceasefire", LocalDate.of(2016, 2, 19),
                        "ab12"),
                new TextQuote("Sergei Lavrov", "Russian Foreign Minister ", " said the ceasefire"),
                new TextPosition(812, 825), "Says it holds only if all respect it.", List.of("talks", "russia"),
                List.of(new PassageEntity("Sergei Lavrov", "PERSON", "person:sergei-lavrov")), t, t.plusSeconds(60));
    }

    @Test
    void writesFieldsInAStablePrettyOrder() {
        String expected = """
                {
                  "version": 1,
                  "bookmarks": [
                    {
                      "id": "3f2a1c9e-8b7d-4e6f-9a5b-1c2d3e4f5a6b",
                      "article": {
                        "id": "world/syria-talks.txt",
                        "title": "Officials meet on Syria ceasefire",
                        "date": "2016-02-19",
                        "textSha256": "ab12"
                      },
                      "quote": {
                        "exact": "Sergei Lavrov",
                        "prefix": "Russian Foreign Minister ",
                        "suffix": " said the ceasefire"
                      },
                      "position": {
                        "start": 812,
                        "end": 825
                      },
                      "note": "Says it holds only if all respect it.",
                      "tags": [
                        "russia",
                        "talks"
                      ],
                      "entities": [
                        {
                          "text": "Sergei Lavrov",
                          "type": "PERSON",
                          "id": "person:sergei-lavrov"
                        }
                      ],
                      "created": "2026-02-12T10:15:30Z",
                      "modified": "2026-02-12T10:16:30Z"
                    }
                  ]
                }
                """;
        assertEquals(expected, new String(NotebookJson.write(List.of(fixed()), Map.of()), StandardCharsets.UTF_8));
    }

    @Test
    void roundTripKeepsEveryBookmarkExactly() throws Exception {
        List<Bookmark> many = Fixtures.many(500);
        byte[] bytes = NotebookJson.write(many, Map.of());
        Notebook read = NotebookJson.read(bytes, Fixtures.CLOCK);
        assertEquals(many, read.bookmarks());
        assertArrayEquals(bytes, NotebookJson.write(read));
    }

    @Test
    void whatACitationNeedsRoundTripsAndIsLeftOutWhenUnknown() throws Exception {
        Bookmark b = fixed();
        Bookmark cited = new Bookmark(b.id(), new ArticleRef("web/a.html", "T", LocalDate.of(2017, 7, 8), "ab",
                "BBC News", "Anne Barnard", "https://www.bbc.co.uk/news/a", "/home/anna/web/a.html"),
                b.quote(), b.position(), b.note(), b.tags(), b.entities(), b.created(), b.modified());
        byte[] bytes = NotebookJson.write(List.of(cited), Map.of());
        JsonNode article = JSON.readTree(bytes).get("bookmarks").get(0).get("article");
        assertEquals("BBC News", article.get("source").asText());
        assertEquals("Anne Barnard", article.get("author").asText());
        assertEquals("https://www.bbc.co.uk/news/a", article.get("url").asText());
        assertEquals("/home/anna/web/a.html", article.get("file").asText());
        assertEquals(List.of(cited), NotebookJson.read(bytes, Fixtures.CLOCK).bookmarks());
        JsonNode plain = JSON.readTree(NotebookJson.write(List.of(b), Map.of())).get("bookmarks").get(0).get("article");
        assertEquals(List.of("id", "title", "date", "textSha256"), iterable(plain.fieldNames()));
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> out = new java.util.ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }

    @Test
    void textWithQuotesNewlinesAndAstralCharactersRoundTrips() throws Exception {
        String text = "He said \"no\"\n\tthen left 😀 — «fin» \\ \u0000";
        Bookmark b = Fixtures.factory().create(Fixtures.article("a.txt", text), 0, text.length(), "note\r\n\"x\"",
                List.of("tag,with,commas"));
        assertEquals(List.of(b), NotebookJson.read(NotebookJson.write(List.of(b), Map.of()), Fixtures.CLOCK).bookmarks());
    }

    @Test
    void unknownFieldsFromANewerVersionSurviveASave() throws Exception {
        String future = """
                {
                  "version": 1,
                  "colourScheme": {"name": "dusk", "levels": [1, 2, 3]},
                  "bookmarks": [
                    {
                      "id": "3f2a1c9e-8b7d-4e6f-9a5b-1c2d3e4f5a6b",
                      "article": {"id": "a.txt", "title": "A", "textSha256": "ab", "publisher": "AFP"},
                      "quote": {"exact": "Lavrov", "prefix": "", "suffix": "", "refinedBy": {"type": "x"}},
                      "position": {"start": 0, "end": 6, "unit": "utf16"},
                      "note": "old note",
                      "tags": [],
                      "entities": [],
                      "created": "2026-02-12T10:15:30Z",
                      "modified": "2026-02-12T10:15:30Z",
                      "highlightColour": "amber",
                      "reviewedBy": ["ana", "ben"]
                    }
                  ]
                }
                """;
        Notebook notebook = NotebookJson.read(future.getBytes(StandardCharsets.UTF_8), Fixtures.CLOCK);
        notebook.editNote(UUID.fromString("3f2a1c9e-8b7d-4e6f-9a5b-1c2d3e4f5a6b"), "new note");
        JsonNode saved = JSON.readTree(NotebookJson.write(notebook));
        JsonNode original = JSON.readTree(future);

        assertEquals(original.get("colourScheme"), saved.get("colourScheme"));
        JsonNode b = saved.get("bookmarks").get(0);
        JsonNode o = original.get("bookmarks").get(0);
        assertEquals("new note", b.get("note").asText());
        assertEquals(o.get("highlightColour"), b.get("highlightColour"));
        assertEquals(o.get("reviewedBy"), b.get("reviewedBy"));
        assertEquals("AFP", b.get("article").get("publisher").asText());
        assertEquals(o.get("quote").get("refinedBy"), b.get("quote").get("refinedBy"));
        assertEquals("utf16", b.get("position").get("unit").asText());
    }

    @Test
    void missingOptionalFieldsGetDefaults() throws Exception {
        String minimal = """
                {"version": 1, "bookmarks": [{"id": "3f2a1c9e-8b7d-4e6f-9a5b-1c2d3e4f5a6b",
                  "article": {"id": "a.txt"}, "quote": {"exact": "Lavrov"}, "position": {"start": 3, "end": 9}}]}
                """;
        Bookmark b = NotebookJson.read(minimal.getBytes(StandardCharsets.UTF_8), Fixtures.CLOCK).bookmarks().get(0);
        assertEquals("", b.note());
        assertEquals(List.of(), List.copyOf(b.tags()));
        assertEquals(Instant.EPOCH, b.created());
        assertEquals("", b.quote().prefix());
    }

    @Test
    void emptyNotebookHasVersionAndNoBookmarks() throws Exception {
        String json = new String(NotebookJson.write(List.of(), Map.of()), StandardCharsets.UTF_8);
        assertEquals("{\n  \"version\": 1,\n  \"bookmarks\": [ ]\n}\n", json);
        assertEquals(0, NotebookJson.read(json.getBytes(StandardCharsets.UTF_8), Fixtures.CLOCK).size());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"2026-02-12T10:15:30Z", "2026-02-12T10:15:30.250Z",
        "2026-02-12T10:15:30.123456789Z", "1970-01-01T00:00:00Z", "2024-02-29T23:59:59.1Z"})
    void fastTimeParsingAgreesWithInstantParse(String text) {
        assertEquals(Instant.parse(text), IsoInstants.parse(text));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"2026-02-30T10:15:30Z", "2026-02-12T10:15:30.Z",
        "+026-02-12T10:15:30Z", "2026-02-12 10:15:30Z", "2026-02-12T10:15:30+01:00", "yesterday"})
    void fastTimeParsingLeavesOddFormsToInstantParse(String text) {
        assertEquals(null, IsoInstants.parse(text));
    }

    @Test
    void byteOrderMarkFromAWindowsEditorIsAccepted() throws Exception {
        byte[] json = NotebookJson.write(List.of(fixed()), Map.of());
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        assertEquals(List.of(fixed()), NotebookJson.read(withBom, Fixtures.CLOCK).bookmarks());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(nullValues = "null", textBlock = """
            2016-02-19, 2016-02-19
            2024-02-29, 2024-02-29
            2023-02-29, null
            2016-2-19,  null
            +016-02-19, null
            """)
    void fastDateParsing(String text, String expected) {
        assertEquals(expected == null ? null : LocalDate.parse(expected), IsoInstants.date(text));
    }
}
