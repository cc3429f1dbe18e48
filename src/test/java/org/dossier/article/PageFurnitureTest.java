package org.dossier.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One small page per furniture pattern (src/test/resources/articles/html/furniture/NAME.html, its
 * {@code <meta name="pattern">} says which): what the page marks {@code data-expect="gone"} is not in
 * the article's text, what it marks {@code data-expect="kept"} is, and so is every paragraph of the story.
 */
class PageFurnitureTest {
    private static final Path DIR = Path.of("src/test/resources/articles/html/furniture");

    static Stream<Path> pages() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void furnitureGoesAndTheStoryStays(Path page) throws IOException {
        Document marked = Jsoup.parse(Files.readString(page));
        String pattern = marked.selectFirst("meta[name=pattern]").attr("content");
        Article article = ArticleReader.read(page);
        assertNull(article.problem(), pattern);
        String text = article.text();
        List<String> blocks = article.blocks().stream().map(b -> text.substring(b.start(), b.end())).toList();

        for (Element p : marked.select("article p")) {
            if (p.text().length() >= 100 && p.closest("[data-expect]") == null) {
                assertTrue(text.contains(p.text()), pattern + ": the story's paragraph is missing: " + p.text() + "\n" + text);
            }
        }
        for (Element gone : marked.select("[data-expect=gone]")) {
            assertFalse(text.contains(gone.text()), pattern + ": should be gone: " + gone.text() + "\n" + text);
            for (TextNode t : gone.textNodes()) {
                assertFalse(blocks.contains(t.text().strip()), pattern + ": left as a block: " + t.text() + "\n" + text);
            }
            for (Element inside : gone.getAllElements()) {
                String own = inside.ownText().strip();
                if (!own.isEmpty()) {
                    assertFalse(blocks.stream().anyMatch(b -> b.strip().equals(own)),
                            pattern + ": left as a block: " + own + "\n" + text);
                }
            }
        }
        for (Element kept : marked.select("[data-expect=kept]")) {
            assertTrue(text.contains(kept.text()), pattern + ": should stay: " + kept.text() + "\n" + text);
            boolean caption = kept.normalName().equals("figcaption") || kept.hasAttr("itemprop")
                    || kept.className().contains("caption");
            if (caption) {
                Article.Block block = article.blocks().stream()
                        .filter(b -> text.substring(b.start(), b.end()).contains(kept.text())).findFirst().orElseThrow();
                assertEquals(Article.Block.Kind.CAPTION, block.kind(), pattern + ": a caption block: " + kept.text());
            }
        }
    }
}
