package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A date mention's words, lower case, as the value rules read them: letters and digits, hyphens
 * and most punctuation dropped ("mid-September" → mid, september), a possessive's {@code 's} dropped,
 * dotted letters joined ("a.m." → am), a clock time kept whole ("10:30"), a decade kept whole
 * ("1990s", "'90s"). Mention texts are a few words, so a plain scan is enough.
 */
final class TimexTokens {
    private TimexTokens() {
    }

    static List<String> of(String s) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isDigit(c) || c == '\'' && i + 1 < n && Character.isDigit(s.charAt(i + 1))) {
                int j = c == '\'' ? i + 1 : i;
                while (j < n && (Character.isLetterOrDigit(s.charAt(j))
                        || s.charAt(j) == ':' && j + 1 < n && Character.isDigit(s.charAt(j + 1)))) {
                    j++;
                }
                out.add(s.substring(i, j).toLowerCase(Locale.ROOT));
                i = j;
            } else if (Character.isLetter(c)) {
                int j = i;
                StringBuilder w = new StringBuilder();
                while (j < n && Character.isLetter(s.charAt(j))) {
                    w.append(s.charAt(j));
                    j++;
                    // "a.m.", "p.m.", "U.S.": single letters joined across their dots
                    if (j + 1 < n && s.charAt(j) == '.' && Character.isLetter(s.charAt(j + 1))
                            && (j + 2 >= n || !Character.isLetter(s.charAt(j + 2))) && w.length() == 1) {
                        j++;
                    }
                }
                out.add(w.toString().toLowerCase(Locale.ROOT));
                i = j;
                if (i + 1 < n && (s.charAt(i) == '\'' || s.charAt(i) == '\u2019')
                        && Character.toLowerCase(s.charAt(i + 1)) == 's'
                        && (i + 2 >= n || !Character.isLetter(s.charAt(i + 2)))) {
                    i += 2; // possessive
                }
            } else {
                i++;
            }
        }
        return out;
    }
}
