package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 17, item 7: names written decomposed (NFD) were cut inside a character ("Zürich" → "Zu",
 * "Erdoğan" → "Recep Tayyip Erdog", "São Paulo" → "Sa") or missed ("Genève"). They are found as
 * their composed forms are, with offsets and text of the text as written.
 */
class AnnotatorNfdTest {
    private final Annotator annotator = Annotator.standard();

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Zürich               | Talks resumed in Zürich on Friday.
            Genève               | The delegations met in Genève on Friday.
            Recep Tayyip Erdoğan | Recep Tayyip Erdoğan spoke on Friday.
            São Paulo            | Protests spread to São Paulo on Friday.
            """)
    void decomposedNamesAreFoundWholeWithTheOffsetsOfTheTextAsWritten(String name, String sentence) {
        Mention composed = find(annotator.annotate(sentence), name);
        String decomposedText = nfd(sentence);
        String decomposedName = nfd(name);
        assertTrue(decomposedName.length() > name.length(), "the test text really is decomposed");
        Mention m = find(annotator.annotate(decomposedText), decomposedName);
        int start = decomposedText.indexOf(decomposedName);
        assertEquals(start, m.start());
        assertEquals(start + decomposedName.length(), m.end());
        assertEquals(decomposedName, decomposedText.substring(m.start(), m.end()));
        assertEquals(composed.entityId(), m.entityId());
        assertEquals(composed.type(), m.type());
    }

    private static Mention find(List<Mention> mentions, String text) {
        return mentions.stream().filter(x -> x.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not among " + mentions.stream().map(Mention::text).toList()));
    }

    @Test
    void composedTextNeedsNoCopy() {
        assertNull(NormalizedText.of("Talks in Zürich and 서울, 𝒳 and é."));
    }

    @Test
    void positionsInsideACharacterMapToItsEdges() {
        String text = "a" + "e\u0301\u0323" + "b" + "\u1100\u1161\u11A8" + "c"; // é with two marks, Hangul 각 as jamo
        NormalizedText view = NormalizedText.of(text);
        assertEquals(Normalizer.normalize(text, Normalizer.Form.NFC), view.text());
        for (int i = 0; i <= view.text().length(); i++) {
            int start = view.startInOriginal(i);
            int end = view.endInOriginal(i);
            assertTrue(start <= end && end <= text.length(), i + ": " + start + ".." + end);
            assertTrue(isEdge(text, start) && isEdge(text, end), "never inside a character: " + i);
        }
        assertEquals(text.length(), view.endInOriginal(view.text().length()));
    }

    private static boolean isEdge(String s, int i) {
        return i == 0 || i == s.length() || Character.getType(s.charAt(i)) != Character.NON_SPACING_MARK
                && !(s.charAt(i) >= 0x1160 && s.charAt(i) <= 0x11FF);
    }
}
