package org.dossier.annotate;

/**
 * Finds quantities as the product defines them: a cardinal number with the noun it counts
 * ("17 countries", "260,000 people", "four de-escalation zones") or with a scale word ("23 million").
 * Approximators ("over", "some") and ordinals stay out. Pure functions over {@link Tokens}; thread-safe.
 */
final class QuantityRule {
    private QuantityRule() {
    }

    /** The token after the quantity starting at {@code k}, or -1 when none starts there. */
    static int match(Tokens t, int k) {
        // Most numbers (scores, tables, prices) are followed by no word at all: leave at once.
        if (!t.has(k + 1, Tokens.LOWER) && !t.isPunct(k + 1, '%') || !isCardinal(t, k)) {
            return -1;
        }
        int e = k + 1;
        boolean scaled = false;
        while (isScale(t, e)) {
            e++;
            scaled = true;
        }
        if (t.isPunct(e, '%') && t.touches(e)) {
            return e + 1;
        }
        if (t.is(e, "percent") || t.is(e, "per") && t.is(e + 1, "cent")) {
            return t.is(e, "per") ? e + 2 : e + 1;
        }
        // Up to three lower-case words (hyphenated compounds count as one), the last a plural noun.
        int best = -1;
        int w = e;
        for (int words = 0; words < 3; words++) {
            if (!t.has(w, Tokens.LOWER) || !t.has(w, Tokens.GAP) || isStop(t, w)) {
                break;
            }
            int end = w + 1;
            while (t.isPunct(end, '-') && t.touches(end) && t.has(end + 1, Tokens.LOWER) && t.touches(end + 1)) {
                end += 2;
            }
            if (isCountNoun(t, end - 1)) {
                best = end;
                break;
            }
            w = end;
        }
        if (best > 0) {
            return best;
        }
        return scaled ? e : -1;
    }

    private static boolean isCardinal(Tokens t, int k) {
        if (t.has(k, Tokens.NUM)) {
            // not part of a score, time or date like 4-2, 10:30 or 1996-08-30, and not an ordinal
            return !(t.isPunct(k + 1, '-') && t.touches(k + 1) && t.has(k + 2, Tokens.NUM))
                    && !(t.isPunct(k + 1, ':') && t.touches(k + 1))
                    && !(t.isPunct(k - 1, '-') && t.touches(k) && t.has(k - 2, Tokens.NUM))
                    && !(t.isPunct(k - 1, '$') || t.isPunct(k - 1, '\u00a3') || t.isPunct(k - 1, '\u20ac'));
        }
        return t.has(k, Tokens.LOWER) && t.isA(k, Lexicon.CARDINAL);
    }

    private static boolean isScale(Tokens t, int k) {
        return t.isA(k, Lexicon.SCALE) || t.is(k, "m") && t.touches(k);
    }

    private static boolean isStop(Tokens t, int k) {
        return t.isA(k, Lexicon.QUANTITY_STOP);
    }

    private static boolean isCountNoun(Tokens t, int k) {
        int len = t.length(k);
        if (len < 3) {
            return false;
        }
        char last = t.c[t.end[k] - 1];
        char before = t.c[t.end[k] - 2];
        if (last == 's' && before != 's' && before != 'u' && before != 'i') {
            return true;
        }
        return t.isA(k, Lexicon.COUNT_NOUN);
    }
}
