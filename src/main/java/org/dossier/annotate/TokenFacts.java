package org.dossier.annotate;

import java.util.Arrays;

/**
 * What the lists say about the tokens of one text, looked up once per token and kept: word-list
 * memberships, and — within the chunk being segmented, where the rules ask the same questions
 * several times — the longest name and title starting at each token. Used by one
 * {@link ArticlePass}; not thread-safe.
 */
final class TokenFacts {
    final Gazetteer g;
    final Tokens t;
    private final KeyBuffer sb = new KeyBuffer();
    private final char[] lower = new char[16];
    /** The length in tokens of the name the last {@link #longest} call found. */
    final int[] len = new int[1];
    /** Whether the text is a sports report and a name stands where a team does. */
    final TeamCues teams;
    private final Gazetteer.Word[] words;

    private int chunkStart;
    private int chunkEnd = -1;
    private Gazetteer.Entry[] chunkEntry = new Gazetteer.Entry[32];
    private int[] chunkLen = new int[32];
    private int[] chunkTitle = new int[32];

    TokenFacts(Gazetteer g, Tokens t) {
        this.g = g;
        this.t = t;
        this.words = t.words;
        this.teams = new TeamCues(t);
    }

    Gazetteer.Word word(int k) {
        Gazetteer.Word w = words[k];
        return w != null ? w : lookUp(k); // the lookup out of line, so that this inlines
    }

    private Gazetteer.Word lookUp(int k) {
        Gazetteer.Word w = t.has(k, Tokens.WORD) ? g.word(t, k) : Gazetteer.Word.NONE;
        words[k] = w;
        return w;
    }

    /** From now on the answers for tokens in {@code [a, b)} with limit {@code b} are kept. */
    void startChunk(int a, int b) {
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

    /** The longest listed name at {@code k} ending by {@code limit}, its length in {@link #len}; or null. */
    Gazetteer.Entry longest(int k, int limit) {
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

    /** The number of tokens of the longest title at {@code k} ending by {@code limit}, or 0. */
    int title(int k, int limit) {
        if (limit != chunkEnd || k < chunkStart || k >= chunkEnd) {
            return g.title(t, k, limit, sb, word(k));
        }
        int i = k - chunkStart;
        if (chunkTitle[i] < 0) {
            chunkTitle[i] = g.title(t, k, limit, sb, word(k));
        }
        return chunkTitle[i];
    }

    boolean isGivenName(int k) {
        return k >= 0 && k < t.n && t.has(k, Tokens.CAP) && word(k).is(Gazetteer.Word.GIVEN);
    }

    boolean isOrgHead(int k) {
        return k >= 0 && k < t.n && word(k).is(Gazetteer.Word.ORG_HEAD);
    }

    boolean isStopWord(int k) {
        return k >= 0 && k < t.n && word(k).is(Gazetteer.Word.STOP);
    }

    /** A capitalised token that is also a common English word ("Job", "Images"). */
    boolean isCommonWord(int k) {
        return k >= 0 && k < t.n && t.has(k, Tokens.CAP) && g.isCommonWord(t, k);
    }

    /** A capitalised word no list knows: not a name's start, title, stop word, head noun or common word. */
    boolean isUnknownName(int k, int limit) {
        if (k >= limit || !t.has(k, Tokens.CAP) || t.has(k, Tokens.ALLCAPS) || !t.has(k, Tokens.GAP)) {
            return false;
        }
        Gazetteer.Word w = word(k);
        return w.nameMax == 0 && w.titleMax == 0 && (w.flags & (Gazetteer.Word.STOP | Gazetteer.Word.ORG_HEAD
                | Gazetteer.Word.PLACE_HEAD | Gazetteer.Word.EVENT_HEAD)) == 0 && !isCommonWord(k);
    }

    boolean isParticle(int k) {
        return t.has(k, Tokens.LOWER) && t.isA(k, Lexicon.PARTICLE);
    }

    /** "president Suharto", "midfielder Donato": a lower-case role right before token {@code a}, in apposition. */
    boolean roleBefore(int a) {
        return t.has(a - 1, Tokens.LOWER) && t.has(a, Tokens.GAP) && t.isA(a - 1, Lexicon.ROLE);
    }

    /** "the" right before token {@code a} (or "The" opening the sentence). */
    boolean afterThe(int a) {
        return t.is(a - 1, "the") || t.is(a - 1, "The") && t.has(a - 1, Tokens.SENT);
    }

    /** "De Mistura" at a sentence's start, "Van Moer": a particle written with a capital. */
    boolean isCapitalisedParticle(int k) {
        return k >= 0 && k < t.n && t.length(k) <= 4 && (lowerCaseClasses(k) & Lexicon.PARTICLE) != 0;
    }

    /**
     * The {@link Lexicon} classes of capitalised token {@code k} written in lower case ("Economist"
     * opening a sentence is the role "economist"); 0 for other tokens. Allocates nothing.
     */
    long lowerCaseClasses(int k) {
        return foldedClasses(k, false);
    }

    /** The {@link Lexicon} classes of a word in capitals written with only its first capital ("FRIDAY": "Friday"). */
    long capitalisedClasses(int k) {
        return foldedClasses(k, true);
    }

    private long foldedClasses(int k, boolean keepFirst) {
        int len = k >= 0 && k < t.n ? t.length(k) : 0;
        if (len == 0 || len > lower.length || !t.has(k, Tokens.CAP)) {
            return 0;
        }
        int h = 0;
        for (int i = 0; i < len; i++) {
            char c = t.c[t.start[k] + i];
            c = keepFirst && i == 0 ? c : Character.toLowerCase(c);
            lower[i] = c;
            h = 31 * h + c;
        }
        return Lexicon.classes(lower, 0, len, h);
    }

    /** "of", "the", "for", a particle, or "&": words that join the parts of a name. */
    boolean isConnector(int k) {
        return t.has(k, Tokens.LOWER) && (t.is(k, "of") || t.is(k, "the") || t.is(k, "for") || isParticle(k))
                || t.isPunct(k, '&');
    }
}
