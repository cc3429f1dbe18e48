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
    private int[] classes;

    private Tokens(String text, int capacity) {
        this.text = text;
        this.c = text.toCharArray();
        hash = new int[capacity];
        start = new int[capacity];
        end = new int[capacity];
        flags = new int[capacity];
    }

    /** The {@link Lexicon} classes of token {@code k}; 0 when out of range or none. */
    int cls(int k) {
        if (k < 0 || k >= n || (flags[k] & (WORD | NUM)) != WORD) {
            return 0; // punctuation and numbers are in no word class
        }
        if (classes == null) {
            classes = new int[n];
        }
        // stored plus one, so that the zeroed array means "not looked up yet"
        int c = classes[k];
        if (c == 0) {
            c = Lexicon.classes(this.c, start[k], end[k], hash[k]) + 1;
            classes[k] = c;
        }
        return c - 1;
    }

    boolean isA(int k, int lexiconClass) {
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
        Tokens t = new Tokens(text, Math.max(16, text.length() / 2 + 1));
        char[] c = t.c;
        int len = c.length;
        int i = 0;
        boolean gap = true;
        boolean newline = true;
        int lineFirst = 0;
        int lineUpper = 0;
        int lineLower = 0;
        boolean sentenceNext = true;
        while (i < len) {
            char ch = c[i];
            byte kind = ch < 128 ? ASCII[ch] : kind(ch);
            if (kind == BREAK) {
                t.closeLine(lineFirst, lineUpper, lineLower);
                lineFirst = t.n;
                lineUpper = 0;
                lineLower = 0;
                gap = true;
                newline = true;
                i++;
                continue;
            }
            if (kind == SPACE) {
                gap = true;
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
                f |= WORD;
                if (digitStart) {
                    f |= NUM;
                } else if (kind == UPPER_CH) {
                    f |= CAP;
                    if (!hasLower && j - i >= 2 && kind(c[i + 1]) != LOWER_CH) {
                        f |= ALLCAPS;
                    }
                    if (!hasLower) {
                        lineUpper += j - i;
                    }
                } else {
                    f |= LOWER;
                }
                if (hasLower) {
                    lineLower++;
                }
            } else {
                j = i + 1;
                h = ch;
            }
            if ((f & WORD) != 0) {
                if (newline || sentenceNext) {
                    f |= SENT;
                }
                sentenceNext = false;
            } else if ((ch == '.' && !t.abbreviationBefore(t.n, i, gap)) || ch == '!' || ch == '?' || ch == ':'
                    || ch == ';') {
                sentenceNext = true;
            }
            t.add(i, j, f, h);
            gap = false;
            newline = false;
            i = j;
        }
        t.closeLine(lineFirst, lineUpper, lineLower);
        return t;
    }

    static boolean isWordChar(char c) {
        return kind(c) >= LOWER_CH;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void add(int s, int e, int f, int h) {
        if (n == start.length) {
            int cap = n * 2;
            hash = Arrays.copyOf(hash, cap);
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            flags = Arrays.copyOf(flags, cap);
        }
        start[n] = s;
        end[n] = e;
        flags[n] = f;
        hash[n] = h;
        n++;
    }

    /** A line in capitals ("CRICKET - LEICESTERSHIRE TAKE OVER") carries no case information. */
    private void closeLine(int first, int upper, int lower) {
        int mark = lower == 0 && upper >= 4 ? HEADLINE : 0;
        int numbers = 0;
        int lowerWords = 0;
        for (int k = first; k < n && k < first + 40; k++) {
            int f = flags[k];
            if ((f & NUM) != 0) {
                numbers++;
            } else if ((f & LOWER) != 0) {
                lowerWords++;
            }
        }
        if (numbers >= 2 && lowerWords <= 1 && n - first <= 40) {
            mark |= TABLE;
        }
        if (mark != 0) {
            for (int k = first; k < n; k++) {
                flags[k] |= mark;
            }
        }
    }

    /** "Mr. Smith": the dot (token {@code dot}, at {@code at}) after a title abbreviation or an initial ends no sentence. */
    private boolean abbreviationBefore(int dot, int at, boolean gapBefore) {
        if (dot == 0 || gapBefore || (flags[dot - 1] & WORD) == 0 || end[dot - 1] != at) {
            return false;
        }
        int len = end[dot - 1] - start[dot - 1];
        if (len == 1 && (flags[dot - 1] & CAP) != 0) {
            return true;
        }
        return (Lexicon.classes(c, start[dot - 1], end[dot - 1], hash[dot - 1]) & Lexicon.ABBREVIATION) != 0;
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

    boolean is(int k, String word) {
        if (k < 0 || k >= n || end[k] - start[k] != word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (c[start[k] + i] != word.charAt(i)) {
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
