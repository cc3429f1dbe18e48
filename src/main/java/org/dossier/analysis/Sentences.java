package org.dossier.analysis;

import java.text.BreakIterator;
import java.util.Locale;

/** The sentence around a mention, for concordance lines and the timeline's passages. */
final class Sentences {
    private Sentences() {
    }

    /**
     * The bounds {@code [start, end)} of the sentence of {@code text} that holds {@code [markStart,
     * markEnd)}, looked for within {@code [from, to)} (its paragraph), widened to hold the mark.
     */
    static int[] around(String text, int from, int to, int markStart, int markEnd) {
        from = Math.max(0, Math.min(from, markStart));
        to = Math.min(text.length(), Math.max(to, markEnd));
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(text.substring(from, to));
        int rel = markStart - from;
        int end = it.following(Math.min(rel, to - from - 1));
        int start = it.previous();
        if (end == BreakIterator.DONE) {
            end = to - from;
        }
        if (start == BreakIterator.DONE) {
            start = 0;
        }
        int s = from + start;
        int e = Math.max(from + end, markEnd);
        while (e > s && Character.isWhitespace(text.charAt(e - 1)) && e > markEnd) {
            e--;
        }
        return new int[] {Math.min(s, markStart), e};
    }
}
