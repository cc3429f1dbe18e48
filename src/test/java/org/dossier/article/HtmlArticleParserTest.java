package org.dossier.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class HtmlArticleParserTest {
    private static final Path DIR = Path.of("src/test/resources/articles/html");

    @Test
    void savedPageGivesMetadataFromItsHead() {
        Article a = ArticleReader.read(DIR.resolve("saved-page.html"));
        assertEquals(Article.Format.HTML, a.format());
        assertEquals("Ceasefire holds in southern Syria", a.title());
        assertEquals(LocalDate.of(2017, 7, 10), a.date(), "the date as published, not shifted to UTC");
        assertEquals("Example News", a.source());
        assertEquals("Example News", a.meta().site());
        assertEquals("Jane Reporter", a.meta().byline(), "the byline element, without its 'By'");
        assertEquals("en", a.meta().lang());
        assertEquals("2017-07-10T09:30+03:00", a.meta().published());
    }

    @Test
    void savedPageKeepsTheStoryAndDropsTheFurniture() {
        String text = ArticleReader.read(DIR.resolve("saved-page.html")).text();
        assertTrue(text.contains("A ceasefire brokered by the United States, Russia and Jordan held on Monday"), text);
        assertTrue(text.contains("Talks in Astana"));
        for (String furniture : List.of("Home", "Buy one", "Share on Twitter", "Related", "All rights reserved",
                "editor's note", "tracking", "By Jane Reporter", "Ceasefire holds")) {
            assertFalse(text.contains(furniture), furniture + " should be gone: " + text);
        }
    }

    @Test
    void blocksAreSeparatedByABlankLineAndKeepTheirKind() {
        Article a = ArticleReader.read(DIR.resolve("saved-page.html"));
        List<Article.Block> blocks = a.blocks();
        assertEquals(Article.Block.Kind.PARAGRAPH, blocks.get(0).kind(), "the headline is the title, not the text");
        assertTrue(slice(a, blocks.get(0)).startsWith("A ceasefire brokered"));
        assertTrue(blocks.stream().anyMatch(b -> b.kind() == Article.Block.Kind.HEADING && slice(a, b).equals("Talks in Astana")));
        assertEquals(3, blocks.stream().filter(b -> b.kind() == Article.Block.Kind.LIST_ITEM).count());
        for (int i = 1; i < blocks.size(); i++) {
            assertEquals("\n\n", a.text().substring(blocks.get(i - 1).end(), blocks.get(i).start()));
        }
    }

    @Test
    void emphasisAndLinksAreKeptAsInlineSpans() {
        Article a = ArticleReader.read(DIR.resolve("saved-page.html"));
        Article.Inline em = a.inlines().stream().filter(i -> i.kind() == Article.Inline.Kind.EMPHASIS).findFirst().orElseThrow();
        assertEquals("United States", a.text().substring(em.start(), em.end()));
        Article.Inline link = a.inlines().stream().filter(i -> i.kind() == Article.Inline.Kind.LINK).findFirst().orElseThrow();
        assertEquals("See the map", a.text().substring(link.start(), link.end()));
        assertEquals("https://example.com/map", link.href());
    }

    @Test
    void pageWithoutArticleTagUsesTheDensestBlock() {
        Article a = ArticleReader.read(DIR.resolve("no-article-tag.html"));
        assertEquals("Aid convoy reaches Aleppo", a.title());
        assertEquals(LocalDate.of(2016, 12, 20), a.date());
        assertTrue(a.text().startsWith("An aid convoy reached eastern Aleppo"), a.text());
        assertFalse(a.text().contains("Most read"));
        assertFalse(a.text().contains("Contact us"));
    }

    @Test
    void hostileMarkupLeavesOnlyItsText() {
        Article a = ArticleReader.read(DIR.resolve("hostile.html"));
        assertEquals("Hostile page", a.title());
        assertFalse(a.text().contains("alert"), a.text());
        assertTrue(a.text().contains("Styled paragraph <script> as text."), "escaped markup is text: " + a.text());
        assertTrue(a.inlines().stream().noneMatch(i -> i.href() != null && i.href().startsWith("javascript")),
                "javascript: links are removed by the safelist");
    }

    private static String slice(Article a, Article.Block b) {
        return a.text().substring(b.start(), b.end());
    }
}
