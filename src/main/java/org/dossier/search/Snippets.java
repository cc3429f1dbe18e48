package org.dossier.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages into snippets and hit offsets (instead of HTML strings), so the
 * caller decides how to show a match. Stateless.
 */
final class Snippets {
    static final String GAP = " … ";
    /** A snippet is cut to about this many characters. */
    static final int MAX_CHARS = 320;

    private Snippets() {
    }

    /** A snippet and its marks, as produced by {@link #SNIPPET}. */
    record Snippet(String text, List<int[]> marks) {
    }

    /** Passages in text order, white space collapsed, joined by {@link #GAP}. */
    static final PassageFormatter SNIPPET = new PassageFormatter() {
        @Override
        public Object format(Passage[] passages, String content) {
            Passage[] ordered = passages.clone();
            Arrays.sort(ordered, Comparator.comparingInt(Passage::getStartOffset));
            StringBuilder out = new StringBuilder();
            List<int[]> marks = new ArrayList<>();
            for (Passage p : ordered) {
                if (out.length() >= MAX_CHARS) {
                    break;
                }
                if (out.length() > 0) {
                    out.append(GAP);
                }
                appendPassage(out, marks, p, content);
            }
            if (out.length() > MAX_CHARS + 40) {
                int cut = out.lastIndexOf(" ", MAX_CHARS);
                cut = cut < MAX_CHARS / 2 ? MAX_CHARS : cut;
                out.setLength(cut);
                out.append(" …");
                final int end = cut;
                marks.removeIf(m -> m[0] >= end);
                marks.replaceAll(m -> m[1] > end ? new int[] {m[0], end} : m);
            }
            return new Snippet(out.toString(), marks);
        }
    };

    private static void appendPassage(StringBuilder out, List<int[]> marks, Passage p, String content) {
        int start = p.getStartOffset();
        int end = Math.min(p.getEndOffset(), content.length());
        int[] at = new int[end - start + 1];
        int base = out.length();
        for (int i = start; i < end; i++) {
            at[i - start] = out.length();
            char c = content.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (out.length() > base && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
        at[end - start] = out.length();
        while (out.length() > base && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        int limit = out.length();
        int lastEnd = -1;
        for (int m = 0; m < p.getNumMatches(); m++) {
            int ms = Math.max(start, p.getMatchStarts()[m]);
            int me = Math.min(end, p.getMatchEnds()[m]);
            if (me <= ms) {
                continue;
            }
            int s = Math.min(at[ms - start], limit);
            int e = Math.min(at[me - start], limit);
            while (e > s && out.charAt(e - 1) == ' ') {
                e--;
            }
            if (e <= s) {
                continue;
            }
            if (s < lastEnd) {
                int[] previous = marks.get(marks.size() - 1);
                previous[1] = Math.max(previous[1], e);
                lastEnd = previous[1];
            } else {
                marks.add(new int[] {s, e});
                lastEnd = e;
            }
        }
    }

    /** Every match of one whole-text passage, merged where they overlap, in text order. */
    static final PassageFormatter OFFSETS = new PassageFormatter() {
        @Override
        public Object format(Passage[] passages, String content) {
            List<int[]> all = new ArrayList<>();
            for (Passage p : passages) {
                for (int m = 0; m < p.getNumMatches(); m++) {
                    all.add(new int[] {p.getMatchStarts()[m], p.getMatchEnds()[m]});
                }
            }
            return merge(all);
        }
    };

    static List<int[]> merge(List<int[]> ranges) {
        List<int[]> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.<int[]>comparingInt(r -> r[0]).thenComparingInt(r -> r[1]));
        List<int[]> out = new ArrayList<>();
        for (int[] r : sorted) {
            if (r[1] <= r[0]) {
                continue;
            }
            if (!out.isEmpty() && r[0] < out.get(out.size() - 1)[1]) {
                int[] last = out.get(out.size() - 1);
                last[1] = Math.max(last[1], r[1]);
            } else {
                out.add(new int[] {r[0], r[1]});
            }
        }
        return out;
    }
}
