package org.dossier.annotate;

/**
 * Where the runs of capitalised words ("chunks") start and end: capitalised words with their inner
 * particles ("Staffan de Mistura"), hyphens and apostrophes ("France-Presse", "O'Brien"),
 * initials ("John F. Kennedy") and "of"/"for"/"&" joints ("Bank of England"). A chunk never
 * crosses a sentence start, a line break, a month or a weekday. Stateless over one text's tokens.
 */
final class Chunks {
    private final Tokens t;
    private final TokenFacts f;

    Chunks(TokenFacts f) {
        this.f = f;
        this.t = f.t;
    }

    boolean startsName(int k) {
        if (t.has(k, Tokens.CAP)) {
            return true;
        }
        return f.isParticle(k) && particleLeadsToName(k);
    }

    boolean particleLeadsToName(int k) {
        if (f.isParticle(k + 1) && t.has(k + 1, Tokens.GAP) && t.has(k + 2, Tokens.CAP) && t.has(k + 2, Tokens.GAP)) {
            return true; // "van der Westhuizen"
        }
        if (t.isPunct(k + 1, '-') && t.touches(k + 1) && t.touches(k + 2) && t.has(k + 2, Tokens.CAP)) {
            return true;
        }
        return t.has(k + 1, Tokens.CAP) && t.has(k + 1, Tokens.GAP) && !t.has(k + 1, Tokens.SENT)
                && !t.is(k, "al") || t.is(k, "al") && t.has(k + 1, Tokens.CAP) && t.touches(k + 1);
    }

    /** The end (exclusive) of the chunk starting at {@code k}. */
    int end(int k) {
        int e = k + 1;
        if (f.isParticle(k) && t.isPunct(e, '-')) {
            e += 2;
        }
        while (e < t.n) {
            int fl = t.flags[e];
            if ((fl & Tokens.SENT) != 0 || (fl & Tokens.NL) != 0 || DateRule.isMonth(t, e) || DateRule.isWeekday(t, e)) {
                break;
            }
            if ((fl & Tokens.CAP) != 0 && (fl & Tokens.GAP) != 0) {
                e++;
            } else if ((t.isPunct(e, '-') || t.isPunct(e, '\'') || t.isPunct(e, '\u2019')) && t.touches(e)
                    && t.touches(e + 1) && t.has(e + 1, Tokens.CAP)) {
                e += 2; // France-Presse, O'Brien
            } else if ((fl & Tokens.WORD) == 0 && eastAsianSyllable(k, e)) {
                e += 2; // Kim Jong-un, Li Song-ho, President Kim Dae-jung
            } else if ((t.isPunct(e, '\'') || t.isPunct(e, '\u2019')) && t.touches(e) && t.has(e - 1, Tokens.CAP)
                    && t.c[t.end[e - 1] - 1] == 's' && t.has(e + 1, Tokens.CAP) && t.has(e + 1, Tokens.GAP)
                    && f.isOrgHead(e + 1)) {
                e += 2; // Teachers' Association, Workers' Party: a plural's apostrophe inside the name
            } else if (t.isPunct(e, '.') && t.touches(e) && t.has(e - 1, Tokens.CAP) && t.has(e + 1, Tokens.CAP)
                    && (t.length(e - 1) == 1 || t.isA(e - 1, Lexicon.ABBREVIATION))) {
                e++; // initial or title abbreviation: John F. Kennedy, Mr. Biden
            } else if (f.isParticle(e) && (fl & Tokens.GAP) != 0 && particleLeadsToName(e)) {
                e += t.isPunct(e + 1, '-') ? 3 : 2; // the particle, its hyphen, and the name after it
            } else if ((t.is(e, "of") || t.is(e, "for") || t.isPunct(e, '&')) && (fl & Tokens.GAP) != 0) {
                int n = e + 1;
                if (t.is(n, "the")) {
                    n++;
                }
                if (t.has(n, Tokens.CAP) && t.has(n, Tokens.GAP) && !t.has(n, Tokens.SENT)) {
                    e = n;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return e;
    }

    /**
     * A hyphen and a short lower-case syllable after a given name that follows a listed East Asian
     * family name: Korean and some Chinese given names are written so ("Kim Yong-hyun").
     * Not the words that follow a hyphen after any name ("Kim-led", "Li-era").
     */
    private boolean eastAsianSyllable(int k, int e) {
        if (e < k + 2 || !t.isPunct(e, '-') || !t.touches(e) || !t.touches(e + 1) || !t.has(e + 1, Tokens.LOWER)
                || t.length(e + 1) > 4 || t.touches(e + 2) && t.has(e + 2, Tokens.WORD)
                || !t.has(e - 1, Tokens.CAP) || !f.word(e - 2).is(Gazetteer.Word.FAMILY_FIRST)) {
            return false;
        }
        return !t.is(e + 1, "led") && !t.is(e + 1, "era") && !t.is(e + 1, "run") && !t.is(e + 1, "born");
    }
}
