package org.dossier.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReanchorerTest {
    private static final String TEXT = Fixtures.TEXT;

    private static Anchor.Placed placed(Anchor anchor) {
        return assertInstanceOf(Anchor.Placed.class, anchor, () -> "expected a placement, got " + anchor);
    }

    @Test
    void unchangedTextPlacesByPosition() {
        Bookmark b = Fixtures.bookmark("held in Geneva", "");
        Anchor.Placed p = placed(Reanchorer.anchor(TEXT, b));
        assertEquals(Anchor.Method.POSITION, p.method());
        assertFalse(p.textChanged());
        assertEquals(b.position().start(), p.start());
    }

    @Test
    void shiftedTextPlacesByQuoteAndMarksTextChanged() {
        Bookmark b = Fixtures.bookmark("held in Geneva", "");
        String shifted = "UPDATED 14:00 GMT. Corrections appended.\n" + TEXT;
        Anchor.Placed p = placed(Reanchorer.anchor(shifted, b));
        assertEquals(Anchor.Method.QUOTE, p.method());
        assertTrue(p.textChanged());
        assertEquals("held in Geneva", shifted.substring(p.start(), p.end()));
        assertEquals(b.position().start() + 41, p.start());
    }

    @Test
    void changeElsewhereKeepsThePositionButMarksTextChanged() {
        Bookmark b = Fixtures.bookmark("held in Geneva", "");
        String edited = TEXT.replace("Lavrov said", "Lavrov insisted");
        Anchor.Placed p = placed(Reanchorer.anchor(edited, b));
        assertEquals(Anchor.Method.POSITION, p.method());
        assertTrue(p.textChanged());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            held in Geneva, Swiss, was attended by military officials | held in Geneva, Switzerland, was attended by military officials
            John Kerry said Friday that there is "a lot more work to do" | John Kerry said on Friday that there was "a lot more work to do"
            Sergei Lavrov said the ceasefire would hold only if all sides respected it | Sergei Lavrov said that the ceasefire would only hold if all sides respected it
            """)
    void editedPassageIsFoundApproximately(String quote, String edit) {
        Bookmark b = Fixtures.bookmark(quote, "");
        String edited = "A new opening line.\n" + TEXT.replace(quote, edit);
        Anchor.Placed p = placed(Reanchorer.anchor(edited, b));
        assertEquals(Anchor.Method.FUZZY, p.method());
        assertTrue(p.score() >= Reanchorer.MIN_SCORE);
        int expected = edited.indexOf(edit);
        assertTrue(Math.abs(p.start() - expected) <= 2 && Math.abs(p.end() - (expected + edit.length())) <= 2,
                "placed on \"" + edited.substring(p.start(), p.end()) + "\"");
    }

    @Test
    void removedPassageIsOrphanedWithItsQuote() {
        Bookmark b = Fixtures.bookmark("The top US diplomat added that the talks between Washington and Moscow", "");
        String edited = TEXT.replace(
                "The top US diplomat added that the talks between Washington and Moscow had been \"serious and so far "
                        + "constructive, with a few tough issues still to resolve\".\n", "");
        Anchor.Orphaned o = assertInstanceOf(Anchor.Orphaned.class, Reanchorer.anchor(edited, b));
        assertEquals(b.exact(), o.quote());
        assertTrue(o.textChanged());
    }

    @Test
    void heavilyRewrittenPassageIsOrphanedNotPlacedOnASimilarOne() {
        Bookmark b = Fixtures.bookmark("John Kerry said Friday that there is", "");
        String edited = TEXT.replace("John Kerry said Friday that there is \"a lot more work to do\"",
                "the envoy conceded that much remained open")
                + "Later, John Kerry said Monday that there was little progress.\n";
        assertInstanceOf(Anchor.Orphaned.class, Reanchorer.anchor(edited, b));
    }

    @Test
    void shortQuoteWhoseSentenceWasRemovedIsNotPlacedOnAnotherMention() {
        // "Lavrov" still occurs once, but in a new sentence: the context disagrees.
        Bookmark b = Fixtures.bookmark("Lavrov", "");
        String edited = TEXT.replace("Russian Foreign Minister Sergei Lavrov said the ceasefire would hold only if all "
                + "sides respected it.", "Nothing more was said.") + "Moscow's statement, read by Lavrov's deputy, "
                + "followed.\n";
        assertInstanceOf(Anchor.Orphaned.class, Reanchorer.anchor(edited, b));
    }

    @Test
    void repeatedQuoteIsPlacedOnTheOccurrenceItsContextNames() {
        Bookmark b = Fixtures.bookmark("the ceasefire can go into effect", "");
        String edited = "Analysts doubted the ceasefire can go into effect soon.\n" + TEXT;
        Anchor.Placed p = placed(Reanchorer.anchor(edited, b));
        assertEquals(edited.indexOf("the ceasefire can go into effect", edited.indexOf("work to do")), p.start());
    }

    @Test
    void ambiguousRepeatedQuoteIsOrphaned() {
        // The passage and its surroundings now occur twice, identically: no way to tell which was meant.
        Bookmark b = Fixtures.bookmark("held in Geneva", "");
        String opening = TEXT.substring(0, TEXT.indexOf("After several"));
        String edited = "Foreword.\n" + opening + TEXT;
        Anchor.Orphaned o = assertInstanceOf(Anchor.Orphaned.class, Reanchorer.anchor(edited, b));
        assertTrue(o.reason().contains("2 times"), o.reason());
    }

    @Test
    void staleOffsetsBeyondTheTextStillFindTheQuote() {
        Bookmark b = Fixtures.bookmark("Sergei Lavrov", "");
        String shorter = TEXT.substring(TEXT.indexOf("Russian Foreign"));
        Anchor.Placed p = placed(Reanchorer.anchor(shorter, b));
        assertEquals(shorter.indexOf("Sergei Lavrov"), p.start());
    }

    @Test
    void anchorAllKeepsEveryBookmarkIncludingOrphans() {
        List<Bookmark> list = List.of(Fixtures.bookmark("held in Geneva", ""), Fixtures.bookmark("Sergei Lavrov", ""));
        Map<UUID, Anchor> anchors = Reanchorer.anchorAll("Entirely different text now, long enough.", list);
        assertEquals(2, anchors.size());
        assertTrue(anchors.values().stream().allMatch(a -> a instanceof Anchor.Orphaned));
    }

    /**
     * Property: with text inserted and deleted away from the passage, every bookmark lands on its own
     * passage, never on another.
     */
    @Test
    void editsAroundPassagesNeverMovePlacementsOntoOtherText() {
        Random random = new Random(99);
        int placedCount = 0;
        for (int round = 0; round < 300; round++) {
            int start = random.nextInt(TEXT.length() - 60);
            int end = start + 5 + random.nextInt(50);
            Bookmark b = Fixtures.factory().create(Fixtures.article(), start, end, "", List.of());
            String before = TEXT.substring(0, start);
            String after = TEXT.substring(end);
            int cut = random.nextInt(Math.max(1, before.length()));
            String editedBefore = before.substring(0, cut) + "[inserted " + round + "] "
                    + before.substring(Math.min(before.length(), cut + random.nextInt(20)));
            String edited = editedBefore + b.exact() + after + " Trailing addition.";
            Anchor a = Reanchorer.anchor(edited, b);
            if (a instanceof Anchor.Placed p) {
                placedCount++;
                assertEquals(editedBefore.length(), p.start(), "round " + round + ": wrong passage for \""
                        + b.exact() + "\"");
                assertEquals(editedBefore.length() + b.exact().length(), p.end());
            }
        }
        assertTrue(placedCount >= 285, "only " + placedCount + " of 300 placed");
    }

    /** Property: a passage cut out of the text is orphaned, never placed on what is left. */
    @Test
    void removedPassagesAreNeverPlacedOnOtherText() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            int start = random.nextInt(TEXT.length() - 120);
            int end = start + 20 + random.nextInt(100);
            Bookmark b = Fixtures.factory().create(Fixtures.article(), start, end, "", List.of());
            String edited = TEXT.substring(0, start) + TEXT.substring(end);
            if (edited.contains(b.exact())) {
                continue;
            }
            Anchor a = Reanchorer.anchor(edited, b);
            int r = round;
            assertInstanceOf(Anchor.Orphaned.class, a, () -> "round " + r + ": \"" + b.exact() + "\" placed on \""
                    + edited.substring(((Anchor.Placed) a).start(), ((Anchor.Placed) a).end()) + "\"");
        }
    }
}
