package org.dossier.annotate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.dossier.annotate.ArticleMemory.Known;

/**
 * One annotation run over one text: scans the tokens left to right, trying the date rule, the
 * quantity rule and then the name rules on each run of capitalised words, and finally resolves the
 * names no list or cue explained, using what the article itself said about them ("Assad" after
 * "Bashar al-Assad"). Used by one thread for one text, then discarded.
 */
final class ArticlePass {
    /** How sure the pass is about a candidate. */
    private enum Confidence { SURE, GUESS, ONLY_IF_KNOWN }

    private static final class Candidate {
        final int from;
        final int to;
        EntityType type;
        String id;
        String source;
        Confidence confidence;

        Candidate(int from, int to, EntityType type, String id, String source, Confidence confidence) {
            this.from = from;
            this.to = to;
            this.type = type;
            this.id = id;
            this.source = source;
            this.confidence = confidence;
        }
    }

    private static final ThreadLocal<Tokens.Buffers> BUFFERS = ThreadLocal.withInitial(Tokens.Buffers::new);

    private final Gazetteer g;
    private final Tokens t;
    private final Gazetteer.Buffer sb = new Gazetteer.Buffer();
    private final int[] len = new int[1];
    private final List<Candidate> candidates = new ArrayList<>();
    private final ArticleMemory memory = new ArticleMemory();

    private final Gazetteer.Word[] words;
    /** Per token of the chunk being segmented, what the head-noun scans need ({@code K_*} bits). */
    private int[] kinds = new int[32];
    private int kindsBase;
    private static final int K_WORD = 1;
    private static final int K_CONNECTOR = 2;
    private static final int K_PARTICLE = 4;
    private static final int K_TITLE = 8;
    private static final int K_EVENT = 16;
    private static final int K_PLACE = 32;
    private static final int K_ORG = 64;
    private static final int K_CAP = 128;

    ArticlePass(Gazetteer g, String text) {
        this.g = g;
        // Texts up to a megabyte borrow this thread's token arrays; longer ones get their own, so
        // that no thread keeps a large buffer for good.
        this.t = Tokens.of(text, text.length() <= (1 << 20) ? BUFFERS.get() : null);
        this.words = new Gazetteer.Word[t.n];
    }

    List<Mention> run() {
        int k = 0;
        while (k < t.n) {
            int f = t.flags[k];
            if ((f & Tokens.WORD) == 0
                    || (f & Tokens.LOWER) != 0 && (!Lexicon.mayStart(t.hash[k]) || (t.cls(k) & Lexicon.STARTS) == 0)) {
                k++; // punctuation, or a lower-case word no rule starts with
                continue;
            }
            int e = DateRule.match(t, k);
            if (e > k) {
                add(k, e, EntityType.DATE, null, "rule:date", Confidence.SURE);
                k = e;
                continue;
            }
            e = (f & Tokens.CAP) != 0 ? -1 : QuantityRule.match(t, k); // quantities start with a number
            if (e > k) {
                add(k, e, EntityType.QUANTITY, null, "rule:quantity", Confidence.SURE);
                k = e;
                continue;
            }
            if ((f & Tokens.NUM) == 0 && startsName(k)) {
                e = chunkEnd(k);
                names(k, e);
                k = e;
                continue;
            }
            k++;
        }
        return finish();
    }

    // ---- what the lists say about a token, looked up once per token

    private Gazetteer.Word word(int k) {
        Gazetteer.Word w = words[k];
        if (w == null) {
            w = t.has(k, Tokens.WORD) ? g.word(t, k) : Gazetteer.Word.NONE;
            words[k] = w;
        }
        return w;
    }

    /*
     * The segmentation asks for the longest name and title at the same token several times; within
     * the chunk being segmented (always the same limit) the answers are kept.
     */
    private int chunkStart;
    private int chunkEnd = -1;
    private Gazetteer.Entry[] chunkEntry = new Gazetteer.Entry[32];
    private int[] chunkLen = new int[32];
    private int[] chunkTitle = new int[32];

    private void startChunk(int a, int b) {
        int size = b - a;
        if (chunkLen.length < size) {
            int cap = Math.max(size, chunkLen.length * 2);
            chunkEntry = new Gazetteer.Entry[cap];
            chunkLen = new int[cap];
            chunkTitle = new int[cap];
        }
        Arrays.fill(chunkLen, 0, size, -1);
        Arrays.fill(chunkTitle, 0, size, -1);
        chunkStart = a;
        chunkEnd = b;
    }

    private Gazetteer.Entry longest(int k, int limit) {
        if (limit != chunkEnd || k < chunkStart || k >= chunkEnd) {
            return g.longest(t, k, limit, sb, len, word(k));
        }
        int i = k - chunkStart;
        if (chunkLen[i] < 0) {
            Gazetteer.Entry e = g.longest(t, k, limit, sb, len, word(k));
            chunkEntry[i] = e;
            chunkLen[i] = e == null ? 0 : len[0];
        }
        len[0] = chunkLen[i];
        return chunkEntry[i];
    }

    private int title(int k, int limit) {
        if (limit != chunkEnd || k < chunkStart || k >= chunkEnd) {
            return g.title(t, k, limit, sb, word(k));
        }
        int i = k - chunkStart;
        if (chunkTitle[i] < 0) {
            chunkTitle[i] = g.title(t, k, limit, sb, word(k));
        }
        return chunkTitle[i];
    }

    private boolean isGivenName(int k) {
        return k < t.n && t.has(k, Tokens.CAP) && word(k).is(Gazetteer.Word.GIVEN);
    }

    private boolean isOrgHead(int k) {
        return k >= 0 && k < t.n && word(k).is(Gazetteer.Word.ORG_HEAD);
    }

    private boolean isEventHead(int k) {
        return k < t.n && t.has(k, Tokens.CAP) && word(k).is(Gazetteer.Word.EVENT_HEAD);
    }

    private boolean isStopWord(int k) {
        return k < t.n && word(k).is(Gazetteer.Word.STOP);
    }

    // ---- chunks: runs of capitalised words with their inner particles and connectors

    private boolean startsName(int k) {
        int f = t.flags[k];
        if ((f & Tokens.CAP) != 0) {
            return true;
        }
        return isParticle(k) && particleLeadsToName(k);
    }

    private boolean particleLeadsToName(int k) {
        if (isParticle(k + 1) && t.has(k + 1, Tokens.GAP) && t.has(k + 2, Tokens.CAP) && t.has(k + 2, Tokens.GAP)) {
            return true; // "van der Westhuizen"
        }
        if (t.isPunct(k + 1, '-') && t.touches(k + 1) && t.touches(k + 2) && t.has(k + 2, Tokens.CAP)) {
            return true;
        }
        return t.has(k + 1, Tokens.CAP) && t.has(k + 1, Tokens.GAP) && !t.has(k + 1, Tokens.SENT)
                && !t.is(k, "al") || t.is(k, "al") && t.has(k + 1, Tokens.CAP) && t.touches(k + 1);
    }

    private boolean isParticle(int k) {
        return t.has(k, Tokens.LOWER) && t.isA(k, Lexicon.PARTICLE);
    }

    private int chunkEnd(int k) {
        int e = k + 1;
        if (isParticle(k) && t.isPunct(e, '-')) {
            e += 2;
        }
        while (e < t.n) {
            int f = t.flags[e];
            if ((f & Tokens.SENT) != 0 || (f & Tokens.NL) != 0 || DateRule.isMonth(t, e) || DateRule.isWeekday(t, e)) {
                break;
            }
            if ((f & Tokens.CAP) != 0 && (f & Tokens.GAP) != 0) {
                e++;
            } else if ((t.isPunct(e, '-') || t.isPunct(e, '\'') || t.isPunct(e, '\u2019')) && t.touches(e)
                    && t.touches(e + 1) && t.has(e + 1, Tokens.CAP)) {
                e += 2; // France-Presse, O'Brien
            } else if (t.isPunct(e, '.') && t.touches(e) && t.has(e - 1, Tokens.CAP) && t.has(e + 1, Tokens.CAP)
                    && (t.length(e - 1) == 1 || t.isA(e - 1, Lexicon.ABBREVIATION))) {
                e++; // initial or title abbreviation: John F. Kennedy, Mr. Biden
            } else if (isParticle(e) && (f & Tokens.GAP) != 0 && particleLeadsToName(e)) {
                e += t.isPunct(e + 1, '-') ? 3 : 2; // the particle, its hyphen, and the name after it
            } else if ((t.is(e, "of") || t.is(e, "for") || t.isPunct(e, '&')) && (f & Tokens.GAP) != 0) {
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

    // ---- segmentation of one chunk

    /** A line in capitals says nothing through case: only the lists (and results tables) apply. */
    private void headlineNames(int a, int b) {
        startChunk(a, b);
        int k = a;
        while (k < b) {
            if (!t.has(k, Tokens.WORD)) {
                k++;
                continue;
            }
            if (t.has(k, Tokens.TABLE) && teamBeforeScore(b) && !looksLikePerson(k, b)) {
                add(k, b, EntityType.ORG, null, "rule:results-table", Confidence.SURE);
                return;
            }
            Gazetteer.Entry entry = longest(k, b);
            int gl = entry == null ? 0 : len[0];
            if (entry != null) {
                add(k, k + gl, entry.type(), entry.id(), entry.source(), Confidence.SURE);
            }
            k += Math.max(gl, 1);
        }
    }

    /** Classifies the chunk's tokens once, so the scans for head nouns only read an array. */
    private void classifyChunk(int a, int b) {
        startChunk(a, b);
        if (kinds.length < b - a) {
            kinds = new int[Math.max(b - a, kinds.length * 2)];
        }
        kindsBase = a;
        for (int j = a; j < b; j++) {
            int f = t.flags[j];
            int k = 0;
            if ((f & Tokens.WORD) != 0) {
                k = K_WORD;
                if ((f & Tokens.CAP) != 0) {
                    k |= K_CAP;
                    Gazetteer.Word w = word(j);
                    if (w.is(Gazetteer.Word.EVENT_HEAD)) {
                        k |= K_EVENT;
                    }
                    if (w.is(Gazetteer.Word.PLACE_HEAD)) {
                        k |= K_PLACE;
                    }
                }
                if (isOrgHead(j)) {
                    k |= K_ORG;
                }
                if (isConnector(j)) {
                    k |= K_CONNECTOR;
                }
                if (isParticle(j)) {
                    k |= K_PARTICLE;
                }
                if (title(j, b) > 0) {
                    k |= K_TITLE;
                }
            }
            kinds[j - a] = k;
        }
    }

    private boolean kind(int j, int bits) {
        return (kinds[j - kindsBase] & bits) != 0;
    }

    private void names(int a, int b) {
        if (t.has(a, Tokens.HEADLINE)) {
            headlineNames(a, b);
            return;
        }
        classifyChunk(a, b);
        boolean title = false;
        int k = a;
        while (k < b) {
            if (!t.has(k, Tokens.WORD) || isConnector(k) && !(isParticle(k) && particleLeadsToName(k))) {
                k++;
                continue;
            }
            int event = eventSpan(k, b);
            if (event > k) {
                k = event; // "World Cup", "U.S. Open": events are none of the six types
                title = false;
                continue;
            }
            if (t.has(k, Tokens.TABLE) && teamBeforeScore(b) && !looksLikePerson(k, b)) {
                add(k, b, EntityType.ORG, null, "rule:results-table", Confidence.SURE);
                k = b;
                continue;
            }
            Gazetteer.Entry entry = longest(k, b);
            int gl = entry == null ? 0 : len[0];
            int place = headSpan(k, b, K_PLACE);
            if (place > k + gl) {
                add(k, place, EntityType.LOCATION, null, "rule:place-head", Confidence.SURE);
                k = place;
                title = false;
                continue;
            }
            int org = orgSpan(k, b);
            if (org > k + gl && (entry == null || entry.type() != EntityType.LOCATION || !knownOrgAt(k + gl, org))) {
                add(k, org, EntityType.ORG, null, "rule:org-head", Confidence.SURE);
                k = org;
                title = false;
                continue;
            }
            if (entry != null && !(gl == 1 && !title && startsPersonName(k, b))) {
                add(k, k + gl, entry.type(), entry.id(), entry.source(), Confidence.SURE);
                k += gl;
                title = false;
                continue;
            }
            int tl = title(k, b);
            if (tl > 0) {
                title = true;
                k += tl;
                continue;
            }
            if (isStopWord(k) && entry == null) {
                k++;
                title = false;
                continue;
            }
            boolean person = title || startsPersonName(k, b);
            int r = k + 1;
            while (r < b) {
                if (!t.has(r, Tokens.WORD) || isParticle(r)) {
                    r++;
                    continue;
                }
                if (isConnector(r) || title(r, b) > 0) {
                    break;
                }
                if (!person && (longest(r, b) != null || isStopWord(r))) {
                    break;
                }
                r++;
            }
            while (r > k + 1 && (!t.has(r - 1, Tokens.WORD) || isConnector(r - 1) || isParticle(r - 1))) {
                r--;
            }
            classify(k, r, title);
            title = false;
            k = r;
        }
    }

    /** "New York Stock Exchange" is one organisation, "US Congress" a place and a known organisation. */
    private boolean knownOrgAt(int k, int end) {
        Gazetteer.Entry e = longest(k, end);
        return e != null && e.type() == EntityType.ORG && k + len[0] == end;
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
        for (int j = k + 1; j < b && j < k + 6; j++) {
            if (kind(j, K_EVENT)) {
                return j + 1;
            }
        }
        return -1;
    }

    /** "P. Johnson", "Phil Simmons": an initial or a given name first. */
    private boolean looksLikePerson(int k, int b) {
        return b - k >= 2 && (t.isPunct(k + 1, '.') && t.length(k) == 1 || isGivenName(k) && !t.has(k, Tokens.ALLCAPS));
    }

    /** In a results table, a name followed by a score (not a date) is a team. */
    private boolean teamBeforeScore(int b) {
        return t.has(b, Tokens.NUM) && !DateRule.isYear(t, b) && !t.isPunct(b + 1, '-');
    }

    private boolean isConnector(int k) {
        return t.has(k, Tokens.LOWER) && (t.is(k, "of") || t.is(k, "the") || t.is(k, "for") || isParticle(k))
                || t.isPunct(k, '&');
    }

    /** "Jordan Henderson": a given name followed by another capitalised word that no list knows. */
    private boolean startsPersonName(int k, int b) {
        if (!isGivenName(k)) {
            return false;
        }
        int n = k + 1;
        while (n < b && t.isPunct(n, '.')) {
            n++;
        }
        if (n >= b) {
            return false;
        }
        if (isParticle(n)) {
            return true;
        }
        if (!t.has(n, Tokens.CAP) || isStopWord(n) || title(n, b) > 0) {
            return false;
        }
        Gazetteer.Entry e = longest(n, b);
        // "Wang Donghai", "Paris Hilton": a town's name is also a family name; a country's is not
        return e == null
                || len[0] == 1 && (e.source().equals("gazetteer:cities") || e.source().equals("gazetteer:regions"));
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
                if (j > k) {
                    return j + 1;
                }
                return -1;
            }
            if ((kj & K_CONNECTOR) != 0 && (kj & K_PARTICLE) == 0) {
                return -1;
            }
        }
        return -1;
    }

    private void classify(int a, int r, boolean title) {
        int words = 0;
        boolean allCaps = true;
        for (int i = a; i < r; i++) {
            if (t.has(i, Tokens.WORD) && !isParticle(i)) {
                words++;
                allCaps &= t.has(i, Tokens.ALLCAPS);
            }
        }
        if (words == 0 || words == 1 && r - a == 1 && t.length(a) == 1) {
            return; // an initial on its own names nobody
        }
        if (title) {
            add(a, r, EntityType.PERSON, null, "rule:title", Confidence.SURE);
        } else if (words >= 2 && isGivenName(a)) {
            add(a, r, EntityType.PERSON, null, "rule:given-name", Confidence.SURE);
        } else if (saidFollows(r) && words <= 4 && !isOrgHead(r - 1)
                && !(t.has(a, Tokens.SENT) && words == 1 && t.c[t.end[a] - 1] == 's')) {
            // "Analysts said" at the start of a sentence is a plural noun, not a name
            add(a, r, EntityType.PERSON, null, "rule:said", Confidence.SURE);
        } else if (allCaps && words == 1 && t.length(a) <= 5) {
            add(a, r, EntityType.ORG, null, "rule:acronym", Confidence.SURE);
        } else if (placeCue(a)) {
            add(a, r, EntityType.LOCATION, null, "rule:place-cue", Confidence.SURE);
        } else if (t.isA(r, Lexicon.STOCK) || t.isA(a - 1, Lexicon.STOCK) && t.is(a - 2, "of")
                || t.is(a - 1, "of") && t.isA(a - 2, Lexicon.STOCK)) {
            add(a, r, EntityType.ORG, null, "rule:org-cue", Confidence.SURE);
        } else if (words == 1 && !t.has(a, Tokens.SENT) && (t.isA(r, Lexicon.PERSON_VERB) || meetingWith(a))) {
            add(a, r, EntityType.PERSON, null, "rule:person-verb", Confidence.SURE);
        } else if (words == 1 && !isParticle(a) && !locationContext(a)) {
            // A lone unknown capitalised word is as often a team, a product or an event as a person:
            // only what the article says elsewhere about it decides.
            add(a, r, EntityType.PERSON, null, "memory", Confidence.ONLY_IF_KNOWN);
        } else if (t.is(a - 1, "the") && !isParticle(a)) {
            add(a, r, EntityType.ORG, null, "memory", Confidence.ONLY_IF_KNOWN);
        } else {
            add(a, r, guess(a, r, words), null, "guess", Confidence.GUESS);
        }
    }

    private boolean saidFollows(int r) {
        int n = r;
        if (t.is(n, "also") || t.is(n, "later") || t.is(n, "then") || t.is(n, "has") || t.is(n, "had")) {
            n++; // "Lavrentyev also said"
        }
        return t.isA(n, Lexicon.SPEECH);
    }

    /** "the town of X", "X province", "in the city of X". */
    private boolean placeCue(int a) {
        int p = a - 1;
        if (t.is(p, "of")) {
            p--;
            return t.isA(p, Lexicon.PLACE_NOUN);
        }
        return false;
    }

    /** "meet with X", "talks with X". */
    private boolean meetingWith(int a) {
        return t.is(a - 1, "with") && t.isA(a - 2, Lexicon.MEETING);
    }

    private boolean locationContext(int a) {
        return !t.has(a, Tokens.SENT)
                && (t.is(a - 1, "in") || t.is(a - 1, "near") || t.is(a - 1, "outside") || t.is(a - 1, "to"));
    }

    private EntityType guess(int a, int r, int words) {
        if (isParticle(a)) {
            boolean placey = t.is(a - 1, "the") || t.is(a - 1, "in") || t.is(a - 1, "of") || t.is(a - 1, "near")
                    || t.is(a - 1, "from");
            return placey && words == 1 ? EntityType.LOCATION : EntityType.PERSON;
        }
        if (words == 1 && locationContext(a)) {
            return EntityType.LOCATION;
        }
        return words <= 3 ? EntityType.PERSON : EntityType.ORG;
    }

    // ---- bookkeeping

    private void add(int from, int to, EntityType type, String id, String source, Confidence confidence) {
        Candidate c = new Candidate(from, to, type, id, source, confidence);
        candidates.add(c);
        if (id != null && type != EntityType.PERSON) {
            return; // a listed name: nothing for the article's memory to add
        }
        if (confidence == Confidence.SURE && type != EntityType.DATE && type != EntityType.QUANTITY) {
            String surface = surface(from, to);
            // the id of a rule's find is built when needed: most are never looked up again
            Known known = new Known(type, id, source);
            memory.name(surface, known);
            if (type == EntityType.PERSON) {
                rememberSurname(from, to, id != null ? known : new Known(type, idOf(type, surface), source));
            }
        }
    }

    /** "Bashar al-Assad" makes "Assad" and "al-Assad" this person in the rest of the article. */
    private void rememberSurname(int from, int to, Known known) {
        int last = to - 1;
        if (last <= from) {
            return;
        }
        Known surname = new Known(EntityType.PERSON, known.id(), "memory:surname");
        memory.surname(surface(last, to), surname);
        int p = last - 1;
        if (t.isPunct(p, '-')) {
            p--;
        }
        if (p > from && isParticle(p)) {
            memory.name(surface(p, to), surname);
        }
    }

    /** False when the text of tokens [from, to) is certainly in neither memory (String hash = chars hash). */
    private boolean mayBeKnown(int from, int to) {
        return memory.mayKnow(to - from == 1 ? t.hash[from] : PhraseTable.hash(t.c, t.start[from], t.end[to - 1]));
    }

    private String surface(int from, int to) {
        return t.text.subSequence(t.start[from], t.end[to - 1]).toString();
    }

    private static final String[] ID_PREFIX = new String[EntityType.values().length];

    static {
        for (EntityType type : EntityType.values()) {
            ID_PREFIX[type.ordinal()] = type.name() + ":";
        }
    }

    /** The entity id of a name no list knows: its type and its text. */
    private static String idOf(EntityType type, String text) {
        return ID_PREFIX[type.ordinal()].concat(text);
    }

    private List<Mention> finish() {
        List<Mention> out = new ArrayList<>(candidates.size());
        // A long article names the same few entities thousands of times: one String per distinct text
        // and id, not one per mention (a 10 MB text has 250,000 mentions; three annotations of it at once
        // took more than the window's heap).
        java.util.Map<String, String> shared = new java.util.HashMap<>();
        for (Candidate c : candidates) {
            if (c.confidence == Confidence.GUESS && c.type == EntityType.PERSON) {
                String full = surface(c.from, c.to);
                rememberSurname(c.from, c.to, new Known(EntityType.PERSON, idOf(EntityType.PERSON, full), c.source));
            }
        }
        for (Candidate c : candidates) {
            int from = c.from;
            if (c.confidence == Confidence.SURE && c.to - from == 1 && c.type == EntityType.LOCATION
                    && memory.hasSurnames() && c.source.startsWith("gazetteer") && mayBeKnown(from, c.to)) {
                // "Neil Jordan … Jordan said": in this article the name is the person's
                Known person = memory.surname(surface(from, c.to));
                if (person != null) {
                    c.type = EntityType.PERSON;
                    c.id = person.id();
                    c.source = person.source();
                }
            }
            if (c.confidence == Confidence.SURE && c.type == EntityType.LOCATION && c.source.startsWith("gazetteer")
                    && mayBeKnown(from, c.to)) {
                // "Surrey 296 Kent 174" made Surrey a team: "Surrey captain Chris Lewis" is the team too
                Known team = memory.name(surface(from, c.to));
                if (team != null && team.type() == EntityType.ORG && "rule:results-table".equals(team.source())) {
                    c.type = EntityType.ORG;
                    c.id = idOf(EntityType.ORG, surface(from, c.to));
                    c.source = "memory:rule:results-table";
                }
            }
            if (c.confidence == Confidence.SURE && c.type == EntityType.PERSON && c.to - from == 1
                    && memory.hasSurnames() && mayBeKnown(from, c.to)) {
                Known person = memory.surname(surface(from, c.to)); // "Scholz told" is Olaf Scholz
                if (person != null) {
                    c.id = person.id();
                }
            }
            if (c.confidence == Confidence.ONLY_IF_KNOWN && !mayBeKnown(from, c.to)
                    && !(isParticle(from) && c.to - from > 1)) {
                continue; // certainly unknown: not worth a String
            }
            if (c.confidence != Confidence.SURE) {
                String surface = surface(from, c.to);
                Known known = memory.surname(surface);
                if (known == null) {
                    known = memory.name(surface);
                }
                if (known == null && isParticle(from) && c.to - from > 1) {
                    // "de Mistura" unknown but "Mistura" known: keep the particle only when known with it
                    int f2 = t.isPunct(from + 1, '-') ? from + 2 : from + 1;
                    known = memory.name(surface(f2, c.to));
                }
                if (known != null) {
                    c.type = known.type();
                    c.id = known.id() != null ? known.id() : idOf(known.type(), surface);
                    c.source = known.source().startsWith("memory") ? known.source() : "memory:" + known.source();
                } else if (c.confidence == Confidence.ONLY_IF_KNOWN) {
                    continue;
                }
            }
            int s = t.start[from];
            int e = t.end[c.to - 1];
            String text = shared.computeIfAbsent(t.text.subSequence(s, e).toString(), k -> k);
            if (g.isNever(text)) {
                continue;
            }
            String id = shared.computeIfAbsent(c.id != null ? c.id : idOf(c.type, text), k -> k);
            out.add(new Mention(s, e, c.type, text, id, c.source));
        }
        return out;
    }
}
