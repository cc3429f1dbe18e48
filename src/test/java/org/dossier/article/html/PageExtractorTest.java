package org.dossier.article.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageExtractorTest {
    private static final Path DIR = Path.of("src/test/resources/articles/html");

    private static PageExtractor.Result extract(String fixture) throws IOException {
        return PageExtractor.extract(Files.readString(DIR.resolve(fixture)));
    }

    @Test
    void storyInsideContainersNamedLikeFurnitureIsStillFound() throws IOException {
        PageExtractor.Result r = extract("story-in-furniture.html");
        String text = Texts.inner(r.content());
        assertTrue(text.startsWith("Negotiators from the three river states"), text);
        assertTrue(text.contains("for five more years."), text);
        assertFalse(text.contains("The Ardan Herald"), text);
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void pageWithoutAnArticleShowsItsVisibleTextAndSaysSo() throws IOException {
        PageExtractor.Result r = extract("section-front.html");
        assertEquals(List.of(PageExtractor.NO_ARTICLE), r.warnings());
        String text = Texts.inner(r.content());
        for (String headline : List.of("River states agree to share the Karun", "Harbour strike ends after pay deal",
                "Museum reopens its river gallery")) {
            assertTrue(text.contains(headline), text);
        }
    }

    @Test
    void signInWallShowsWhatItSays() {
        PageExtractor.Result r = PageExtractor.extract("<html><body><div class='wall'><h2>Subscribers only</h2>"
                + "<p>Sign in to keep reading.</p><form><input name=email><button>Sign in</button></form></div></body></html>");
        assertEquals(List.of(PageExtractor.NO_ARTICLE), r.warnings());
        assertTrue(Texts.inner(r.content()).contains("Sign in to keep reading."));
    }

    @ParameterizedTest(name = "<{0}> nested 100,000 deep")
    @ValueSource(strings = {"div", "span", "b", "blockquote"})
    void pageNestedOneHundredThousandDeepIsCutNotOverflowed(String tag) {
        StringBuilder html = new StringBuilder("<html><body>");
        html.append(("<" + tag + ">").repeat(100_000));
        html.append("<p>The story, at the bottom of it all, still reads.</p></body></html>");
        PageExtractor.Result r = PageExtractor.extract(html.toString());
        assertTrue(Texts.inner(r.content()).contains("The story, at the bottom of it all, still reads."));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("nested more than")), r.warnings().toString());
    }

    @Test
    void pageWithTooManyTagsIsCutWithAMessage() {
        StringBuilder html = new StringBuilder("<html><body><article>");
        String paragraph = "<p>Negotiators agreed on Thursday to share the water of the Karun basin, officials said.</p>";
        while (html.length() < 8_000_000) {
            html.append(paragraph);
        }
        PageExtractor.Result r = PageExtractor.extract(html.toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("The page is too large to read whole")), r.warnings().toString());
        assertTrue(Texts.length(r.content()) > 100_000, "the part read is kept");
    }

    @Test
    void emptyAndScriptOnlyPagesComeBackEmptyWithoutFailing() {
        for (String html : List.of("", "<html></html>", "<script>var x = '<p>not text</p>';</script>", "<<<>>>")) {
            PageExtractor.Result r = PageExtractor.extract(html);
            assertFalse(Texts.inner(r.content()).contains("not text"));
        }
    }

    static Stream<Path> fixtures() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(DIR)) {
            s.filter(p -> p.toString().endsWith(".html")).sorted().forEach(out::add);
        }
        return out.stream();
    }

    /** The one-walk index agrees with asking each element, on every fixture page. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void textIndexAgreesWithTheDirectMeasures(Path page) throws IOException {
        Document doc = Jsoup.parse(Files.readString(page));
        TextIndex index = TextIndex.of(doc.body());
        for (Element e : doc.body().getAllElements()) {
            assertEquals(Texts.length(e), index.length(e), e.cssSelector());
            assertEquals(Texts.linkDensity(e), index.linkDensity(e), 1e-9, e.cssSelector());
        }
    }
}
