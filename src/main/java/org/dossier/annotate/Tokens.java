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

    final CharSequence text;
    int n;
    int[] start;
    int[] end;
    int[] flags;

    private Tokens(CharSequence text, int capacity) {
        this.text = text;
        start = new int[capacity];
        end = new int[capacity];
        flags = new int[capacity];
    }

    static Tokens of(CharSequence text) {
        int len = text.length();
        Tokens t = new Tokens(text, Math.max(16, len / 5));
        int i = 0;
        boolean gap = true;
        boolean newline = true;
        int lineFirst = 0;
        int lineUpper = 0;
        int lineLower = 0;
        while (i < len) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                t.closeLine(lineFirst, lineUpper, lineLower);
                lineFirst = t.n;
                lineUpper = 0;
                lineLower = 0;
                gap = true;
                newline = true;
                i++;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\u00a0' || c == '\f' || Character.isWhitespace(c)) {
                gap = true;
                i++;
                continue;
            }
            int f = (gap ? GAP : 0) | (newline ? NL : 0);
            int j;
            if (isWordChar(c)) {
                int upper = 0;
                int lower = 0;
                j = i;
                boolean digitStart = c >= '0' && c <= '9';
                while (j < len) {
                    char d = text.charAt(j);
                    if (isWordChar(d)) {
                        if (Character.isUpperCase(d)) {
                            upper++;
                        } else if (Character.isLowerCase(d)) {
                            lower++;
                        }
                        j++;
                    } else if (digitStart && (d == ',' || d == '.') && j + 1 < len && isDigit(text.charAt(j + 1))
                            && isDigit(text.charAt(j - 1))) {
                        j++; // 260,000 and 1.5 stay one number
                    } else {
                        break;
                    }
                }
                // Dotted abbreviations: U.S., U.N., U.S.A.
                if (j - i == 1 && upper == 1 && j + 2 < len && text.charAt(j) == '.'
                        && Character.isUpperCase(text.charAt(j + 1))) {
                    int k = j;
                    while (k + 1 < len && text.charAt(k) == '.' && Character.isUpperCase(text.charAt(k + 1))
                            && (k + 2 >= len || !isWordChar(text.charAt(k + 2)))) {
                        k += 2;
                        upper++;
                    }
                    if (k > j && k < len && text.charAt(k) == '.') {
                        j = k + 1;
                    }
                }
                f |= WORD;
                if (digitStart) {
                    f |= NUM;
                } else if (Character.isUpperCase(c)) {
                    f |= CAP;
                    if (lower == 0 && upper >= 2) {
                        f |= ALLCAPS;
                    }
                } else if (Character.isLowerCase(c)) {
                    f |= LOWER;
                }
                lineUpper += upper;
                lineLower += lower;
            } else {
                j = i + 1;
            }
            t.add(i, j, f);
            gap = false;
            newline = false;
            i = j;
        }
        t.closeLine(lineFirst, lineUpper, lineLower);
        t.markSentences();
        return t;
    }

    static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c) && !Character.isSurrogate(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void add(int s, int e, int f) {
        if (n == start.length) {
            int cap = n * 2;
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            flags = Arrays.copyOf(flags, cap);
        }
        start[n] = s;
        end[n] = e;
        flags[n] = f;
        n++;
    }

    /** A line in capitals ("CRICKET - LEICESTERSHIRE TAKE OVER") carries no case information. */
    private void closeLine(int first, int upper, int lower) {
        if (lower == 0 && upper >= 4) {
            for (int k = first; k < n; k++) {
                flags[k] |= HEADLINE;
            }
        }
    }

    private void markSentences() {
        boolean next = true;
        for (int k = 0; k < n; k++) {
            int f = flags[k];
            if ((f & NL) != 0) {
                next = true;
            }
            if ((f & WORD) != 0) {
                if (next) {
                    flags[k] |= SENT;
                }
                next = false;
            } else {
                char c = text.charAt(start[k]);
                if ((c == '.' && !abbreviationBefore(k)) || c == '!' || c == '?' || c == ':' || c == ';') {
                    next = true;
                }
            }
        }
    }

    /** "Mr. Smith": the dot after a title abbreviation or an initial does not end the sentence. */
    private boolean abbreviationBefore(int dot) {
        if (dot == 0 || (flags[dot] & GAP) != 0 || (flags[dot - 1] & WORD) == 0) {
            return false;
        }
        int len = end[dot - 1] - start[dot - 1];
        if (len == 1 && (flags[dot - 1] & CAP) != 0) {
            return true;
        }
        String w = text.subSequence(start[dot - 1], end[dot - 1]).toString();
        return switch (w) {
            case "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "St", "Rev", "Sen", "Rep",
                    "Gov", "Jr", "Sr", "Adm", "Brig", "No", "Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
                    "Co", "Corp", "Inc", "Ltd", "vs" -> true;
            default -> false;
        };
    }

    boolean has(int k, int flag) {
        return k >= 0 && k < n && (flags[k] & flag) != 0;
    }

    int length(int k) {
        return end[k] - start[k];
    }

    char firstChar(int k) {
        return text.charAt(start[k]);
    }

    boolean is(int k, String word) {
        if (k < 0 || k >= n || end[k] - start[k] != word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (text.charAt(start[k] + i) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    boolean isPunct(int k, char c) {
        return k >= 0 && k < n && (flags[k] & WORD) == 0 && text.charAt(start[k]) == c;
    }

    String str(int k) {
        return text.subSequence(start[k], end[k]).toString();
    }

    /** True when tokens k-1 and k touch (no white space between them). */
    boolean touches(int k) {
        return k > 0 && k < n && (flags[k] & GAP) == 0;
    }
}
