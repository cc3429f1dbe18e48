package org.dossier.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class MarkdownArticleParserTest {
    private static final Path DIR = Path.of("src/test/resources/articles/md");

    @Test
    void frontMatterGivesTitleDateAndSource() {
        Article a = ArticleReader.read(DIR.resolve("briefing.md"));
        assertEquals(Article.Format.MARKDOWN, a.format());
        assertEquals("Briefing: the Astana process", a.title());
        assertEquals(LocalDate.of(2017, 5, 4), a.date());
        assertEquals("Dossier desk", a.source());
        assertFalse(a.text().contains("title:"), "front matter is not text");
    }

    @Test
    void headingsListsQuotesEmphasisAndLinksBecomeStructure() {
        Article a = ArticleReader.read(DIR.resolve("briefing.md"));
        assertTrue(a.text().startsWith("The Astana process\n\nTalks in Astana brought together Russia, Turkey and Iran."), a.text());
        assertEquals(Article.Block.Kind.HEADING, a.blocks().get(0).kind());
        assertEquals(2, a.blocks().stream().filter(b -> b.kind() == Article.Block.Kind.LIST_ITEM).count());
        assertEquals(1, a.blocks().stream().filter(b -> b.kind() == Article.Block.Kind.QUOTE).count());
        assertTrue(a.inlines().stream().anyMatch(i -> i.kind() == Article.Inline.Kind.STRONG
                && a.text().substring(i.start(), i.end()).equals("Astana")));
        assertTrue(a.inlines().stream().anyMatch(i -> i.kind() == Article.Inline.Kind.LINK
                && "https://example.org/guarantors".equals(i.href())));
        assertFalse(a.text().contains("alert"), "raw HTML in Markdown is sanitized too");
    }

    @Test
    void withoutFrontMatterTheFirstHeadingIsTheTitleAndADatelineTheDate() {
        Article a = ArticleReader.read(DIR.resolve("plain.md"));
        assertEquals("Geneva talks resume", a.title());
        assertEquals(LocalDate.of(2016, 3, 14), a.date());
    }
}
