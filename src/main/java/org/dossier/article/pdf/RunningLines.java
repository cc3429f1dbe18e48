package org.dossier.article.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds a document's running headers and footers and its page numbers: among the top and bottom
 * rows of each page, those whose text (digits ignored, so "Page 3" matches "Page 4") recurs on at
 * least half the pages, and those that are only a page number ("7", "- 7 -", "Page 7 of 40",
 * "vii"). Stateless.
 */
final class RunningLines {
    /** Rows at each end of a page that may be furniture. */
    private static final int EDGE_ROWS = 2;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^[\\s\\-–—|]*(page|p\\.|seite|página)?\\s*(\\d{1,4}|[ivxlc]{1,7})(\\s*(of|/|von|de)\\s*\\d{1,4})?[\\s\\-–—|]*$");

    private RunningLines() {
    }

    /** Removes the furniture rows from every page, in place. */
    static void remove(List<List<List<Segment>>> pages) {
        Map<String, Integer> pagesWith = new HashMap<>();
        for (List<List<Segment>> rows : pages) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i : edgeRows(rows.size())) {
                seen.add(key(rows.get(i)));
            }
            seen.forEach(k -> pagesWith.merge(k, 1, Integer::sum));
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        for (List<List<Segment>> rows : pages) {
            int[] edges = edgeRows(rows.size());
            java.util.Set<Integer> drop = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
            for (int i : edges) {
                String text = text(rows.get(i));
                boolean lastOrFirst = i == 0 || i == rows.size() - 1;
                if (pagesWith.getOrDefault(key(rows.get(i)), 0) >= needed && pages.size() >= 2
                        || lastOrFirst && PAGE_NUMBER.matcher(text).matches()) {
                    drop.add(i);
                }
            }
            for (int i : drop) {
                rows.remove(i);
            }
        }
    }

    private static int[] edgeRows(int n) {
        if (n <= 2 * EDGE_ROWS) {
            // A short page: only its very first and last rows can be furniture.
            return n == 0 ? new int[0] : n == 1 ? new int[] {0} : new int[] {0, n - 1};
        }
        int[] rows = new int[2 * EDGE_ROWS];
        for (int i = 0; i < EDGE_ROWS; i++) {
            rows[i] = i;
            rows[EDGE_ROWS + i] = n - 1 - i;
        }
        return rows;
    }

    private static String text(List<Segment> row) {
        StringBuilder s = new StringBuilder();
        for (Segment seg : row) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(seg.text());
        }
        return s.toString().strip();
    }

    private static String key(List<Segment> row) {
        return text(row).toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ");
    }
}
