package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;

import org.dossier.annotate.ArticleMemory.Known;
import org.dossier.annotate.Candidates.Candidate;
import org.dossier.annotate.Candidates.Confidence;

/**
 * The last phase of a pass: the candidates no list or cue explained are decided from what the
 * article itself said about them (Mikheev et al.'s document-level consistency) — a surname
 * named in full earlier or later, a name a rule found elsewhere — and the sure ones are
 * reconciled with it ("Neil Jordan … Jordan said" is the person, not the country). Used once per
 * pass; not thread-safe.
 */
final class Resolution {
    private final Tokens t;
    private final TokenFacts f;
    private final Candidates cs;
    private final ArticleMemory memory;
    private final char[] word = new char[32];
    private int[] guessHashes = new int[16];
    /** Mentions beyond which their texts and ids are shared (a big article repeats a few names thousands of times). */
    private static final int SHARE_ABOVE = 2_000;
    /** The generated lists of towns and regions, whose names a sports report uses for its teams. */
    private static final String[] GENERATED_PLACES = {"gazetteer:cities", "gazetteer:regions"};

    Resolution(TokenFacts f, Candidates cs) {
        this.t = f.t;
        this.f = f;
        this.cs = cs;
        this.memory = cs.memory;
    }

    List<Mention> mentions() {
        List<Candidate> candidates = cs.list;
        List<Mention> out = new ArrayList<>(candidates.size());
        // A long article names the same few entities thousands of times: one String per distinct text
        // and id, not one per mention (a 10 MB text has 250,000 mentions; three annotations of it at once
        // took more than the window's heap).
        // Below that many mentions the copies cost less than the map.
        java.util.Map<String, String> shared = candidates.size() > SHARE_ABOVE ? new java.util.HashMap<>() : null;
        agreeOnGuesses(candidates);
        for (Candidate c : candidates) {
            if (c.confidence == Confidence.GUESS && c.type == EntityType.PERSON) {
                String full = cs.surface(c.from, c.to);
                cs.rememberSurname(c.from, c.to, new Known(EntityType.PERSON, Candidates.idOf(EntityType.PERSON, full), c.source));
            }
        }
        int n = candidates.size();
        boolean[] keep = new boolean[n];
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            keep[i] = !c.headline && resolve(c);
        }
        coordinate(candidates, keep);
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            if (c.headline) {
                headline(c, out);
                continue;
            }
            if (!keep[i]) {
                continue;
            }
            int s = t.start[c.from];
            int e = t.end[c.to - 1];
            if (c.type == EntityType.ORG && suffixDot(c.to)) {
                e = t.end[c.to]; // "Barnett Banks Inc. in Jacksonville": the abbreviation's full stop
            }
            String text = t.text.substring(s, e);
            text = shared == null ? text : shared.computeIfAbsent(text, k -> k);
            if (f.g.isNever(text)) {
                continue;
            }
            String id = c.id != null ? c.id : Candidates.idOf(c.type, text);
            id = shared == null ? id : shared.computeIfAbsent(id, k -> k);
            out.add(new Mention(s, e, c.type, text, id, c.source));
        }
        return out;
    }

    /**
     * One name guessed as different types in one article takes one type (Mikheev et al.'s one sense
     * per document). "Person" is the guess without a cue: an organisation's guess wins over it, a
     * place's guess when it has at least half as many (and more than the organisation's; ties go to
     * the organisation): "Jorvik Sound financed …" opening
     * the article is the place that "a negotiator from Jorvik Sound" and "officials in Jorvik Sound"
     * guessed, "Cambridge Analytica" the organisation that "the Cambridge Analytica" guessed.
     */
    private void agreeOnGuesses(List<Candidate> candidates) {
        // Most articles guess no name twice: find that out from the names' hashes before making strings.
        int guesses = 0;
        for (Candidate c : candidates) {
            if (c.confidence == Confidence.GUESS) {
                if (guesses == guessHashes.length) {
                    guessHashes = java.util.Arrays.copyOf(guessHashes, guesses * 2);
                }
                guessHashes[guesses++] = PhraseTable.hash(t.c, t.start[c.from], t.end[c.to - 1]);
            }
        }
        java.util.Arrays.sort(guessHashes, 0, guesses);
        boolean twice = false;
        for (int i = 1; i < guesses && !twice; i++) {
            twice = guessHashes[i] == guessHashes[i - 1];
        }
        if (!twice) {
            return;
        }
        java.util.Map<String, int[]> votes = new java.util.HashMap<>();
        for (Candidate c : candidates) {
            if (c.confidence == Confidence.GUESS) {
                int[] v = votes.computeIfAbsent(cs.surface(c.from, c.to), k -> new int[EntityType.values().length]);
                v[c.type.ordinal()]++;
            }
        }
        for (Candidate c : candidates) {
            if (c.confidence != Confidence.GUESS) {
                continue;
            }
            int[] v = votes.get(cs.surface(c.from, c.to));
            int org = v[EntityType.ORG.ordinal()];
            int place = v[EntityType.LOCATION.ordinal()];
            int person = v[EntityType.PERSON.ordinal()];
            // an organisation is guessed from the name's form or a "the" before it, which people do not
            // take: one such guess beats the person guesses; a place's guess ("in X") needs half as many
            // as the person's, and beats the organisation's when it has more
            if (place > org && 2 * place >= person) {
                c.type = EntityType.LOCATION;
            } else if (org > 0) {
                c.type = EntityType.ORG;
            } else {
                c.type = 2 * place >= person ? EntityType.LOCATION : EntityType.PERSON;
            }
        }
    }

    /**
     * The full stop at {@code k} belongs to the company suffix before it ("Inc.", "Corp.", "Ltd."):
     * it touches it and the sentence goes on after it.
     */
    private boolean suffixDot(int k) {
        // an organisation head that is an abbreviation: Inc, Corp, Co, Ltd, Bros
        return t.isPunct(k, '.') && t.touches(k) && t.isA(k - 1, Lexicon.ABBREVIATION) && f.isOrgHead(k - 1)
                && (t.has(k + 1, Tokens.LOWER) || t.isPunct(k + 1, ',') || t.has(k + 1, Tokens.NUM));
    }

    /**
     * "SOCCER - MILAN 'S LENTINI MOVES": words of a line in capitals are names where the article
     * names them in mixed case ("Gianluigi Lentini"), longest first; common words never are.
     */
    private void headline(Candidate c, List<Mention> out) {
        if (!memory.hasNames()) {
            return;
        }
        int k = c.from;
        while (k < c.to) {
            int found = 0;
            Known known = null;
            for (int m = Math.min(3, c.to - k); m >= 1 && known == null; m--) {
                if (!t.has(k, Tokens.WORD) || !t.has(k + m - 1, Tokens.WORD)
                        || m == 1 && (t.length(k) < 3 || f.g.isCommonWordInCapitals(t, k, word))) {
                    continue;
                }
                if (memory.mayKnowUpper(PhraseTable.hash(t.c, t.start[k], t.end[k + m - 1]))) {
                    known = memory.upper(cs.surface(k, k + m));
                }
                found = m;
            }
            if (known != null && known.type() != EntityType.DATE && known.type() != EntityType.QUANTITY) {
                EntityType type = known.type();
                if (type == EntityType.ORG && "rule:team-context".equals(known.source()) && venue(k, k + found)) {
                    type = EntityType.LOCATION; // "COLORADO AT ST LOUIS": where the team plays
                }
                int s = t.start[k];
                int e = t.end[k + found - 1];
                String text = t.text.subSequence(s, e).toString();
                String id = known.id() != null && type == known.type() ? known.id() : Candidates.idOf(type, text);
                if (!f.g.isNever(text)) {
                    out.add(new Mention(s, e, type, text, id, "memory:headline"));
                }
                k += found;
            } else {
                k++;
            }
        }
    }

    /**
     * Where a game is played, not who plays: "BOSTON AT OAKLAND" (a schedule), a dateline
     * ("NEW YORK 1996-08-31", "HERZLIYA, Israel 1996-08-31").
     */
    private boolean venue(int from, int to) {
        if (t.is(from - 1, "AT") || t.is(from - 1, "at") || t.is(from - 1, "in") || t.is(from - 1, "In")
                || t.is(from - 1, "near")) {
            return true;
        }
        int k = to;
        if (t.isPunct(k, ',') && t.has(k + 1, Tokens.CAP)) {
            k += 2;
        }
        return (t.has(from, Tokens.NL) || t.isPunct(from - 1, ',') && t.has(from - 2, Tokens.NL))
                && t.has(k, Tokens.NUM) && t.length(k) == 4 && t.isPunct(k + 1, '-');
    }

    /**
     * "Breisach, Kehl and Freiburg", "Mobil, Shell and Caltex": the words of a list are of one
     * kind, so an unexplained one-word name coordinated with a found one takes its type — when
     * the list has three items or the joint is "and"/"or".
     */
    private void coordinate(List<Candidate> candidates, boolean[] keep) {
        for (int pass = 0; pass < 3; pass++) {
            boolean changed = false;
            for (int i = 0; i < candidates.size(); i++) {
                Candidate c = candidates.get(i);
                if (keep[i] || c.headline || c.confidence != Confidence.ONLY_IF_KNOWN || c.to - c.from != 1
                        || t.has(c.to, Tokens.CAP) && !t.has(c.to, Tokens.SENT) && !t.has(c.to, Tokens.NL)
                        || t.has(c.from - 1, Tokens.CAP) && !t.has(c.from, Tokens.NL)) {
                    continue; // "Peter Such", "Hun Sen": part of a longer name the rules split
                }
                Candidate left = i > 0 && keep[i - 1] ? candidates.get(i - 1) : null;
                Candidate right = i + 1 < candidates.size() && keep[i + 1] ? candidates.get(i + 1) : null;
                Candidate like = null;
                Candidate next = i + 1 < candidates.size() ? candidates.get(i + 1) : null;
                // "firms including Mobil , Shell and Caltex": a list of organisations goes on after the name,
                // though its next item is not decided yet (not "Business , Innovation and Employment")
                boolean listGoesOn = next != null && joined(c.to, next.from) && t.isPunct(c.from - 1, ',')
                        && left != null && left.type == EntityType.ORG
                        && ("rule:org-noun".equals(left.source) || "rule:coordination".equals(left.source));
                if (left != null && joined(left.to, c.from) && (isAndOr(c.from - 1) || listOfThree(left, c, right)
                        || listGoesOn)) {
                    like = left;
                } else if (right != null && joined(c.to, right.from) && (isAndOr(c.to) || listOfThree(left, c, right)
                        || joinedAny(candidates, i + 1))) {
                    like = right;
                }
                if (like != null && (like.type == EntityType.PERSON || like.type == EntityType.LOCATION
                        || like.type == EntityType.ORG)) {
                    c.type = like.type;
                    c.id = null;
                    c.source = "rule:coordination";
                    keep[i] = true;
                    changed = true;
                }
            }
            if (!changed) {
                return;
            }
        }
    }

    /** Tokens {@code end} and {@code start} are separated by exactly one comma, "and" or "or". */
    private boolean joined(int end, int start) {
        return start == end + 1 && (t.isPunct(end, ',') || isAndOr(end));
    }

    private boolean isAndOr(int k) {
        return t.is(k, "and") || t.is(k, "or");
    }

    private boolean listOfThree(Candidate left, Candidate c, Candidate right) {
        return left != null && right != null && joined(left.to, c.from) && joined(c.to, right.from);
    }

    /** The candidate at {@code i} is itself joined to the next one. */
    private boolean joinedAny(List<Candidate> candidates, int i) {
        return i + 1 < candidates.size() && joined(candidates.get(i).to, candidates.get(i + 1).from);
    }

    /** Settles one candidate's type and id from the article's memory; false when it is dropped. */
    private boolean resolve(Candidate c) {
        int from = c.from;
        if (memory.hasWorks() && c.type != EntityType.DATE && c.type != EntityType.QUANTITY
                && memory.isWork(cs.surface(from, c.to)) && !c.source.equals("user")) {
            return false; // "Batman" after "the film Batman" is the film, not the town in Turkey
        }
        if (c.confidence == Confidence.SURE && c.to - from == 1 && c.type == EntityType.LOCATION
                && memory.hasSurnames() && c.source.startsWith("gazetteer") && cs.mayBeKnown(from, c.to)) {
            // "Neil Jordan … Jordan said": in this article the name is the person's
            Known person = memory.surname(cs.surface(from, c.to));
            if (person != null) {
                c.type = EntityType.PERSON;
                c.id = person.id();
                c.source = person.source();
            }
        }
        if (c.confidence == Confidence.SURE && c.type == EntityType.LOCATION && c.source.startsWith("gazetteer")
                && cs.mayBeKnown(from, c.to) && !venue(from, c.to)) {
            // "Surrey 296 Kent 174" made Surrey a team: "Surrey captain Chris Lewis" is the team too
            String surface = cs.surface(from, c.to);
            Known team = memory.name(surface);
            if (team != null && team.type() == EntityType.ORG && "rule:results-table".equals(team.source())
                    || memory.isTeam(surface) && c.source.equals(GENERATED_PLACES[0]) || memory.isTeam(surface)
                    && c.source.equals(GENERATED_PLACES[1])) {
                c.type = EntityType.ORG;
                c.id = Candidates.idOf(EntityType.ORG, surface);
                c.source = team != null && "rule:results-table".equals(team.source())
                        ? "memory:rule:results-table" : "memory:rule:team";
            }
        }
        if (c.confidence == Confidence.SURE && c.type == EntityType.PERSON && c.id == null && memory.hasSurnames()
                && (c.to - from == 1 || f.isParticle(from) || t.has(from, Tokens.CAP) && f.isCapitalisedParticle(from))) {
            // "Scholz told" is Olaf Scholz; "de Mistura met", "De Mistura told" are Staffan de Mistura
            Known person = null;
            if (cs.mayBeKnown(from, c.to)) {
                String surface = cs.surface(from, c.to);
                person = memory.surname(surface);
                if (person == null && c.to - from > 1) {
                    Known named = memory.name(surface);
                    person = named != null && "memory:surname".equals(named.source()) ? named : null;
                }
            }
            if (person == null && c.to - from > 1 && t.has(from, Tokens.CAP)
                    && f.isCapitalisedParticle(from)) {
                String surface = cs.surface(from, c.to);
                Known named = memory.name(Character.toLowerCase(surface.charAt(0)) + surface.substring(1));
                person = named != null && "memory:surname".equals(named.source()) ? named : null;
            }
            if (person != null) {
                c.id = person.id();
            }
        }
        if (c.confidence == Confidence.SURE && c.type == EntityType.PERSON && c.id == null && memory.hasOrganisations()
                && (c.source.equals("rule:said") || c.source.equals("rule:person-verb")) && cs.mayBeKnown(from, c.to)
                && memory.isOrganisation(cs.surface(from, c.to))) {
            // "Cofinec said" after "Cofinec CEO Stephen Frater": the article says it is a company
            c.type = EntityType.ORG;
            c.source = "memory:organisation";
        }
        if (c.confidence == Confidence.ONLY_IF_KNOWN && !cs.mayBeKnown(from, c.to)
                && !(f.isParticle(from) && c.to - from > 1)) {
            return false; // certainly unknown: not worth a String
        }
        if (c.confidence != Confidence.SURE) {
            String surface = cs.surface(from, c.to);
            Known known = memory.surname(surface);
            if (known == null) {
                known = memory.name(surface);
            }
            if (known == null && f.isParticle(from) && c.to - from > 1) {
                // "de Mistura" unknown but "Mistura" known: keep the particle only when known with it
                int f2 = t.isPunct(from + 1, '-') ? from + 2 : from + 1;
                known = memory.name(cs.surface(f2, c.to));
            }
            if (known != null && known.type() == EntityType.ORG && "rule:team-context".equals(known.source())
                    && venue(from, c.to)) {
                known = new Known(EntityType.LOCATION, null, "rule:venue"); // "in Somerset": where the team plays
            }
            if (known != null) {
                c.type = known.type();
                c.id = known.id() != null ? known.id() : Candidates.idOf(known.type(), surface);
                c.source = known.source().startsWith("memory") ? known.source() : "memory:" + known.source();
            } else if (c.confidence == Confidence.ONLY_IF_KNOWN) {
                return false;
            }
        }
        return true;
    }
}
