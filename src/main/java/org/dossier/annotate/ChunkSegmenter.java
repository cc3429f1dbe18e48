package org.dossier.annotate;

import org.dossier.annotate.Candidates.Confidence;

/**
 * Cuts one chunk (a run of capitalised words, see {@link Chunks}) into names, left to right: events
 * ("World Cup") are skipped, results-table rows give teams, then the longest of a place or an
 * organisation ending in its head noun ("Tahrir Square", "Foreign Ministry") and a listed name
 * wins; titles cue a person and stay out of the span; what is left goes to the
 * {@link NameClassifier}. Used by one {@link ArticlePass}; not thread-safe.
 */
final class ChunkSegmenter {
    private static final int K_WORD = 1;
    private static final int K_CONNECTOR = 2;
    private static final int K_PARTICLE = 4;
    private static final int K_TITLE = 8;
    private static final int K_EVENT = 16;
    private static final int K_PLACE = 32;
    private static final int K_ORG = 64;
    private static final int K_CAP = 128;

    private final Tokens t;
    private final TokenFacts f;
    private final Chunks chunks;
    private final Candidates cs;
    private final NameClassifier classifier;
    /** Per token of the chunk being segmented, what the head-noun scans need ({@code K_*} bits). */
    private int[] kinds = new int[32];
    private int kindsBase;

    ChunkSegmenter(TokenFacts f, Chunks chunks, Candidates cs) {
        this.t = f.t;
        this.f = f;
        this.chunks = chunks;
        this.cs = cs;
        this.classifier = new NameClassifier(f, cs);
    }

    /** Proposes the names of the chunk {@code [a, b)}. */
    void names(int a, int b) {
        if (t.has(a, Tokens.HEADLINE)) {
            headlineNames(a, b);
            return;
        }
        if (dateline(a, b)) {
            return;
        }
        if (t.has(a - 1, Tokens.LOWER) && t.isA(a - 1, Lexicon.WORK | Lexicon.VESSEL) && !t.has(a, Tokens.SENT)
                || workFollows(b)
                || t.has(a - 1, Tokens.LOWER) && t.is(a - 2, "aircraft")
                && (t.is(a - 1, "carrier") || t.is(a - 1, "carriers"))) {
            // "the film Batman", "the game Job Simulator", "the aircraft carrier Carl Vinson": the title of a work
            // or a ship's name, here and elsewhere
            cs.memory.work(cs.surface(a, b));
            return;
        }
        classifyChunk(a, b);
        boolean title = false;
        int k = a;
        while (k < b) {
            if (!t.has(k, Tokens.WORD) || f.isConnector(k) && !(f.isParticle(k) && chunks.particleLeadsToName(k))
                    || t.has(k, Tokens.SENT) && t.isA(k, Lexicon.OPENER)) {
                k++; // "In" of "In Calder Bay, …" is no part of the place
                continue;
            }
            int event = eventSpan(k, b);
            if (event > k) {
                k = event; // "World Cup", "U.S. Open": events are none of the six types
                title = false;
                continue;
            }
            if (t.has(k, Tokens.TABLE) && teamBeforeScore(b) && !looksLikePerson(k, b) && !isCountry(k, b)) {
                cs.add(k, b, EntityType.ORG, null, "rule:results-table", Confidence.SURE);
                k = b;
                continue;
            }
            Gazetteer.Entry entry = f.longest(k, b);
            int gl = entry == null ? 0 : f.len[0];
            int place = headSpan(k, b, K_PLACE);
            int org = orgSpan(k, b);
            if (place > k + gl && org <= place) { // "Calder Bay Fisheries Agency" is the agency
                cs.add(k, place, EntityType.LOCATION, null, "rule:place-head", Confidence.SURE);
                k = place;
                title = false;
                continue;
            }
            if (org > k + gl && (entry == null || entry.type() != EntityType.LOCATION || !knownOrgAt(k + gl, org))) {
                cs.add(k, org, EntityType.ORG, null, "rule:org-head", Confidence.SURE);
                k = org;
                title = false;
                continue;
            }
            boolean personStart = false;
            if (entry != null && entry.generated()) {
                int team = teamAfterPlace(k + gl, b);
                if (team > 0 && entry.ambiguous() && !f.isCommonWord(team - 1) && !t.isA(team - 1, Lexicon.CLUB)
                        && !(k == a && f.afterThe(a))) {
                    // "Patrick Stevens" is a person; "the Cleveland Indians" a team: people seldom take "the"
                    team = -1;
                }
                if (team > 0) {
                    cs.add(k, team, EntityType.ORG, null, "rule:team", Confidence.SURE);
                    k = team;
                    title = false;
                    continue;
                }
                // "Hassan Abbas", "Foreign Minister David Levy": a town's name is also a given name
                personStart = gl == 1 && (title || f.isUnknownName(k + 1, b));
            }
            personStart |= entry != null && gl == 1 && !title && startsPersonName(k, b);
            if (entry != null && !personStart && !title && entry.type() == EntityType.LOCATION
                    && entry.generated() && f.teams.team(k, k + gl, false)) {
                // "Leicestershire beat Somerset", "Texas 's lead": a sports report's town is its team
                addTeam(k, k + gl);
                k += gl;
                continue;
            }
            if (entry == null && !title && k + 2 == b && t.has(k + 1, Tokens.GAP) && clubWord(k, b)
                    && f.longest(k + 1, b) != null && f.len[0] == 1
                    && f.longest(k + 1, b).generated() && f.teams.team(k, b, true)) {
                // "Rotor Volgograd must play", "behind Dynamo Moscow": a club's name and its town
                addTeam(k, b);
                k = b;
                continue;
            }
            if (entry != null && !personStart && entry.ambiguous() && !placeEvidence(k, k + gl)) {
                entry = null; // "Man's greed": a common word that is also a town needs evidence
                gl = 0;
            }
            if (entry != null && !personStart) {
                cs.add(k, k + gl, entry.type(), entry.id(), entry.source(), Confidence.SURE);
                if (entry.ambiguous()) {
                    cs.memory.name(cs.surface(k, k + gl), new ArticleMemory.Known(entry.type(), entry.id(), entry.source()));
                }
                k += gl;
                title = false;
                continue;
            }
            int tl = f.title(k, b);
            if (tl == 0 && k == a && roleOpening(k, b)) {
                tl = 1; // "Economist Joel Naroff of First Union said": the role is no part of the name
            }
            if (tl == 1 && k + 1 == b && !title && !t.has(k, Tokens.ALLCAPS) && !f.afterThe(k)) {
                // "King said" after "Billie Jean King": a title with no name after it is the person the
                // article named with it, if it did; else nothing
                cs.add(k, b, EntityType.PERSON, null, "memory", Confidence.ONLY_IF_KNOWN);
                k = b;
                continue;
            }
            if (tl > 0) {
                title = true;
                k += tl;
                continue;
            }
            // "captain Will Carling": after a role, a given name that is also a stop word starts the name
            boolean givenAfterRole = k == a && k + 1 < b && f.isGivenName(k) && f.roleBefore(a);
            if (f.isStopWord(k) && entry == null && !initial(k, b) && !givenAfterRole) {
                k++;
                title = false;
                continue;
            }
            if (entry == null && !title && k + 2 <= b && f.word(k + 1).is(Gazetteer.Word.GIVEN)
                    && !t.has(k, Tokens.SENT) && (k + 2 == b || !t.has(k + 2, Tokens.CAP))
                    && f.longest(k + 1, b) != null && f.len[0] == 1 && f.isUnknownName(k, b)) {
                // "MaliVai Washington": an unknown name before a place that is also a person's name
                cs.add(k, k + 2, EntityType.PERSON, null, "rule:given-name", Confidence.SURE);
                k += 2;
                continue;
            }
            boolean person = title || personStart || startsPersonName(k, b);
            int r = k + 1;
            while (r < b) {
                if (!t.has(r, Tokens.WORD) || f.isParticle(r)) {
                    r++;
                    continue;
                }
                // a title last after a person's first names is the surname: "John Major", "Billie Jean King"
                if (f.isConnector(r) || f.title(r, b) > 0 && !(person && r + 1 == b && f.title(r, b) == 1)) {
                    break;
                }
                if (!person && (f.longest(r, b) != null || f.isStopWord(r))) {
                    break;
                }
                r++;
            }
            while (r > k + 1 && (!t.has(r - 1, Tokens.WORD) || f.isConnector(r - 1) || f.isParticle(r - 1))) {
                r--;
            }
            classifier.classify(k, r, title);
            title = false;
            k = r;
        }
    }

    /**
     * Text in a language the rules were not written for: only the lists' places and organisations
     * and the user's own entries count ("le Conseil", "Par Martin" are not names to the lists).
     */
    void listedNames(int a, int b) {
        f.startChunk(a, b);
        int k = a;
        while (k < b) {
            if (!t.has(k, Tokens.WORD)) {
                k++;
                continue;
            }
            Gazetteer.Entry entry = f.longest(k, b);
            int gl = entry == null ? 0 : f.len[0];
            if (entry != null && (entry.type() == EntityType.LOCATION || entry.type() == EntityType.ORG
                    || entry.source().equals("user"))) {
                cs.add(k, k + gl, entry.type(), entry.id(), entry.source(), Confidence.SURE);
            }
            k += Math.max(gl, 1);
        }
    }

    /** A line in capitals says nothing through case: only the lists (and results tables) apply. */
    private void headlineNames(int a, int b) {
        f.startChunk(a, b);
        if (dateline(a, b)) {
            return;
        }
        int k = a;
        int unknown = -1; // where the current run of unlisted words started
        while (k < b) {
            if (!t.has(k, Tokens.WORD)) {
                if (unknown >= 0 && !t.touches(k)) {
                    cs.addHeadline(unknown, k);
                    unknown = -1;
                }
                k++;
                continue;
            }
            if (t.has(k, Tokens.TABLE) && teamBeforeScore(b) && !looksLikePerson(k, b) && !isCountry(k, b)) {
                cs.add(k, b, EntityType.ORG, null, "rule:results-table", Confidence.SURE);
                return;
            }
            Gazetteer.Entry entry = f.longest(k, b);
            int gl = entry == null ? 0 : f.len[0];
            if (entry != null) {
                if (unknown >= 0) {
                    cs.addHeadline(unknown, k);
                    unknown = -1;
                }
                cs.add(k, k + gl, entry.type(), entry.id(), entry.source(), Confidence.SURE);
            } else if (unknown < 0 && !t.has(k, Tokens.NUM)) {
                unknown = k;
            }
            k += Math.max(gl, 1);
        }
        if (unknown >= 0) {
            cs.addHeadline(unknown, b);
        }
    }

    /**
     * "Dynamo", "Rotor", "Real": a capitalised word that starts no listed name, title or person's
     * name (common words allowed: clubs are often named by one).
     */
    /** A role opening the sentence, written with its capital, before a given name. */
    private boolean roleOpening(int k, int b) {
        return t.has(k, Tokens.SENT) && !t.has(k, Tokens.ALLCAPS) && k + 1 < b && f.isGivenName(k + 1)
                && (f.lowerCaseClasses(k) & (Lexicon.ROLE | Lexicon.PERSON_NOUN)) != 0;
    }

    private boolean clubWord(int k, int b) {
        if (!t.has(k, Tokens.CAP) || t.has(k, Tokens.ALLCAPS) || f.isGivenName(k) || f.isStopWord(k) || f.isOrgHead(k)) {
            return false;
        }
        Gazetteer.Word w = f.word(k);
        return w.nameMax == 0 && w.titleMax == 0;
    }

    /** A team, remembered so that the article's other mentions of the name are the team too. */
    private void addTeam(int k, int e) {
        cs.add(k, e, EntityType.ORG, null, "rule:team-context", Confidence.SURE);
        cs.memory.team(cs.surface(k, e));
    }

    /** "Job Simulator, a VR game": an apposition that says the name is a work's. */
    private boolean workFollows(int b) {
        if (!t.isPunct(b, ',') || !(t.is(b + 1, "a") || t.is(b + 1, "an") || t.is(b + 1, "the"))) {
            return false;
        }
        return t.has(b + 2, Tokens.LOWER) && t.isA(b + 2, Lexicon.WORK)
                || t.has(b + 3, Tokens.LOWER) && t.isA(b + 3, Lexicon.WORK) && !t.isPunct(b + 2, ',');
    }

    /**
     * "LONGYEAR, Norway 1996-08-30", "HERZLIYA, Israel", "TOFTIR (Reuters) -": a line that starts
     * with a name in capitals followed by a comma and a place, a date or a parenthesis is a
     * dateline, and the name a place, even one no list knows.
     */
    private boolean dateline(int a, int b) {
        if (!t.has(a, Tokens.NL) || !t.has(a, Tokens.ALLCAPS) || b - a > 4
                || (f.capitalisedClasses(a) & (Lexicon.WEEKDAY | Lexicon.MONTH)) != 0) {
            return false; // "FRIDAY , AUGUST 30 SCHEDULE" heads a table, not a dateline
        }
        boolean follows = t.isPunct(b, ',') && t.has(b + 1, Tokens.CAP)
                || t.isPunct(b, '(') && t.has(b + 1, Tokens.CAP)
                || t.has(b, Tokens.NUM) && t.length(b) == 4 && t.isPunct(b + 1, '-') && t.has(b + 2, Tokens.NUM);
        if (!follows) {
            return false;
        }
        Gazetteer.Entry entry = f.longest(a, b);
        if (entry != null && a + f.len[0] == b) {
            cs.add(a, b, entry.type(), entry.id(), entry.source(), Confidence.SURE);
        } else {
            cs.add(a, b, EntityType.LOCATION, null, "rule:dateline", Confidence.SURE);
        }
        return true;
    }

    /** Classifies the chunk's tokens once, so the scans for head nouns only read an array. */
    private void classifyChunk(int a, int b) {
        f.startChunk(a, b);
        if (kinds.length < b - a) {
            kinds = new int[Math.max(b - a, kinds.length * 2)];
        }
        kindsBase = a;
        for (int j = a; j < b; j++) {
            int fl = t.flags[j];
            int k = 0;
            if ((fl & Tokens.WORD) != 0) {
                k = K_WORD;
                if ((fl & Tokens.CAP) != 0) {
                    k |= K_CAP;
                    Gazetteer.Word w = f.word(j);
                    if (w.is(Gazetteer.Word.EVENT_HEAD)) {
                        k |= K_EVENT;
                    }
                    if (w.is(Gazetteer.Word.PLACE_HEAD)) {
                        k |= K_PLACE;
                    }
                }
                if (f.isOrgHead(j)) {
                    k |= K_ORG;
                }
                if (f.isConnector(j)) {
                    k |= K_CONNECTOR;
                }
                if (f.isParticle(j)) {
                    k |= K_PARTICLE;
                }
                if (f.title(j, b) > 0) {
                    k |= K_TITLE;
                }
            }
            kinds[j - a] = k;
        }
    }

    private boolean kind(int j, int bits) {
        return (kinds[j - kindsBase] & bits) != 0;
    }

    /**
     * Evidence that an ambiguous listed name is the place: "in X", "the town of X", "X province",
     * "X, Turkey", or a dateline ("X, March 3", "X (Reuters)" at a line's start).
     */
    private boolean placeEvidence(int k, int e) {
        int p = k - 1;
        if (t.has(p, Tokens.LOWER) && (t.is(p, "in") || t.is(p, "near") || t.is(p, "outside") || t.is(p, "across")
                || t.is(p, "around") || t.is(p, "throughout"))) {
            return true;
        }
        if (t.is(p, "of") && t.isA(p - 1, Lexicon.PLACE_NOUN) || t.has(e, Tokens.LOWER) && t.isA(e, Lexicon.PLACE_NOUN)) {
            return true;
        }
        if (t.isPunct(e, ',') && t.has(e + 1, Tokens.CAP)) {
            Gazetteer.Entry next = f.longest(e + 1, t.n);
            if (next != null && next.type() == EntityType.LOCATION && !next.ambiguous()) {
                return true;
            }
        }
        return t.has(k, Tokens.NL) && (t.isPunct(e, ',') || t.isPunct(e, '(') || t.has(e, Tokens.NUM));
    }

    /**
     * "Houston Astros", "Manchester United": after a place, a capitalised plural or a club word
     * makes a team. The end of the team's name, or -1.
     */
    private int teamAfterPlace(int j, int b) {
        for (int n = j; n < b && n < j + 2; n++) {
            if (!t.has(n, Tokens.CAP) || !t.has(n, Tokens.GAP)) {
                return -1;
            }
            if (t.isA(n, Lexicon.CLUB)) {
                return n + 1 == b || !t.has(n + 1, Tokens.CAP) ? n + 1 : -1;
            }
            if (t.has(n, Tokens.ALLCAPS)) {
                return -1;
            }
            Gazetteer.Word w = f.word(n);
            // a people's name in the plural can name a side after its town ("Cleveland Indians")
            boolean people = w.nameMax == 1 && w.single != null && w.single.type() == EntityType.NORP;
            if (w.nameMax > 0 && !people || w.titleMax > 0 || (w.flags & (Gazetteer.Word.STOP | Gazetteer.Word.PLACE_HEAD
                    | Gazetteer.Word.EVENT_HEAD | Gazetteer.Word.ORG_HEAD)) != 0) {
                return -1;
            }
            char before = t.c[t.end[n] - 2];
            // a plural ("Astros", "Mariners"), not a surname in -as, -is, -us, -ss ("Abbas", "Davis")
            if (t.length(n) > 3 && t.c[t.end[n] - 1] == 's' && before != 's' && before != 'u' && before != 'a'
                    && before != 'i' && before != '\'') {
                return n + 1 == b || !t.has(n + 1, Tokens.CAP) ? n + 1 : -1;
            }
        }
        return -1;
    }

    /** "New York Stock Exchange" is one organisation, "US Congress" a place and a known organisation. */
    private boolean knownOrgAt(int k, int end) {
        Gazetteer.Entry e = f.longest(k, end);
        return e != null && e.type() == EntityType.ORG && k + f.len[0] == end;
    }

    /** The end of a run of at least two words ending in a head noun of the given kind, or -1. */
    private int headSpan(int k, int b, int kind) {
        if (t.is(k, "The") || t.is(k, "A") || t.is(k, "An")) {
            return -1;
        }
        for (int j = k + 1; j < b && j < k + 5; j++) {
            if (!kind(j, K_WORD)) {
                continue;
            }
            if (kind(j, K_CONNECTOR | K_TITLE)) {
                return -1;
            }
            if (kind(j, kind)) {
                // "Sea of Japan": the head may take an "of" phrase
                return j + 1 < b && t.is(j + 1, "of") ? b : j + 1;
            }
        }
        return -1;
    }

    /** The end of a run ending in an event head noun ("Davis Cup", "U.S. Open"), or -1. */
    private int eventSpan(int k, int b) {
        if (kind(k, K_EVENT) && k + 1 < b && (t.is(k + 1, "of") || kind(k + 1, K_PARTICLE))) {
            return b; // "Tour of the Netherlands", "Tour de France"
        }
        for (int j = k + 1; j < b && j < k + 6; j++) {
            if (kind(j, K_EVENT)) {
                return j + 1;
            }
        }
        return -1;
    }

    /** "A. Ranatunga", "I. Healy": a capital letter with a dot before a name is an initial, not "A" or "I". */
    private boolean initial(int k, int b) {
        return t.length(k) == 1 && t.isPunct(k + 1, '.') && k + 2 < b && t.has(k + 2, Tokens.CAP)
                && !t.has(k + 2, Tokens.ALLCAPS) && !t.has(k + 2, Tokens.SENT);
    }

    /** "P. Johnson", "Phil Simmons": an initial or a given name first. */
    private boolean looksLikePerson(int k, int b) {
        return b - k >= 2 && (t.isPunct(k + 1, '.') && t.length(k) == 1 || f.isGivenName(k) && !t.has(k, Tokens.ALLCAPS));
    }

    /** "Israel 2, Bulgaria 0": a national side is written as its country, and stays the place. */
    private boolean isCountry(int k, int b) {
        Gazetteer.Entry e = f.longest(k, b);
        return e != null && k + f.len[0] == b && e.source().equals("gazetteer:countries");
    }

    /** In a results table, a name followed by a score (not a date) is a team. */
    private boolean teamBeforeScore(int b) {
        return t.has(b, Tokens.NUM) && !DateRule.isYear(t, b) && !t.isPunct(b + 1, '-') && !t.isPunct(b + 1, ':');
    }

    /** "Jordan Henderson": a given name followed by another capitalised word that no list knows. */
    private boolean startsPersonName(int k, int b) {
        if (!f.isGivenName(k)) {
            return false;
        }
        int n = k + 1;
        while (n < b && t.isPunct(n, '.')) {
            n++;
        }
        if (n >= b) {
            return false;
        }
        if (f.isParticle(n)) {
            return true;
        }
        if (!t.has(n, Tokens.CAP) || f.isStopWord(n) || f.title(n, b) > 0) {
            return false;
        }
        Gazetteer.Entry e = f.longest(n, b);
        // "Wang Donghai", "Paris Hilton": a town's name is also a family name; a country's is not,
        // unless it is also a given name ("Michael Jordan", "Anthony Washington")
        return e == null || f.len[0] == 1 && (e.generated() || f.word(n).is(Gazetteer.Word.GIVEN));
    }

    /** The end of an organisation name ending in a head noun ("Foreign Ministry", "Bank of England"), or -1. */
    private int orgSpan(int k, int b) {
        if (t.is(k, "The") || t.is(k, "A") || t.is(k, "An") || t.is(k, "This") || t.is(k, "That")) {
            return -1; // the determiner stays out: "the UN Security Council"
        }
        for (int j = k; j < b && j < k + 6; j++) {
            int kj = kinds[j - kindsBase];
            if ((kj & K_WORD) == 0) {
                continue;
            }
            if (j > k && (kj & K_TITLE) != 0 && (kj & K_ORG) == 0) {
                return -1;
            }
            if ((kj & K_ORG) != 0 && (kj & K_CAP) != 0) {
                boolean ofFollows = j + 1 < b && (t.is(j + 1, "of") || t.is(j + 1, "for"));
                if (ofFollows) {
                    return b;
                }
                // the run of capitalised heads from j: "Electric Power", "Petroleum Corp", "News Agency"
                int e = j + 1;
                while (e < b && e < k + 6 && (kinds[e - kindsBase] & (K_ORG | K_CAP)) == (K_ORG | K_CAP)) {
                    e++;
                }
                if (j > k) {
                    return e; // "Kansai Electric Power", "Caltex Petroleum Corp", "Iraqi News Agency"
                }
                if (e > j + 1) {
                    // "Energy Board of Merovia", "Press Council": heads in a row from the first word
                    return e < b && (t.is(e, "of") || t.is(e, "for")) ? b : e;
                }
                return -1;
            }
            if ((kj & K_CONNECTOR) != 0 && (kj & K_PARTICLE) == 0) {
                return -1;
            }
        }
        return -1;
    }
}
