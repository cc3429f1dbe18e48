package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.dossier.article.Article;
import org.dossier.article.ArticleReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleRendererTest {
    private final ArticleRenderer renderer = new ArticleRenderer();

    static Stream<Path> everyArticleWeShipOrTest() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Path.of("articles"), Path.of("src/test/resources/articles"))) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("everyArticleWeShipOrTest")
    void renderedTextEqualsTheArticleText(Path file) {
        Article a = ArticleReader.read(file);
        Document doc = Jsoup.parse(renderer.render(a, List.of(), RenderOptions.DEFAULT));
        assertEquals(a.text(), doc.getElementById("dossier-text").wholeText());
    }

    @Test
    void highlightsWrapSpansWithoutChangingTheText() {
        Article a = ArticleReader.read(Path.of("articles/004_624cc517c04daf42.txt"));
        int start = a.text().indexOf("Sergey Lavrov");
        List<Span> spans = List.of(new Span(start, start + 13, "mark", "entity e-PERSON",
                Map.of("type", "PERSON", "id", "PERSON:Sergey Lavrov"), "PERSON · Sergey Lavrov"));
        Document doc = Jsoup.parse(renderer.render(a, spans, RenderOptions.DEFAULT));
        Element mark = doc.selectFirst("mark.e-PERSON");
        assertNotNull(mark);
        assertEquals("Sergey Lavrov", mark.text());
        assertEquals("PERSON:Sergey Lavrov", mark.attr("data-id"));
        assertEquals("PERSON · Sergey Lavrov", mark.attr("title"));
        assertEquals(a.text(), doc.getElementById("dossier-text").wholeText());
    }

    @Test
    void fuzzedTextAndOverlappingSpansKeepTheTextExact() {
        Random random = new Random(42);
        String alphabet = "ab c<>&\"'\r\n\t\u00a0é—€\u2028;#";
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder("x");
            int length = 1 + random.nextInt(400);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Article a = textArticle(text.toString());
            List<Span> spans = new ArrayList<>();
            for (int i = random.nextInt(12); i > 0; i--) {
                int s = random.nextInt(text.length());
                int e = s + random.nextInt(text.length() - s + 1);
                spans.add(new Span(s, e, i % 2 == 0 ? "mark" : "span", "c" + i, Map.of("n", "<" + i + ">"), "t&" + i));
            }
            Document doc = Jsoup.parse(renderer.render(a, spans, RenderOptions.DEFAULT));
            assertEquals(a.text(), doc.getElementById("dossier-text").wholeText(), "round " + round);
        }
    }

    @Test
    void articleMarkupNeverReachesTheDocument() {
        Article a = ArticleReader.read(Path.of("src/test/resources/articles/html/hostile.html"));
        String html = renderer.render(a, List.of(), RenderOptions.DEFAULT);
        Document doc = Jsoup.parse(html);
        assertTrue(doc.select("script, iframe, img, link, object, embed, [onerror], [onload], [href], [src]").isEmpty(), html);
        assertEquals(ArticleRenderer.CSP, doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"));
        assertFalse(html.contains("evil.example/bg.png"), "inline styles of the article are dropped");
    }

    @Test
    void headingThatIsTheTitleIsNotShownTwice() {
        Article a = ArticleReader.read(Path.of("articles/004_624cc517c04daf42.txt"));
        Document doc = Jsoup.parse(renderer.render(a, List.of(), RenderOptions.DEFAULT));
        assertEquals(1, doc.select("h1").size());
        assertEquals(a.title(), doc.selectFirst("#dossier-text h1.title").text());
        assertEquals("8 July 2017 · 422 words · 004_624cc517c04daf42.txt", doc.selectFirst(".byline").text());
    }

    @Test
    void titleDerivedFromTheOpeningSentenceIsNotShownAboveIt() {
        Article a = ArticleReader.read(Path.of("articles/000_12460f19fc3bbb18.txt"));
        assertTrue(a.title().endsWith("…"), a.title());
        Document doc = Jsoup.parse(renderer.render(a, List.of(), RenderOptions.DEFAULT));
        assertTrue(doc.select("h1").isEmpty(), "the opening sentence is shown once, as written");
        assertEquals(a.title(), doc.title(), "the window title still names it");
    }

    @Test
    void titleThatIsNotInTheTextIsShownAboveIt() {
        Article a = textArticle("Some text.");
        Document doc = Jsoup.parse(renderer.render(a, List.of(), RenderOptions.DEFAULT));
        assertEquals("T", doc.selectFirst("header h1.title").text());
        assertTrue(doc.select("#dossier-text h1").isEmpty());
    }

    @Test
    void metadataLineNamesTheSiteAndTheAuthors() {
        Article a = ArticleReader.read(Path.of("src/test/resources/articles/html/metadata/json-ld.html"));
        Document doc = Jsoup.parse(renderer.render(a, List.of(), RenderOptions.DEFAULT));
        assertEquals("Ardan Herald · Mara Voss, Idris Kell · 16 November 2017 · " + a.wordCount() + " words · json-ld.html",
                doc.selectFirst(".byline").text());
    }

    @Test
    void tableRowsAndCaptionsAreDrawnAsSuchWithTheTextUnchanged() {
        Article a = ArticleReader.read(Path.of("src/test/resources/articles/html/structure.html"));
        Document doc = Jsoup.parse(renderer.render(a, List.of(), RenderOptions.DEFAULT));
        assertEquals(a.text(), doc.getElementById("dossier-text").wholeText());
        assertEquals(4, doc.select("#dossier-text table tr").size());
        assertEquals(List.of("Ardan", "410", "95", "120"), doc.select("#dossier-text table tr").get(1).select("td").eachText());
        assertEquals(2, doc.select("#dossier-text p.caption").size());
    }

    @Test
    void optionsReachTheRootElement() {
        Article a = textArticle("Some text.");
        RenderOptions options = new RenderOptions(true, 130, Set.of("PERSON", "DATE"));
        Element html = Jsoup.parse(renderer.render(a, List.of(), options)).selectFirst("html");
        assertEquals("theme-dark hide-DATE hide-PERSON", html.className());
        assertEquals("font-size:130%", html.attr("style"));
    }

    @Test
    void fontSizeIsClamped() {
        assertEquals(RenderOptions.MAX_FONT, RenderOptions.DEFAULT.withFontPercent(1000).fontPercent());
        assertEquals(RenderOptions.MIN_FONT, RenderOptions.DEFAULT.withFontPercent(1).fontPercent());
    }

    static Article textArticle(String text) {
        return new Article("t.txt", Path.of("t.txt"), Article.Format.TEXT, "T", null, "", text,
                List.of(new Article.Block(Article.Block.Kind.PARAGRAPH, 0, text.length())), List.of(), List.of(), null);
    }
}
