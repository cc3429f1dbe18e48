package org.dossier.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextArticleParserTest {
    private static final Path SEED_000 = Path.of("articles/000_12460f19fc3bbb18.txt");
    private static final Path SEED_004 = Path.of("articles/004_624cc517c04daf42.txt");

    @Test
    void textIsTheFileContentItself() throws Exception {
        for (Path seed : new Path[] {SEED_000, SEED_004}) {
            Article a = ArticleReader.read(seed);
            assertEquals(Files.readString(seed, StandardCharsets.UTF_8), a.text(), seed.toString());
        }
    }

    @Test
    void headingFollowedByBlankLineIsTheTitle() {
        Article a = ArticleReader.read(SEED_004);
        assertEquals("Russia, US prepared to announce joint ceasefire in Syria on Sunday", a.title());
        assertEquals(Article.Block.Kind.HEADING, a.blocks().get(0).kind());
    }

    @Test
    void postedDatelineGivesTheDate() {
        assertEquals(LocalDate.of(2017, 7, 8), ArticleReader.read(SEED_004).date());
    }

    @Test
    void titleWithoutHeadingComesFromTheOpeningSentenceCutAtAWord() {
        Article a = ArticleReader.read(SEED_000);
        assertTrue(a.title().startsWith("American and Russian officials have met"), a.title());
        assertTrue(a.title().endsWith("…"), a.title());
        assertTrue(a.title().length() <= TextArticleParser.DERIVED_TITLE_CHARS + 1, a.title());
        String withoutEllipsis = a.title().substring(0, a.title().length() - 1);
        assertTrue(a.text().startsWith(withoutEllipsis), "cut at a word boundary: " + a.title());
        assertEquals(' ', a.text().charAt(withoutEllipsis.length()), "the next character is a space");
        assertNull(a.date(), "a date in the middle of a paragraph is not the article's date");
    }

    @Test
    void everyNonBlankLineIsABlockCoveringItsText() {
        Article a = ArticleReader.read(SEED_000);
        assertEquals(a.text().strip().split("\n").length, a.blocks().size());
        for (Article.Block b : a.blocks()) {
            String s = a.text().substring(b.start(), b.end());
            assertEquals(s.strip(), s);
            assertFalse(s.contains("\n"));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Short sentence. Then more.                                     | Short sentence.
            The U.S. envoy met Mr. Smith today. Then more.                 | The U.S. envoy met Mr. Smith today.
            No full stop at all                                            | No full stop at all
            """)
    void openingSentenceRespectsAbbreviations(String paragraph, String title) {
        assertEquals(title, TextArticleParser.titleFromSentence(paragraph));
    }

    @Test
    void crlfLinesKeepTheirCarriageReturnsInTheText(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("crlf.txt");
        Files.writeString(f, "Talks resume\r\n\r\nDelegates met in Geneva.\r\n");
        Article a = ArticleReader.read(f);
        assertEquals("Talks resume", a.title());
        assertEquals("Talks resume\r\n\r\nDelegates met in Geneva.\r\n", a.text());
        assertEquals("Delegates met in Geneva.", a.text().substring(a.blocks().get(1).start(), a.blocks().get(1).end()));
    }
}
