package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.dossier.article.Article;
import org.dossier.article.ArticleReader;

/** Page markers, folded quotes and attachments never change the text the reading pane holds. */
class FormatRenderingTest {
    private final ArticleRenderer renderer = new ArticleRenderer();

    static Stream<Article> everyArticleOfTheFormatFixtures() throws IOException {
        List<Article> all = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/formats"))) {
            s.sorted().forEach(f -> all.addAll(ArticleReader.readAll(f)));
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("everyArticleOfTheFormatFixtures")
    void renderedTextEqualsTheArticleText(Article a) {
        Document doc = Jsoup.parse(renderer.render(a, List.of(), RenderOptions.DEFAULT));
        assertEquals(a.text(), doc.getElementById("dossier-text").wholeText());
    }

    private static Article paged(String text, List<Article.Block> blocks, List<Integer> pages) {
        return new Article("r.pdf", Path.of("r.pdf"), Article.Format.PDF, "Report", null, "", text, blocks, List.of(),
                List.of(), null, Article.Meta.NONE, Article.Structure.paged(pages));
    }

    @Test
    void eachPageAfterTheFirstGetsAQuietMarkerWhereItStarts() {
        String text = "First page paragraph.\n\nIt goes on to the next page here.\n\nThird page.";
        List<Article.Block> blocks = List.of(new Article.Block(Article.Block.Kind.PARAGRAPH, 0, 21),
                new Article.Block(Article.Block.Kind.PARAGRAPH, 23, 56), new Article.Block(Article.Block.Kind.PARAGRAPH, 58, 69));
        int insideSecond = text.indexOf("next page");
        Article a = paged(text, blocks, List.of(0, insideSecond, 58));
        int start = text.indexOf("goes on to the next");
        Span across = new Span(start, start + "goes on to the next".length(), "mark", "entity e-DATE", Map.of(), null);
        Document doc = Jsoup.parse(renderer.render(a, List.of(across), RenderOptions.DEFAULT));

        Element body = doc.getElementById("dossier-text");
        assertEquals(text, body.wholeText());
        List<String> pages = body.select(".page-marker").eachAttr("data-page");
        assertEquals(List.of("2", "3"), pages);
        Element inline = body.selectFirst(".page-marker[data-page=2]");
        assertEquals("p", inline.parent().tagName(), "a page that starts inside a paragraph is marked inside it");
        assertEquals("It goes on to the next page here.", inline.parent().wholeText());
        assertTrue(body.selectFirst(".page-marker[data-page=3]").hasClass("between"));
        List<Element> marks = body.select("mark.e-DATE");
        assertEquals(2, marks.size(), "the highlight is split at the page marker");
        assertEquals("goes on to the next", marks.get(0).wholeText() + marks.get(1).wholeText());
        assertTrue(ArticleRenderer.byline(a).contains("3 pages"));
    }

    @Test
    void anEmailsQuotedReplyIsFoldedAndItsAttachmentsNamed() {
        String text = "Yes.\n\nOn Monday, Jo wrote:\n\nAre you coming?";
        Article m = new Article("m.eml", Path.of("m.eml"), Article.Format.EMAIL, "Re: plans", null, "Ann", text,
                List.of(new Article.Block(Article.Block.Kind.PARAGRAPH, 0, 4), new Article.Block(Article.Block.Kind.QUOTE, 6, 26),
                        new Article.Block(Article.Block.Kind.QUOTE, 28, 43)),
                List.of(), List.of(), null, Article.Meta.NONE,
                new Article.Structure(0, "", List.of("agenda.pdf", "map.png"), List.of()));
        Document doc = Jsoup.parse(renderer.render(m, List.of(), RenderOptions.DEFAULT));

        assertEquals(text, doc.getElementById("dossier-text").wholeText());
        Element fold = doc.selectFirst("#dossier-text details.quoted");
        assertEquals(2, fold.select("blockquote").size(), "consecutive quoted blocks share one fold");
        assertEquals("", fold.selectFirst("summary").text(), "the fold's label is drawn by the style sheet");
        assertTrue(doc.selectFirst(".byline").text().endsWith("2 attachments: agenda.pdf, map.png"), doc.selectFirst(".byline").text());
    }
}
