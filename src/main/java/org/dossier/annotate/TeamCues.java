package org.dossier.annotate;

/**
 * Sports reports name teams by their town or county ("Leicestershire beat Somerset by an innings",
 * "Texas 's lead over Seattle", "Benetton ( Italy ) 92 Dinamo ( Russia ) 81"): in a text whose words
 * say it is a report of team sports, a name in the place of a competitor — before or after a
 * verb of winning or playing, before a player's role, in a result with the side's country — is the
 * team, an organisation. The cues are the grammar of sports news, not a list of teams; whether the
 * text is a sports report is decided once, on first need. Used by one {@link ArticlePass}; not
 * thread-safe.
 */
final class TeamCues {
    /** Sports words a text needs before its names are read as teams. */
    static final int SPORT_WORDS = 3;

    private final Tokens t;
    /** -1 not yet known, 0 no, 1 yes. */
    private int report = -1;

    TeamCues(Tokens t) {
        this.t = t;
    }

    /**
     * Whether the text reads as a report of team sports: a few of its words ("innings", "halftime",
     * "goalkeeper") are those sports'.
     */
    boolean isReport() {
        if (report < 0) {
            int seen = 0;
            char[] lower = new char[16];
            for (int k = 0; k < t.n && seen < SPORT_WORDS; k++) {
                int fl = t.flags[k];
                if ((fl & Tokens.LOWER) != 0 && Lexicon.maySport(t.hash[k]) && t.isA(k, Lexicon.SPORT)
                        || (fl & Tokens.ALLCAPS) != 0 && (fl & Tokens.NUM) == 0 && inCapitals(k, lower)) {
                    seen++; // "SOCCER - ROTOR FANS LOCKED OUT": a headline's words count too
                }
            }
            report = seen >= SPORT_WORDS ? 1 : 0;
        }
        return report == 1;
    }

    /** Whether token {@code k}, written in capitals, is a sports word ("SOCCER", "CRICKET"). */
    private boolean inCapitals(int k, char[] lower) {
        int len = t.length(k);
        if (len > lower.length) {
            return false;
        }
        int h = 0;
        for (int i = 0; i < len; i++) {
            char c = Character.toLowerCase(t.c[t.start[k] + i]);
            lower[i] = c;
            h = 31 * h + c;
        }
        return (Lexicon.classes(lower, 0, len, h) & Lexicon.SPORT) != 0;
    }

    /**
     * Whether the name over tokens {@code [k, e)} stands where a sports report names a competitor.
     * {@code roles}: a player's role after it counts too ("Deportivo chairman") — not for a town's
     * name, which there is as often a modifier ("the Volgograd side", "Texas manager").
     */
    boolean team(int k, int e, boolean roles) {
        return versus(k - 1) || versus(e) || (before(k) || after(k, e, roles)) && isReport();
    }

    /** "Walsall v Wrexham", "June 14-16 v Leicestershire": "v" between sides needs no other sign of sport. */
    private boolean versus(int k) {
        return t.has(k, Tokens.LOWER) && (t.is(k, "v") || t.is(k, "vs")) && !t.isPunct(k + 1, '.');
    }

    private boolean before(int k) {
        int p = k - 1;
        if (t.is(p, "the")) {
            p--; // "beat the Blue Jays"
        }
        if (t.has(p, Tokens.LOWER) && t.isA(p, Lexicon.TEAM_BEFORE)) {
            return true;
        }
        // "victory over Gloucester", "56-13 winners over Orrell", "lead over Seattle"
        if (t.is(p, "over")) {
            for (int j = p - 1; j >= 0 && j >= p - 4; j--) {
                if (t.has(j, Tokens.LOWER) && t.isA(j, Lexicon.RESULT)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean after(int k, int e, boolean roles) {
        int n = e;
        if (t.isPunct(n, '\'') && t.is(n + 1, "s")) {
            // "Texas 's lead", "Birmingham 's Gary Breen": a team's lead, a team's player
            n += 2;
            return t.has(n, Tokens.LOWER) && (t.cls(n) & (Lexicon.TEAM_AFTER | Lexicon.TEAM_ROLE)) != 0
                    || t.has(n, Tokens.CAP) && !t.has(n, Tokens.ALLCAPS) && t.has(n + 1, Tokens.CAP);
        }
        if (t.is(n, "would") || t.is(n, "will") || t.is(n, "must") || t.is(n, "have") || t.is(n, "had")
                || t.is(n, "also")) {
            n++; // "Rotor would play", "Kent had reached"
        }
        if (t.has(n, Tokens.LOWER) && (t.isA(n, Lexicon.TEAM_AFTER) || roles && n == e && t.isA(n, Lexicon.TEAM_ROLE))) {
            return true;
        }
        // "Dinamo ( Russia ) 81", "Benetton ( Italy ) beat": a one-word side and its country in a result
        // (two words there are as often an athlete: "Natalia Karimova ( Russia ) 3:45.061")
        return roles && e == k + 1 && t.isPunct(e, '(') && t.has(e + 1, Tokens.CAP) && t.isPunct(e + 2, ')')
                && (t.has(e + 3, Tokens.NUM) || t.has(e + 3, Tokens.LOWER) && t.isA(e + 3, Lexicon.TEAM_AFTER));
    }
}
