package org.dossier.annotate;

import java.util.Arrays;

/**
 * The lookup key of a token sequence, built into a reusable char buffer: the tokens' chars with one
 * space where white space separated them, the way {@link Gazetteer} keys its phrases. One per
 * {@link ArticlePass} (or per builder); not thread-safe.
 */
final class KeyBuffer {
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
            chars = Arrays.copyOf(chars, length * 2);
        }
        chars[length++] = ch;
    }

    /** The lookup key of a phrase: its tokens, one space where white space separated them. */
    static String key(String phrase) {
        Tokens t = Tokens.of(phrase.strip());
        KeyBuffer b = new KeyBuffer();
        b.set(t, 0, t.n);
        return new String(b.chars, 0, b.length);
    }
}
