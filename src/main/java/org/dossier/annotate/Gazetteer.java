package org.dossier.annotate;

import java.util.List;

/**
 * The name lists the annotator matches, frozen: entity names with their canonical names, plus the
 * word lists its rules consult (titles, organisation head nouns, given names, stop words). Phrases
 * are keyed by their tokens joined the way the text joins them (one space where there was white
 * space), so lookups never allocate per token. Made by {@link GazetteerBuilder}; immutable and
 * safe to share between threads (every table is reached through a final field).
 */
final class Gazetteer {
    /**
     * One name: its type, the canonical name its aliases collapse to, the list it came from, and
     * whether it is ambiguous — a generated place named like a common English word or a given
     * name ("Man", "David", "Lara"), which counts only with evidence from its context.
     */
    record Entry(EntityType type, String canonical, String source, String id, boolean ambiguous, boolean generated) {
        Entry(EntityType type, String canonical, String source) {
            this(type, canonical, source, type.name() + ":" + canonical, false,
                    source.equals("gazetteer:cities") || source.equals("gazetteer:regions"));
        }

        Entry asAmbiguous() {
            return new Entry(type, canonical, source, id, true, generated);
        }
    }

    /**
     * Everything the lists say about one token, found with a single lookup and cached per token
     * by {@link ArticlePass}: word-list memberships and where names and titles may start. Written
     * only by the {@link GazetteerBuilder} before the gazetteer is made; read-only after.
     */
    static final class Word {
        static final int GIVEN = 1;
        static final int ORG_HEAD = 2;
        static final int EVENT_HEAD = 4;
        static final int STOP = 8;
        static final int PLACE_HEAD = 16;
        /** An East Asian family name, written first ("Wang Donghai"). */
        static final int FAMILY_FIRST = 32;
        static final Word NONE = new Word();

        int flags;
        /** The most tokens of a name / a name in capitals / a title starting with this token (0 = none). */
        int nameMax;
        int upperMax;
        int titleMax;
        /** The name that is this token alone, in mixed case and in a capitals headline. */
        Entry single;
        Entry singleUpper;
        boolean singleTitle;

        boolean is(int flag) {
            return (flags & flag) != 0;
        }
    }

    static final int PAIR_BITS = 1 << 17;
    /** 31 to the power n, for combining token hashes into the hash of their joined text. */
    private static final int[] POW31 = new int[65];

    static {
        POW31[0] = 1;
        for (int i = 1; i < POW31.length; i++) {
            POW31[i] = POW31[i - 1] * 31;
        }
    }

    private final PhraseTable<Entry> exact;
    private final PhraseTable<Entry> upper;
    private final PhraseTable<Boolean> titles;
    private final PhraseTable<Word> words;
    /** Texts the user said are never an entity ({@code -<TAB>text} lines). */
    private final PhraseTable<Boolean> never;
    /**
     * A filter over the hashes of the first two tokens of every name and title of two or more
     * tokens: most capitalised pairs in a text start no such name, and one bit test spares building
     * their keys.
     */
    private final long[] pairs;
    /** Common English words, capitalised ("Man", "Job"): keyed so that a capitalised token is looked up as it is. */
    private final PhraseTable<Boolean> common;

    Gazetteer(PhraseTable<Entry> exact, PhraseTable<Entry> upper, PhraseTable<Boolean> titles,
              PhraseTable<Word> words, PhraseTable<Boolean> never, long[] pairs, PhraseTable<Boolean> common) {
        this.common = common;
        this.exact = exact;
        this.upper = upper;
        this.titles = titles;
        this.words = words;
        this.never = never;
        this.pairs = pairs;
    }

    private static final class Holder {
        static final Gazetteer BUILT_IN = loadFresh();
    }

    /** The built-in lists, loaded on first use and then shared. */
    static Gazetteer builtIn() {
        return Holder.BUILT_IN;
    }

    /** The built-in lists, loaded anew (for measuring the load). */
    static Gazetteer loadFresh() {
        return new GazetteerBuilder().builtIn().build();
    }

    /** The built-in lists plus the user's entries, which win. */
    static Gazetteer withUser(List<UserGazetteer.Line> userLines) {
        return new GazetteerBuilder().builtIn().user(userLines).build();
    }

    static int pairBit(int hash) {
        return (hash ^ (hash >>> 15) ^ (hash >>> 25)) & (PAIR_BITS - 1);
    }

    /**
     * False when no name of two or more tokens starts with tokens k and k+1. The hash of their
     * joined key is combined from the token hashes: h(A sep B) = h(A)·31^|sep B| + h(sep B).
     */
    private boolean mayStartPair(Tokens t, int k) {
        int second = t.length(k + 1);
        if (second >= POW31.length - 1) {
            return true;
        }
        boolean gap = (t.flags[k + 1] & Tokens.GAP) != 0;
        int h = gap ? t.hash[k] * POW31[second + 1] + ' ' * POW31[second] + t.hash[k + 1]
                : t.hash[k] * POW31[second] + t.hash[k + 1];
        int bit = pairBit(h);
        return (pairs[bit >>> 6] & (1L << bit)) != 0;
    }

    /** What the lists say about token {@code k} ({@link Word#NONE} when nothing). */
    Word word(Tokens t, int k) {
        Word w = words.get(t.c, t.start[k], t.end[k], t.hash[k]);
        return w == null ? Word.NONE : w;
    }

    /** What the lists say about a word given as text ({@link Word#NONE} when nothing). */
    Word word(String token) {
        Word w = words.get(token);
        return w == null ? Word.NONE : w;
    }

    /**
     * The longest name starting at token {@code k} and ending at or before token {@code limit};
     * its length in tokens goes to {@code len[0]}. Headline tokens are matched in capitals.
     */
    Entry longest(Tokens t, int k, int limit, KeyBuffer b, int[] len, Word w) {
        Entry e = longest(t, k, limit, b, len, w, t.has(k, Tokens.HEADLINE));
        if (e == null && t.has(k, Tokens.ALLCAPS) && t.length(k) >= 4 && !t.has(k, Tokens.HEADLINE)) {
            // a word in capitals in a mixed-case line, as in the dateline "WASHINGTON (Reuters) -"
            e = longest(t, k, limit, b, len, w, true);
        }
        return e;
    }

    private Entry longest(Tokens t, int k, int limit, KeyBuffer b, int[] len, Word w, boolean headline) {
        int max = headline ? w.upperMax : w.nameMax;
        if (max == 0) {
            return null;
        }
        PhraseTable<Entry> table = headline ? upper : exact;
        int most = Math.min(max, limit - k);
        if (most >= 2 && !mayStartPair(t, k)) {
            most = 1;
        }
        for (int m = most; m >= 2; m--) {
            b.set(t, k, k + m);
            Entry e = table.get(b.chars, 0, b.length);
            if (e != null) {
                len[0] = m;
                return e;
            }
        }
        Entry e = headline ? w.singleUpper : w.single;
        if (e != null) {
            len[0] = 1;
        }
        return e;
    }

    /** The entry of exactly this phrase, or null. */
    Entry exact(String phrase) {
        return exact.get(KeyBuffer.key(phrase));
    }

    /** The number of tokens of the longest title starting at {@code k}, or 0. */
    int title(Tokens t, int k, int limit, KeyBuffer b, Word w) {
        if (w.titleMax == 0) {
            return 0;
        }
        int most = Math.min(w.titleMax, limit - k);
        if (most >= 2 && !mayStartPair(t, k)) {
            most = 1;
        }
        for (int m = most; m >= 2; m--) {
            b.set(t, k, k + m);
            if (titles.get(b.chars, 0, b.length) != null) {
                return m;
            }
        }
        return w.singleTitle ? 1 : 0;
    }

    /** Whether capitalised token {@code k} is a common English word written with a capital ("Job", "View"). */
    boolean isCommonWord(Tokens t, int k) {
        return common.get(t.c, t.start[k], t.end[k], t.hash[k]) != null;
    }

    /** Whether token {@code k}, written in capitals ("THE", "VICTORY"), is a common English word; allocates nothing. */
    boolean isCommonWordInCapitals(Tokens t, int k, char[] buffer) {
        int len = t.length(k);
        if (len > buffer.length || len == 0) {
            return false;
        }
        int h = 0;
        for (int i = 0; i < len; i++) {
            char c = t.c[t.start[k] + i];
            char d = i == 0 ? c : Character.toLowerCase(c);
            buffer[i] = d;
            h = 31 * h + d;
        }
        return common.get(buffer, 0, len, h) != null;
    }

    boolean isNever(String text) {
        return never.size() > 0 && never.get(text) != null;
    }
}
