package org.dossier.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The name lists the annotator matches: entity names with their canonical names, plus the word
 * lists its rules consult (titles, organisation head nouns, given names, stop words). Phrases are
 * keyed by their tokens joined the way the text joins them (one space where there was white space),
 * so lookups never allocate per token. Filled once by {@link #builtIn()} or {@link #withUser};
 * immutable afterwards and safe to share between threads.
 */
final class Gazetteer {
    /** One name: its type, the canonical name its aliases collapse to, and the list it came from. */
    record Entry(EntityType type, String canonical, String source, String id) {
        Entry(EntityType type, String canonical, String source) {
            this(type, canonical, source, type.name() + ":" + canonical);
        }
    }

    /**
     * Everything the lists say about one token, found with a single lookup and cached per token
     * by {@link ArticlePass}: word-list memberships and where names and titles may start.
     */
    static final class Word {
        static final int GIVEN = 1;
        static final int ORG_HEAD = 2;
        static final int EVENT_HEAD = 4;
        static final int STOP = 8;
        static final int PLACE_HEAD = 16;
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

    private static final String DIR = "/org/dossier/annotate/";
    // Later files win over earlier ones for the same phrase: curated lists over generated ones.
    private static final String[] ENTITY_FILES = {
        "cities.tsv", "regions.tsv", "demonyms.tsv", "countries.tsv", "nationalities.tsv", "places.tsv",
        "organisations.tsv"};

    final PhraseTable<Entry> exact = new PhraseTable<>(16_000);
    final PhraseTable<Entry> upper = new PhraseTable<>(16_000);
    final PhraseTable<Boolean> titles = new PhraseTable<>();
    final PhraseTable<Word> words = new PhraseTable<>(24_000);
    /**
     * A filter over the hashes of the first two tokens of every name of two or more tokens: most
     * capitalised pairs in a text start no such name, and one bit test spares building their keys.
     */
    private final long[] pairs = new long[PAIR_BITS / 64];
    private static final int PAIR_BITS = 1 << 17;
    /** 31 to the power n, for combining token hashes into the hash of their joined text. */
    private static final int[] POW31 = new int[65];

    static {
        POW31[0] = 1;
        for (int i = 1; i < POW31.length; i++) {
            POW31[i] = POW31[i - 1] * 31;
        }
    }
    /** Texts the user said are never an entity ({@code -<TAB>text} lines). */
    final PhraseTable<Boolean> never = new PhraseTable<>();

    private Gazetteer() {
    }

    private static final class Holder {
        static final Gazetteer BUILT_IN = load(List.of());
    }

    /** The built-in lists, loaded on first use and then shared. */
    static Gazetteer builtIn() {
        return Holder.BUILT_IN;
    }

    /** The built-in lists, loaded anew (for measuring the load). */
    static Gazetteer loadFresh() {
        return load(List.of());
    }

    /** The built-in lists plus the user's entries, which win. */
    static Gazetteer withUser(List<UserGazetteer.Line> userLines) {
        return load(userLines);
    }

    private static Gazetteer load(List<UserGazetteer.Line> userLines) {
        Gazetteer g = new Gazetteer();
        java.util.Set<String> stop = new java.util.HashSet<>();
        for (String w : lines("stopwords.txt")) {
            stop.add(w.toUpperCase(Locale.ROOT));
        }
        for (String file : ENTITY_FILES) {
            // Generated lists hold places named like common words ("West", "Central"): drop those.
            boolean generated = file.equals("cities.tsv") || file.equals("regions.tsv");
            String source = file.substring(0, file.indexOf('.'));
            for (String line : lines(file)) {
                String[] cols = line.split("\t");
                if (cols.length < 2) {
                    continue;
                }
                EntityType type = EntityType.valueOf(cols[0]);
                for (int i = 1; i < cols.length; i++) {
                    if (generated && stop.contains(cols[i].toUpperCase(Locale.ROOT))) {
                        continue;
                    }
                    if (!cols[i].startsWith("#")) {
                        g.addName(cols[i], new Entry(type, cols[1], "gazetteer:" + source));
                    }
                }
            }
        }
        for (String t : lines("titles.txt")) {
            int tokens = g.keyTokens(t);
            String key = key(t);
            g.titles.put(key, Boolean.TRUE);
            if (tokens >= 2) {
                Tokens tt = Tokens.of(key);
                Buffer pair = new Buffer();
                pair.set(tt, 0, 2);
                g.markPair(key, pair.length);
            }
            Word w = g.word(firstToken(key));
            w.titleMax = Math.max(w.titleMax, tokens);
            w.singleTitle |= tokens == 1;
        }
        for (String n : lines("given-names.txt")) {
            g.word(n).flags |= Word.GIVEN;
        }
        for (String n : lines("name-starters.txt")) {
            g.word(n).flags |= Word.GIVEN;
        }
        for (String h : lines("event-heads.txt")) {
            g.word(h).flags |= Word.EVENT_HEAD;
        }
        for (String h : lines("place-heads.txt")) {
            g.word(h).flags |= Word.PLACE_HEAD;
        }
        for (String h : lines("org-heads.txt")) {
            g.word(h).flags |= Word.ORG_HEAD;
        }
        for (String s : lines("stopwords.txt")) {
            g.word(s).flags |= Word.STOP;
        }
        for (UserGazetteer.Line u : userLines) {
            if (u.type() == null) {
                g.never.put(u.names().get(0), Boolean.TRUE);
                g.removeName(u.names().get(0));
            } else {
                for (String name : u.names()) {
                    g.addName(name, new Entry(u.type(), u.names().get(0), "user"));
                }
            }
        }
        return g;
    }

    private void addName(String name, Entry entry) {
        String key;
        String firstToken;
        int tokens;
        int pairEnd; // where the key's first two tokens end
        int plain = plainWords(name);
        if (plain > 0) {
            // Most names are words and single spaces: their key is the name itself.
            key = name;
            tokens = plain;
            int space = name.indexOf(' ');
            firstToken = space < 0 ? name : name.substring(0, space);
            int second = space < 0 ? -1 : name.indexOf(' ', space + 1);
            pairEnd = second < 0 ? name.length() : second;
        } else {
            Tokens t = Tokens.of(name.strip());
            if (t.n == 0) {
                return;
            }
            Buffer b = new Buffer();
            b.set(t, 0, t.n);
            key = new String(b.chars, 0, b.length);
            tokens = t.n;
            firstToken = t.str(0);
            b.set(t, 0, Math.min(2, t.n));
            pairEnd = b.length;
        }
        if (tokens >= 2) {
            markPair(key, pairEnd);
        }
        exact.put(key, entry);
        Word w = word(firstToken);
        w.nameMax = Math.max(w.nameMax, tokens);
        if (tokens == 1) {
            w.single = entry;
        }
        // Short all-capital aliases ("IS", "AP") are ordinary words in a headline written in capitals.
        boolean shortAcronym = key.length() <= 2 && key.equals(key.toUpperCase(Locale.ROOT));
        if (!shortAcronym || "US".equals(key) || "UN".equals(key) || "EU".equals(key) || "UK".equals(key)) {
            String up = key.toUpperCase(Locale.ROOT);
            if (up.length() == key.length()) {
                // Upper case can change how dotted abbreviations split, so such keys are split again.
                Tokens ut = key.indexOf('.') >= 0 ? Tokens.of(up) : null;
                String first = ut == null ? firstToken.toUpperCase(Locale.ROOT) : ut.str(0);
                int upTokens = ut == null ? tokens : ut.n;
                upper.put(up, entry);
                if (upTokens >= 2) {
                    if (ut == null) {
                        markPair(up, pairEnd);
                    } else {
                        Buffer ub = new Buffer();
                        ub.set(ut, 0, 2);
                        markPair(up, ub.length);
                    }
                }
                Word wu = word(first);
                wu.upperMax = Math.max(wu.upperMax, upTokens);
                if (upTokens == 1) {
                    wu.singleUpper = entry;
                }
            }
        }
    }

    private void markPair(String key, int end) {
        int bit = pairBit(key.substring(0, end).hashCode());
        pairs[bit >>> 6] |= 1L << bit;
    }

    private static int pairBit(int hash) {
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

    /** The number of words of a name made only of letters or digits and single inner spaces, else 0. */
    private static int plainWords(String name) {
        int words = 1;
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (ch == ' ') {
                if (i == 0 || i == name.length() - 1 || name.charAt(i - 1) == ' ') {
                    return 0;
                }
                words++;
            } else if (!Tokens.isWordChar(ch)) {
                return 0;
            }
        }
        return name.isEmpty() ? 0 : words;
    }

    private Word word(String token) {
        Word w = words.get(token);
        if (w == null) {
            w = new Word();
            words.put(token, w);
        }
        return w;
    }

    /** What the lists say about token {@code k} ({@link Word#NONE} when nothing). */
    Word word(Tokens t, int k) {
        Word w = words.get(t.c, t.start[k], t.end[k], t.hash[k]);
        return w == null ? Word.NONE : w;
    }

    private void removeName(String name) {
        // A "never" entry is applied when mentions are emitted; nothing to remove from the tables.
    }

    private int keyTokens(String phrase) {
        Tokens t = Tokens.of(phrase);
        return t.n;
    }

    /** The lookup key of a phrase: its tokens, one space where white space separated them. */
    static String key(String phrase) {
        Tokens t = Tokens.of(phrase.strip());
        Buffer b = new Buffer();
        b.set(t, 0, t.n);
        return new String(b.chars, 0, b.length);
    }

    /** A reusable buffer for the key of a token sequence; one per {@link ArticlePass}. */
    static final class Buffer {
        char[] chars = new char[128];
        int length;

        void set(Tokens t, int from, int to) {
            length = 0;
            for (int k = from; k < to; k++) {
                if (k > from && (t.flags[k] & Tokens.GAP) != 0) {
                    append(' ');
                }
                for (int i = t.start[k]; i < t.end[k]; i++) {
                    append(t.c[i]);
                }
            }
        }

        private void append(char ch) {
            if (length == chars.length) {
                chars = java.util.Arrays.copyOf(chars, length * 2);
            }
            chars[length++] = ch;
        }
    }

    private static String firstToken(String key) {
        Tokens t = Tokens.of(key);
        return t.n == 0 ? key : t.str(0);
    }

    /**
     * The longest name starting at token {@code k} and ending at or before token {@code limit};
     * its length in tokens goes to {@code len[0]}. Headline tokens are matched in capitals.
     */
    Entry longest(Tokens t, int k, int limit, Buffer b, int[] len, Word w) {
        Entry e = longest(t, k, limit, b, len, w, t.has(k, Tokens.HEADLINE));
        if (e == null && t.has(k, Tokens.ALLCAPS) && t.length(k) >= 4 && !t.has(k, Tokens.HEADLINE)) {
            // a word in capitals in a mixed-case line, as in the dateline "WASHINGTON (Reuters) -"
            e = longest(t, k, limit, b, len, w, true);
        }
        return e;
    }

    private Entry longest(Tokens t, int k, int limit, Buffer b, int[] len, Word w, boolean headline) {
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

    /** The number of tokens of the longest title starting at {@code k}, or 0. */
    int title(Tokens t, int k, int limit, Buffer b, Word w) {
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

    boolean isNever(String text) {
        return never.size() > 0 && never.get(text) != null;
    }

    private static List<String> lines(String file) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DIR + file);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
