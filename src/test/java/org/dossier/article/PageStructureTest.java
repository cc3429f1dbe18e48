package org.dossier.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What of a page's structure survives into the text: headings, paragraphs, lists, quotes, tables of data, captions, links. */
class PageStructureTest {
    private static final Article PAGE = ArticleReader.read(Path.of("src/test/resources/articles/html/structure.html"));

    private static List<String> blocks(Article.Block.Kind kind) {
        return PAGE.blocks().stream().filter(b -> b.kind() == kind).map(b -> PAGE.text().substring(b.start(), b.end())).toList();
    }

    @Test
    void headingsListsAndQuotesKeepTheirKind() {
        assertEquals(List.of("The quotas", "What happens next"), blocks(Article.Block.Kind.HEADING));
        assertEquals(List.of("The commission meets in April.", "Its first report is due next year."),
                blocks(Article.Block.Kind.LIST_ITEM));
        assertEquals(List.of("“We have water for a decade, and a way to talk about it,” said the Ardan delegate."),
                blocks(Article.Block.Kind.QUOTE));
    }

    /** A short fragment (a feed item's content) is read by the wider pass: its quotation stays a quotation. */
    @Test
    void aQuoteInAShortFragmentStaysAQuote(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path page = java.nio.file.Files.writeString(dir.resolve("fragment.html"), "<h2>Four zones</h2><p>Russia, Turkey and "
                + "Iran agreed on four zones.</p><blockquote><p>The details matter more than the signatures.</p></blockquote>");
        Article a = ArticleReader.read(page);
        assertEquals(List.of(Article.Block.Kind.HEADING, Article.Block.Kind.PARAGRAPH, Article.Block.Kind.QUOTE),
                a.blocks().stream().map(Article.Block::kind).toList());
    }

    @Test
    void tableOfDataIsReadRowByRowWithATabBetweenCells() {
        assertEquals(List.of("State\tFarms\tTowns\tDams", "Ardan\t410\t95\t120", "Belos\t380\t70\t160", "\ttotal\t165\t280"),
                blocks(Article.Block.Kind.TABLE_ROW), "an empty first cell keeps its column; a paragraph in a cell is the cell");
    }

    @Test
    void tableAndFigureCaptionsAreCaptions() {
        assertEquals(List.of("Yearly quotas, in millions of cubic metres", "The Karun basin and the three states that share it."),
                blocks(Article.Block.Kind.CAPTION));
    }

    @Test
    void layoutTableIsReadAsParagraphs() {
        assertTrue(blocks(Article.Block.Kind.PARAGRAPH).contains(
                "The agreement can be extended, by a vote of all three states, for a further five years, officials said on Friday."));
    }

    @Test
    void relativeLinksKeepTheirTargetResolvedAgainstThePage() {
        Article.Inline link = PAGE.inlines().stream().filter(i -> i.kind() == Article.Inline.Kind.LINK).findFirst().orElseThrow();
        assertEquals("joint commission", PAGE.text().substring(link.start(), link.end()));
        assertEquals("https://herald.example/world/commission", link.href());
    }
}
