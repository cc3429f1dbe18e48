package org.dossier.annotate;

import java.util.Arrays;

/**
 * The tokens of one text, found in a single pass over its chars: words (letters and digits),
 * numbers (digits with inner {@code ,} or {@code .}), dotted abbreviations ({@code U.S.}) and
 * single punctuation chars. Per token it records flags the rules need: capitalisation, whether
 * white space or a line break precedes it, whether it starts a sentence and whether its line is an
 * all-capital headline. Mutable, built by one thread and then only read.
 */
final class Tokens {
    static final int CAP = 1;        // first char upper case
    static final int ALLCAPS = 2;    // every letter upper case, at least two letters
    static final int LOWER = 4;      // first char lower case
    static final int NUM = 8;        // starts with a digit
    static final int GAP = 16;       // white space before
    static final int NL = 32;        // first token of its line
    static final int HEADLINE = 64;  // its line has no lower-case letter
    static final int SENT = 128;     // starts a sentence
    static final int WORD = 256;     // letters or digits (not punctuation)
    static final int TABLE = 512;    // its line looks like a results table row ("Surrey 296 Kent 174")

    final String text;
    /** The text's chars (array access is faster than {@code charAt} in the hot loops). */
    final char[] c;
    int n;
    /** Per token the {@link PhraseTable#hash} of its chars, computed while scanning. */
    int[] hash;
    int[] start;
    int[] end;
    int[] flags;
    /** Lexicon classes per token plus one, looked up on first use (0 = not yet). */
    private long[] classes;
    /** What the gazetteer says of each token, for {@link TokenFacts} (null = not looked up yet). */
    Gazetteer.Word[] words;

    /**
     * Arrays one thread keeps from text to text: reusing them keeps them in the CPU caches and
     * spares allocating and zeroing about ten bytes per char. Confined to one thread; a text's
     * {@link Tokens} must be done with before the thread scans the next text.
     */
    static final class Buffers {
        char[] c = new char[256];
        int[] hash = new int[128];
        int[] start = new int[128];
        int[] end = new int[128];
        int[] flags = new int[128];
        long[] classes = new long[128];
        Gazetteer.Word[] words = new Gazetteer.Word[128];
    }

    private Tokens(String text, int capacity, Buffers b) {
        this.text = text;
        if (b == null) {
            c = text.toCharArray();
            hash = new int[capacity];
            start = new int[capacity];
            end = new int[capacity];
            flags = new int[capacity];
            return;
        }
        if (b.c.length < text.length()) {
            b.c = new char[Math.max(text.length(), b.c.length * 2)];
        }
        text.getChars(0, text.length(), b.c, 0);
        if (b.start.length < capacity) {
            int size = Math.max(capacity, b.start.length * 2);
            b.hash = new int[size];
            b.start = new int[size];
            b.end = new int[size];
            b.flags = new int[size];
        }
        c = b.c;
        hash = b.hash;
        start = b.start;
        end = b.end;
        flags = b.flags;
    }

    /** The {@link Lexicon} classes of token {@code k}; 0 when out of range or none. */
    long cls(int k) {
        // small enough for the JIT to inline at every call site: the lookup is out of line
        long c;
        if (k >= 0 && k < n && (c = classes[k]) != 0) {
            return c - 1;
        }
        return lookUpClasses(k);
    }

    private long lookUpClasses(int k) {
        if (k < 0 || k >= n) {
            return 0;
        }
        // stored plus one, so that the zeroed array means "not looked up yet"; punctuation and
        // numbers are in no word class
        long c = (flags[k] & (WORD | NUM)) != WORD ? 1 : Lexicon.classes(this.c, start[k], end[k], hash[k]) + 1;
        classes[k] = c;
        return c - 1;
    }

    boolean isA(int k, long lexiconClass) {
        return (cls(k) & lexiconClass) != 0;
    }

    // ASCII char kinds for the fast path of the scanner.
    private static final byte OTHER = 0;
    private static final byte SPACE = 1;
    private static final byte BREAK = 2;
    private static final byte LOWER_CH = 3;
    private static final byte UPPER_CH = 4;
    private static final byte DIGIT = 5;
    private static final byte[] ASCII = new byte[128];

    static {
        for (int ch = 0; ch < 128; ch++) {
            ASCII[ch] = ch == '\n' || ch == '\r' ? BREAK
                    : ch == ' ' || ch == '\t' || ch == '\f' || ch == 0x0b || ch == 0x1c || ch == 0x1d || ch == 0x1e
                            || ch == 0x1f ? SPACE
                    : ch >= 'a' && ch <= 'z' ? LOWER_CH
                    : ch >= 'A' && ch <= 'Z' ? UPPER_CH
                    : ch >= '0' && ch <= '9' ? DIGIT : OTHER;
        }
    }

    private static byte kind(char ch) {
        if (ch < 128) {
            return ASCII[ch];
        }
        if (Character.isSurrogate(ch)) {
            return OTHER;
        }
        if (Character.isUpperCase(ch) || Character.isTitleCase(ch)) {
            return UPPER_CH;
        }
        if (Character.isLetter(ch)) {
            return LOWER_CH; // lower case and caseless letters
        }
        if (Character.isDigit(ch)) {
            return DIGIT;
        }
        if (ch == '\u2028' || ch == '\u2029' || ch == '\u0085') {
            return BREAK;
        }
        return Character.isWhitespace(ch) || Character.isSpaceChar(ch) ? SPACE : OTHER;
    }

    static Tokens of(String text) {
        return of(text, null);
    }

    /** The tokens of {@code text}, in arrays borrowed from {@code buffers} (null: fresh arrays). */
    static Tokens of(String text, Buffers buffers) {
        // Room for a token every two chars in the reused buffers; a big text without buffers starts at
        // one every five (English averages about six) and grows: its four arrays were 8 bytes a char.
        int capacity = buffers != null ? Math.max(16, text.length() / 2 + 1) : Math.max(16, text.length() / 5 + 1);
        Tokens t = new Tokens(text, capacity, buffers);
        char[] c = t.c;
        int len = text.length();
        // The arrays live in locals while scanning (the JIT keeps them in registers) and go back at the end.
        int[] st = t.start;
        int[] en = t.end;
        int[] fl = t.flags;
        int[] hs = t.hash;
        int n = 0;
        int i = 0;
        boolean gap = true;
        boolean newline = true;
        int lineFirst = 0;
        int lineUpper = 0;
        int lineLower = 0;
        int lineNumbers = 0;
        int lineLowerWords = 0;
        boolean sentenceNext = true;
        while (i < len) {
            char ch = c[i];
            byte kind = ch < 128 ? ASCII[ch] : kind(ch);
            if (kind == SPACE) {
                gap = true;
                i++;
                continue;
            }
            if (kind == BREAK) {
                closeLine(fl, lineFirst, n, lineUpper, lineLower, lineNumbers, lineLowerWords);
                lineFirst = n;
                lineUpper = 0;
                lineLower = 0;
                lineNumbers = 0;
                lineLowerWords = 0;
                gap = true;
                newline = true;
                i++;
                continue;
            }
            int f = (gap ? GAP : 0) | (newline ? NL : 0);
            int j = i;
            int h = 0;
            if (kind >= LOWER_CH) {
                int seen = 0; // bit per char kind met in the word
                boolean digitStart = kind == DIGIT;
                while (j < len) {
                    char d = c[j];
                    byte dk = d < 128 ? ASCII[d] : kind(d);
                    if (dk >= LOWER_CH) {
                        seen |= 1 << dk;
                        h = 31 * h + d;
                        j++;
                    } else if (digitStart && (d == ',' || d == '.') && j + 1 < len && isDigit(c[j + 1])
                            && isDigit(c[j - 1])) {
                        h = 31 * h + d;
                        j++; // 260,000 and 1.5 stay one number
                    } else {
                        break;
                    }
                }
                boolean hasLower = (seen & (1 << LOWER_CH)) != 0;
                // Dotted abbreviations: U.S., U.N., U.S.A.
                if (j - i == 1 && kind == UPPER_CH && j + 2 < len && c[j] == '.' && kind(c[j + 1]) == UPPER_CH) {
                    int k = j;
                    while (k + 1 < len && c[k] == '.' && kind(c[k + 1]) == UPPER_CH
                            && (k + 2 >= len || kind(c[k + 2]) < LOWER_CH)) {
                        k += 2;
                    }
                    if (k > j && k < len && c[k] == '.') {
                        j = k + 1;
                        h = PhraseTable.hash(c, i, j);
                    }
                }
                f |= WORD | ((newline || sentenceNext) ? SENT : 0);
                sentenceNext = false;
                if (digitStart) {
                    f |= NUM;
                    lineNumbers++;
                } else if (kind == UPPER_CH) {
                    f |= CAP;
                    if (!hasLower) {
                        if (j - i >= 2 && kind(c[i + 1]) != LOWER_CH) {
                            f |= ALLCAPS;
                        }
                        lineUpper += j - i;
                    }
                } else {
                    f |= LOWER;
                    lineLowerWords++;
                }
                if (hasLower) {
                    lineLower++;
                }
            } else {
                j = i + 1;
                h = ch;
                if ((ch == '.' && !abbreviationBefore(c, st, en, fl, hs, n, i, gap)) || ch == '!' || ch == '?'
                        || ch == ':' || ch == ';') {
                    sentenceNext = true;
                }
            }
            if (n == st.length) {
                int cap = n * 2;
                st = Arrays.copyOf(st, cap);
                en = Arrays.copyOf(en, cap);
                fl = Arrays.copyOf(fl, cap);
                hs = Arrays.copyOf(hs, cap);
            }
            st[n] = i;
            en[n] = j;
            fl[n] = f;
            hs[n] = h;
            n++;
            gap = false;
            newline = false;
            i = j;
        }
        closeLine(fl, lineFirst, n, lineUpper, lineLower, lineNumbers, lineLowerWords);
        t.start = st;
        t.end = en;
        t.flags = fl;
        t.hash = hs;
        t.n = n;
        if (buffers != null) {
            buffers.start = st;
            buffers.end = en;
            buffers.flags = fl;
            buffers.hash = hs;
            if (buffers.classes.length < n) {
                buffers.classes = new long[st.length];
                buffers.words = new Gazetteer.Word[st.length];
            } else {
                Arrays.fill(buffers.classes, 0, n, 0L);
                Arrays.fill(buffers.words, 0, n, null);
            }
            t.classes = buffers.classes;
            t.words = buffers.words;
        } else {
            t.classes = new long[n];
            t.words = new Gazetteer.Word[n];
        }
        return t;
    }

    static boolean isWordChar(char c) {
        return kind(c) >= LOWER_CH;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * A line in capitals ("CRICKET - LEICESTERSHIRE TAKE OVER") carries no case information; a short
     * line of numbers and names with hardly a lower-case word is a results table row.
     */
    private static void closeLine(int[] flags, int first, int n, int upper, int lower, int numbers, int lowerWords) {
        int mark = lower == 0 && upper >= 4 ? HEADLINE : 0;
        if (numbers >= 2 && lowerWords <= 1 && n - first <= 40) {
            mark |= TABLE;
        }
        if (mark != 0) {
            for (int k = first; k < n; k++) {
                flags[k] |= mark;
            }
        }
    }

    /**
     * "Mr. Smith": the dot (at {@code at}, after token {@code n - 1}) after a title abbreviation or an
     * initial ends no sentence.
     */
    private static boolean abbreviationBefore(char[] c, int[] start, int[] end, int[] flags, int[] hash, int n, int at,
            boolean gapBefore) {
        if (n == 0 || gapBefore || (flags[n - 1] & WORD) == 0 || end[n - 1] != at) {
            return false;
        }
        int len = end[n - 1] - start[n - 1];
        if (len == 1 && (flags[n - 1] & CAP) != 0) {
            return true;
        }
        return (Lexicon.classes(c, start[n - 1], end[n - 1], hash[n - 1]) & Lexicon.ABBREVIATION) != 0;
    }

    boolean has(int k, int flag) {
        return k >= 0 && k < n && (flags[k] & flag) != 0;
    }

    int length(int k) {
        return end[k] - start[k];
    }

    char firstChar(int k) {
        return c[start[k]];
    }

    /** The {@code i}-th char of token {@code k} (both in range). */
    char charAt(int k, int i) {
        return c[start[k] + i];
    }

    boolean is(int k, String word) {
        return k >= 0 && k < n && end[k] - start[k] == word.length() && sameChars(start[k], word);
    }

    private boolean sameChars(int from, String word) {
        for (int i = 0; i < word.length(); i++) {
            if (c[from + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    boolean isPunct(int k, char c) {
        return k >= 0 && k < n && (flags[k] & WORD) == 0 && this.c[start[k]] == c;
    }

    String str(int k) {
        return text.substring(start[k], end[k]);
    }

    /** True when tokens k-1 and k touch (no white space between them). */
    boolean touches(int k) {
        return k > 0 && k < n && (flags[k] & GAP) == 0;
    }
}
