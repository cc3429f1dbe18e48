package org.dossier.notebook;

/**
 * Edit distances for re-anchoring: plain Levenshtein between two short strings, and the best
 * approximate occurrence of a pattern within a stretch of text. Stateless; thread-safe.
 */
final class TextDistance {
    private TextDistance() {
    }

    /** 1 for equal strings, falling to 0 as the edit distance reaches the longer length. */
    static double similarity(CharSequence a, CharSequence b) {
        int max = Math.max(a.length(), b.length());
        return max == 0 ? 1.0 : 1.0 - (double) levenshtein(a, b) / max;
    }

    static int levenshtein(CharSequence a, CharSequence b) {
        int n = a.length();
        int m = b.length();
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                int sub = prev[j - 1] + (ca == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    /** Where a pattern best matches approximately: {@code [start, end)} with its edit distance. */
    record Match(int start, int end, int distance) {
    }

    /**
     * The substring of {@code text[from, to)} closest to {@code pattern} by edit distance (semi-global
     * alignment: the match may start and end anywhere in the range). O(pattern × range) time.
     */
    static Match bestMatch(String pattern, String text, int from, int to) {
        int m = pattern.length();
        // Forward pass: the best end position.
        int[] col = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            col[i] = i;
        }
        int bestEnd = from;
        int bestDist = m;
        for (int j = from; j < to; j++) {
            char c = text.charAt(j);
            int diag = col[0]; // = 0: a match may start anywhere
            for (int i = 1; i <= m; i++) {
                int up = col[i];
                col[i] = Math.min(diag + (pattern.charAt(i - 1) == c ? 0 : 1), Math.min(up, col[i - 1]) + 1);
                diag = up;
            }
            if (col[m] < bestDist) {
                bestDist = col[m];
                bestEnd = j + 1;
            }
        }
        // Backward pass from that end, on the reversed strings: the best start.
        for (int i = 0; i <= m; i++) {
            col[i] = i;
        }
        int bestStart = bestEnd;
        int backDist = m;
        for (int j = bestEnd - 1; j >= from; j--) {
            char c = text.charAt(j);
            int diag = col[0];
            for (int i = 1; i <= m; i++) {
                int up = col[i];
                col[i] = Math.min(diag + (pattern.charAt(m - i) == c ? 0 : 1), Math.min(up, col[i - 1]) + 1);
                diag = up;
            }
            if (col[m] < backDist) {
                backDist = col[m];
                bestStart = j;
            }
        }
        return new Match(bestStart, bestEnd, Math.min(bestDist, backDist));
    }
}
