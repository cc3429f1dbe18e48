package org.dossier.annotate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A text in Unicode NFC with a map back to the text as written, so names typed decomposed (NFD: "u"
 * then a combining diaeresis, as macOS file names and some feeds have them) are matched like the
 * composed names in the gazetteers, while every offset handed out stays one into the original text.
 * The text is normalised one segment (a character and the marks that follow it) at a time; a
 * position inside a segment maps to the segment's start (for a start) or end (for an end), so a
 * mention never ends inside a character. Immutable.
 */
final class NormalizedText {
    private final String original;
    private final String text;
    /** For each char of {@link #text} (and one past its end), where its segment starts in the original. */
    private final int[] toOriginal;

    private NormalizedText(String original, String text, int[] toOriginal) {
        this.original = original;
        this.text = text;
        this.toOriginal = toOriginal;
    }

    /** The normalised view of {@code s}, or null when {@code s} is NFC already (the usual case: no copy). */
    static NormalizedText of(String s) {
        if (belowCombiningMarks(s) || Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
            return null;
        }
        int n = s.length();
        StringBuilder out = new StringBuilder(n);
        int[] map = new int[n + 1];
        int i = 0;
        while (i < n) {
            int j = i + 1;
            while (j < n && continuesSegment(s.charAt(j))) {
                j++;
            }
            char c = s.charAt(i);
            if (j == i + 1 && c < 0x300) {
                // Below U+0300 a lone character is its own NFC.
                map[out.length()] = i;
                out.append(c);
            } else {
                String nfc = Normalizer.normalize(s.substring(i, j), Normalizer.Form.NFC);
                if (out.length() + nfc.length() >= map.length) {
                    map = java.util.Arrays.copyOf(map, Math.max(map.length * 2, out.length() + nfc.length() + 1));
                }
                for (int k = 0; k < nfc.length(); k++) {
                    map[out.length() + k] = i;
                }
                out.append(nfc);
            }
            i = j;
        }
        map = java.util.Arrays.copyOf(map, out.length() + 1);
        map[out.length()] = n;
        return new NormalizedText(s, out.toString(), map);
    }

    /**
     * Whether every char is below U+0300, where each character is its own NFC and none combines
     * with the one before: true of most news in Latin script, and a plain scan is several times
     * cheaper than asking the normaliser.
     */
    private static boolean belowCombiningMarks(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= 0x300) {
                return false;
            }
        }
        return true;
    }

    /** Marks, the second half of a surrogate pair, and Hangul vowel and final jamo belong to the character before. */
    private static boolean continuesSegment(char c) {
        if (Character.isLowSurrogate(c) || c >= 0x1160 && c <= 0x11FF) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    String text() {
        return text;
    }

    int startInOriginal(int start) {
        return toOriginal[start];
    }

    int endInOriginal(int end) {
        if (end == 0 || end >= text.length()) {
            return end == 0 ? 0 : original.length();
        }
        int segment = toOriginal[end - 1];
        int k = end;
        while (k < text.length() && toOriginal[k] == segment) {
            k++;
        }
        return toOriginal[k];
    }

    /** The mentions found in {@link #text()}, with offsets and text of the original; sorted, non-overlapping. */
    List<Mention> toOriginal(List<Mention> found) {
        List<Mention> mapped = new ArrayList<>(found.size());
        int last = 0;
        for (Mention m : found) {
            int start = startInOriginal(m.start());
            int end = endInOriginal(m.end());
            if (start < last || end <= start) {
                continue;
            }
            mapped.add(new Mention(start, end, m.type(), original.substring(start, end), m.entityId(), m.source()));
            last = end;
        }
        return mapped;
    }
}
