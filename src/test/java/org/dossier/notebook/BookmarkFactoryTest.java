package org.dossier.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.util.List;

import org.dossier.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BookmarkFactoryTest {
    @Test
    void bookmarkCarriesQuoteWithContextPositionAndTextHash() {
        Article a = Fixtures.article();
        int start = a.text().indexOf("held in Geneva");
        Bookmark b = Fixtures.factory().create(a, start, start + 14, " venue ", List.of("b", "a", "a"));
        assertEquals("held in Geneva", b.exact());
        assertEquals(a.text().substring(start - 32, start), b.quote().prefix());
        assertEquals(a.text().substring(start + 14, start + 46), b.quote().suffix());
        assertEquals(new TextPosition(start, start + 14), b.position());
        assertEquals(TextHash.sha256(a.text()), b.article().textSha256());
        assertEquals("world/syria-talks.txt", b.article().id());
        assertEquals(List.of("a", "b"), List.copyOf(b.tags()));
        assertEquals(Fixtures.CLOCK.instant(), b.created());
        assertEquals(b.created(), b.modified());
    }

    @Test
    void contextIsCutAtTheEndsOfTheText() {
        TextQuote q = BookmarkFactory.quoteAt("abcdef", 0, 6);
        assertEquals(new TextQuote("abcdef", "", ""), q);
    }

    @Test
    void contextNeverSplitsASurrogatePair() {
        String text = "😀" + "x".repeat(31) + "QUOTE" + "y".repeat(31) + "😀";
        TextQuote q = BookmarkFactory.quoteAt(text, 33, 38);
        assertEquals("x".repeat(31), q.prefix());
        assertEquals("y".repeat(31), q.suffix());
    }

    @Test
    void sha256MatchesAKnownValue() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TextHash.sha256("abc"));
    }

    @Test
    void entityFinderIsAskedAboutThePassage() {
        Article a = Fixtures.article();
        int start = a.text().indexOf("Sergei Lavrov");
        EntityFinder finder = (text, s, e) -> List.of(new PassageEntity(text.substring(s, e), "PERSON", "p:" + s));
        Bookmark b = new BookmarkFactory(finder, Clock.systemUTC()).create(a, start, start + 13, "", List.of());
        assertEquals(List.of(new PassageEntity("Sergei Lavrov", "PERSON", "p:" + start)), b.entities());
    }

    @ParameterizedTest
    @CsvSource({"-1, 5", "5, 5", "6, 5", "0, 100000"})
    void invalidSelectionsAreRefused(int start, int end) {
        assertThrows(IllegalArgumentException.class,
                () -> Fixtures.factory().create(Fixtures.article(), start, end, "", List.of()));
    }

    @Test
    void occurrencesIncludeOverlaps() {
        assertEquals(List.of(0, 1, 2), BookmarkFactory.occurrences("aaaa", "aa"));
        assertEquals(List.of(), BookmarkFactory.occurrences("abc", "x"));
    }

    @Test
    void acceptedFuzzyPlacementMovesTheBookmarkOntoTheNewText() {
        Bookmark b = Fixtures.bookmark("held in Geneva, Swiss,", "venue", "geneva");
        String edited = "New first line.\n" + Fixtures.TEXT.replace("Geneva, Swiss,", "Geneva, Switzerland,");
        Anchor.Placed p = (Anchor.Placed) Reanchorer.anchor(edited, b);
        Bookmark moved = Fixtures.factory().moveTo(b, Fixtures.article("world/syria-talks.txt", edited), p.start(), p.end());
        assertEquals(b.id(), moved.id());
        assertEquals(b.note(), moved.note());
        assertEquals(b.tags(), moved.tags());
        assertEquals(edited.substring(p.start(), p.end()), moved.exact());
        assertEquals(TextHash.sha256(edited), moved.article().textSha256());
        Anchor again = Reanchorer.anchor(edited, moved);
        assertEquals(new Anchor.Placed(p.start(), p.end(), Anchor.Method.POSITION, false, 1.0), again);
    }
}
