package org.dossier.annotate;

import org.dossier.annotate.Candidates.Confidence;

/**
 * Decides what a run of capitalised words that no list names is, from the cues around it: a
 * title before it, a given name first, a verb of speech or a person's verb after it, an
 * acronym's shape, "the town of", "shares of". What no cue explains is left to the article's
 * memory ({@link Resolution}). Used by one {@link ArticlePass}; not thread-safe.
 */
final class NameClassifier {
    private final Tokens t;
    private final TokenFacts f;
    private final Candidates cs;
    private final char[] word = new char[32];

    NameClassifier(TokenFacts f, Candidates cs) {
        this.t = f.t;
        this.f = f;
        this.cs = cs;
    }

    /** Proposes the unknown name over tokens {@code [a, r)}; {@code title}: a title precedes it. */
    void classify(int a, int r, boolean title) {
        int words = 0;
        boolean allCaps = true;
        for (int i = a; i < r; i++) {
            if (t.has(i, Tokens.WORD) && !f.isParticle(i)) {
                words++;
                allCaps &= t.has(i, Tokens.ALLCAPS);
            }
        }
        if (words == 0 || words == 1 && r - a == 1 && t.length(a) == 1) {
            return; // an initial on its own names nobody
        }
        if (quoted(a, r)) {
            return; // "Michael Collins", "Viva Zapata" in quotes: the title of a work
        }
        if (words == 1 && r - a == 1 && stateAfterTown(a)) {
            // "Jacksonville , Fla .", "St. Petersburg , Fla. , for", "IRVINE , Calif 1996-08-30"
            boolean dot = t.isPunct(a + 1, '.') && t.touches(a + 1)
                    && (t.isPunct(a + 2, ',') || t.has(a + 2, Tokens.NUM) || t.has(a + 2, Tokens.LOWER));
            cs.add(a, dot ? a + 2 : a + 1, EntityType.LOCATION, null, "rule:place-cue", Confidence.SURE);
            return;
        }
        if (words == 1 && r - a == 1 && f.isOrgHead(a) && !t.has(a, Tokens.ALLCAPS)) {
            return; // "Association", "Chamber" alone: the rest of an organisation's name, cut off
        }
        if (!title && (t.has(a - 1, Tokens.LOWER) && t.isA(a - 1, Lexicon.ORG_NOUN)
                || t.has(r, Tokens.LOWER) && t.isA(r, Lexicon.ORG_NOUN) && !t.isPunct(r - 1, '\'')
                || t.is(r, "news") && t.isA(r + 1, Lexicon.ORG_NOUN) && !t.has(r + 2, Tokens.CAP) || orgListBefore(a))) {
            // "the firm Multico", "the daily Sueddeutsche Zeitung", "Liberte newspaper said", "PAP news
            // agency" (not "the Yugoslav news agency Tanjug"), "firms including Mobil"
            cs.add(a, r, EntityType.ORG, null, "rule:org-noun", Confidence.SURE);
            cs.memory.organisation(cs.surface(a, r));
        } else if (title) {
            cs.add(a, r, EntityType.PERSON, null, "rule:title", Confidence.SURE);
        } else if (words <= 3 && f.roleBefore(a) && !f.isParticle(r) && !f.isCapitalisedParticle(r)) {
            // not "coach Wilfried" of "coach Wilfried Van Moer": a particle after it continues the name
            cs.add(a, r, EntityType.PERSON, null, "rule:role", Confidence.SURE);
        } else if (words >= 2 && words <= 4 && t.isA(a, Lexicon.ORG_PREFIX)) {
            // "Radio Red", "Bank Rozwoju Exportu SA": a broadcaster's or a bank's word first ("Bank" is
            // also in the given-name list)
            cs.add(a, r, EntityType.ORG, null, "rule:org-prefix", Confidence.SURE);
            cs.memory.organisation(cs.surface(a, r));
        } else if (words >= 2 && words <= 3 && t.isA(a, Lexicon.PLACE_PREFIX)) {
            // "Lake Seren", "Port Emmerich", "Mount Sinjar": a geographic word first makes a place ("Port" is
            // also in the given-name list)
            cs.add(a, r, EntityType.LOCATION, null, "rule:place-prefix", Confidence.SURE);
        } else if (words >= 2 && f.isGivenName(a) && !(f.afterThe(a) && !t.has(r, Tokens.LOWER))) {
            // not "the Lay Volunteers '": people seldom take "the", unless their name qualifies a noun
            // ("the Marc Dutroux case")
            cs.add(a, r, EntityType.PERSON, null, "rule:given-name", Confidence.SURE);
        } else if (words <= 3 && !t.has(a, Tokens.ALLCAPS) && !f.isParticle(a) && f.teams.team(a, r, true)) {
            // "dismiss Nottinghamshire for 214", "Rotor would play", "Lada Togliatti": a sports report's side
            cs.add(a, r, EntityType.ORG, null, "rule:team-context", Confidence.SURE);
            cs.memory.team(cs.surface(a, r));
        } else if (words <= 3 && !f.isGivenName(a) && companyCue(r)) {
            // "Cofinec CEO Stephen Frater", "Petofi 's board": what a company has, a person has not
            cs.add(a, r, EntityType.ORG, null, "rule:company", Confidence.SURE);
            cs.memory.organisation(cs.surface(a, r));
        } else if (saidFollows(r) && words <= 4 && !f.isOrgHead(r - 1) && !placePreposition(a)
                && !(t.has(a, Tokens.SENT) && words == 1 && t.c[t.end[a] - 1] == 's')) {
            // "Analysts said" at the start of a sentence is a plural noun, not a name; "critics in X said"
            // is said by the critics
            cs.add(a, r, EntityType.PERSON, null, "rule:said", Confidence.SURE);
        } else if (allCaps && words == 1 && (f.g.isCommonWordInCapitals(t, a, word) || t.isA(a - 1, Lexicon.CARDINAL)
                || t.has(a - 1, Tokens.NUM) || t.isPunct(r, ':'))) {
            return; // "CALL :", "DATE :", "six RBI", "121 RBI": a word, a label or a unit in capitals
        } else if (allCaps && words == 1 && t.length(a) <= 5) {
            // "VR", "LA", "ET": two letters are as often a unit, a time zone or a product as an organisation
            cs.add(a, r, EntityType.ORG, null, t.length(a) == 2 ? "memory" : "rule:acronym",
                    t.length(a) == 2 ? Confidence.ONLY_IF_KNOWN : Confidence.SURE);
        } else if (placeCue(a) || words <= 2 && placeAfter(a, r)) {
            cs.add(a, r, EntityType.LOCATION, null, "rule:place-cue", Confidence.SURE);
        } else if (t.isA(r, Lexicon.STOCK) || t.isA(a - 1, Lexicon.STOCK) && t.is(a - 2, "of")
                || t.is(a - 1, "of") && t.isA(a - 2, Lexicon.STOCK)) {
            cs.add(a, r, EntityType.ORG, null, "rule:org-cue", Confidence.SURE);
            cs.memory.organisation(cs.surface(a, r));
        } else if (words == 1 && !t.has(a, Tokens.SENT) && !placePreposition(a)
                && (t.isA(r, Lexicon.PERSON_VERB) || meetingWith(a))) {
            // not "officials in Sundvik criticised": the verb's subject came before "in"
            cs.add(a, r, EntityType.PERSON, null, "rule:person-verb", Confidence.SURE);
        } else if (words == 1 && r - a == 1 && f.afterThe(a) && isPlural(a)) {
            // "the Mets", "the Springboks": a capitalised plural no list knows names a team or a band
            cs.add(a, r, EntityType.ORG, null, "rule:the-plural", Confidence.SURE);
        } else if (words == 1 && !f.isParticle(a) && !locationContext(a)) {
            // A lone unknown capitalised word is as often a team, a product or an event as a person:
            // only what the article says elsewhere about it decides.
            cs.add(a, r, EntityType.PERSON, null, "memory", Confidence.ONLY_IF_KNOWN);
        } else if (t.is(a - 1, "the") && !f.isParticle(a)) {
            cs.add(a, r, EntityType.ORG, null, "memory", Confidence.ONLY_IF_KNOWN);
        } else {
            EntityType type = guess(a, r, words);
            if (type != null) {
                cs.add(a, r, type, null, "guess", Confidence.GUESS);
            }
        }
    }

    /** "firms including Mobil", "banks such as Rabobank", "parties like Likud": a list of organisations. */
    private boolean orgListBefore(int a) {
        if (!t.has(a - 1, Tokens.LOWER)) {
            return false;
        }
        int p;
        if (t.is(a - 1, "including") || t.is(a - 1, "like")) {
            p = a - 2;
        } else if (t.is(a - 1, "as") && t.is(a - 2, "such")) {
            p = a - 3;
        } else {
            return false;
        }
        return t.has(p, Tokens.LOWER) && t.isA(p, Lexicon.ORG_NOUNS);
    }

    /** The name fills a pair of quotes on its own. */
    private boolean quoted(int a, int r) {
        return isQuote(a - 1) && isQuote(r);
    }

    private boolean isQuote(int k) {
        return t.isPunct(k, '"') || t.isPunct(k, '\u201C') || t.isPunct(k, '\u201D') || t.isPunct(k, '\'')
                || t.isPunct(k, '\u2018') || t.isPunct(k, '\u2019') || t.isPunct(k, '`');
    }

    /** "Mets", "Springboks" (not "Swiss", "Marcus"). */
    private boolean isPlural(int k) {
        int e = t.end[k];
        return t.length(k) > 3 && t.c[e - 1] == 's' && t.c[e - 2] != 's' && t.c[e - 2] != 'u' && t.c[e - 2] != 'i'
                && !t.has(k, Tokens.ALLCAPS);
    }

    /** "X CEO", "X chief executive", "X 's shareholders": a word after the name that only a company has. */
    private boolean companyCue(int r) {
        int n = r;
        if (t.isPunct(n, '\'') && t.is(n + 1, "s")) {
            n += 2;
            if (t.is(n, "chief") && t.is(n + 1, "executive") || t.is(n, "Chief") && t.is(n + 1, "Executive")) {
                return true;
            }
        } else if (t.is(n, "chief") && t.is(n + 1, "executive") || t.is(n, "Chief") && t.is(n + 1, "Executive")
                && t.has(n + 2, Tokens.CAP)) {
            return true; // "Cofinec chief executive", "Acme Chief Executive John Smith"
        } else if (!t.is(n, "CEO") && !t.is(n, "Chairman") && !t.is(n, "chairman") && !t.is(n, "shareholders")) {
            return false; // directly after the name only a role or its owners; "X shares" is the stock cue's
        }
        return t.isA(n, Lexicon.COMPANY);
    }

    private boolean saidFollows(int r) {
        int n = r;
        if (t.is(n, "also") || t.is(n, "later") || t.is(n, "then") || t.is(n, "has") || t.is(n, "had")) {
            n++; // "Lavrentyev also said"
        }
        return t.isA(n, Lexicon.SPEECH);
    }

    /** "the town of X", "in the city of X". */
    private boolean placeCue(int a) {
        int p = a - 1;
        if (t.is(p, "of")) {
            p--;
            return t.isA(p, Lexicon.PLACE_NOUN);
        }
        return false;
    }

    /**
     * "the eastern Sharqiyah province", "Stansted airport", "Longyear is a Norwegian settlement",
     * "( at Edgbaston , Birmingham )", "over Lockerbie , Scotland .": a place noun after the name, a
     * definition as a place, or "at/in/near/over X" followed by the town or country it is in.
     */
    private boolean placeAfter(int a, int r) {
        if (t.has(r, Tokens.LOWER) && t.isA(r, Lexicon.PLACE_NOUN) && !t.isA(r, Lexicon.RELATIVE)) {
            return !t.is(r, "state") || !t.has(r + 1, Tokens.LOWER); // "X state media" names no place
        }
        if (t.is(r, "is") && (t.is(r + 1, "a") || t.is(r + 1, "an"))) {
            for (int j = r + 2; j < r + 5 && j < t.n && !t.has(j, Tokens.NUM) && t.has(j, Tokens.WORD); j++) {
                if (t.has(j, Tokens.LOWER) && t.isA(j, Lexicon.PLACE_NOUN)) {
                    return true;
                }
            }
            return false;
        }
        if (t.isPunct(r, ',') && t.has(r + 1, Tokens.CAP)
                && (placePreposition(a) || t.is(a - 1, "at") || t.is(a - 1, "At") || t.is(a - 1, "over"))) {
            Gazetteer.Entry next = f.longest(r + 1, t.n);
            int after = r + 1 + f.len[0];
            return next != null && next.type() == EntityType.LOCATION && !next.ambiguous()
                    && (t.isPunct(after, ')') || t.isPunct(after, '.') || t.isPunct(after, ',')
                    || t.has(after, Tokens.NL) || after >= t.n);
        }
        return false;
    }

    /** A U.S. state's abbreviation right after a town and its comma. */
    private boolean stateAfterTown(int a) {
        if (!t.isA(a, Lexicon.US_STATE) || !t.isPunct(a - 1, ',') || !t.has(a - 2, Tokens.CAP) || !t.has(a, Tokens.GAP)
                || t.has(a, Tokens.SENT)) {
            return false;
        }
        // not "Sam Jones , Ill and weak": the name before the comma is no person
        Candidates.Candidate last = cs.list.isEmpty() ? null : cs.list.get(cs.list.size() - 1);
        return last == null || last.to != a - 1 || last.type != EntityType.PERSON;
    }

    /** "meet with X", "talks with X". */
    private boolean meetingWith(int a) {
        return t.is(a - 1, "with") && t.isA(a - 2, Lexicon.MEETING);
    }

    boolean locationContext(int a) {
        return !t.has(a, Tokens.SENT) && t.is(a - 1, "to") || placePreposition(a);
    }

    /**
     * "in", "near" or "outside" before the name ("In" too at a sentence's start); given names were
     * tried before. "from" only after a person ("a judge from Karsk"): "a letter from Marwan Jilani"
     * is as common as "a delegate from X".
     */
    private boolean placePreposition(int a) {
        int p = a - 1;
        if (t.has(a, Tokens.SENT) || !t.has(p, Tokens.WORD)) {
            return false;
        }
        return t.is(p, "in") || t.is(p, "near") || t.is(p, "outside")
                || t.has(p, Tokens.SENT) && (t.is(p, "In") || t.is(p, "Near") || t.is(p, "Outside"))
                || t.is(p, "from") && t.has(p - 1, Tokens.LOWER) && t.isA(p - 1, Lexicon.PERSON_NOUN);
    }

    /** What an unexplained name most likely is, or null when it is likely no name at all. */
    private EntityType guess(int a, int r, int words) {
        if (f.isParticle(a)) {
            boolean placey = t.is(a - 1, "the") || t.is(a - 1, "in") || t.is(a - 1, "of") || t.is(a - 1, "near")
                    || t.is(a - 1, "from");
            return placey && words == 1 ? EntityType.LOCATION : EntityType.PERSON;
        }
        if (words == 1 && locationContext(a) || words <= 3 && placePreposition(a)) {
            return EntityType.LOCATION; // "officials in Saint Aubel": a person is seldom "in" someone
        }
        int last = r - 1;
        while (last > a && !t.has(last, Tokens.WORD)) {
            last--;
        }
        boolean allCommon = true;
        boolean acronym = false;
        for (int i = a; i < r; i++) {
            if (t.has(i, Tokens.WORD) && !f.isParticle(i)) {
                allCommon &= f.isCommonWord(i);
                acronym |= t.has(i, Tokens.ALLCAPS);
            }
        }
        if (t.length(last) == 1 && !t.isPunct(last + 1, '.')) {
            return null; // "Group B", "Division A": a label
        }
        if (allCommon && !acronym) {
            return null; // "Job Simulator", "View Graphic", "Cultural Revolution": ordinary words in capitals
        }
        if (words > 3 || acronym || f.afterThe(a)) {
            // "Zanu-PF", "the Hong Kong Standard", "Getty Images", "Dow Chemical": people's names
            // rarely end in a common word or follow "the"
            return EntityType.ORG;
        }
        return EntityType.PERSON;
    }
}
