package org.dossier.analysis;

import java.util.ArrayList;
import java.util.List;

import org.dossier.article.Article;

/**
 * The paragraphs of an article as the co-occurrence network counts them: its blocks (paragraphs,
 * headings, list items, quotations, captions, table rows), or for an article without blocks its
 * text split at blank lines. The same article always gives the same paragraphs, so an index built
 * from paragraph numbers finds them again when a passage is read.
 */
final class Paragraphs {
    private final int[] starts;
    private final int[] ends;

    private Paragraphs(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    static Paragraphs of(Article article) {
        List<Article.Block> blocks = article.blocks();
        if (!blocks.isEmpty()) {
            int[] s = new int[blocks.size()];
            int[] e = new int[blocks.size()];
            for (int i = 0; i < s.length; i++) {
                s[i] = blocks.get(i).start();
                e[i] = blocks.get(i).end();
            }
            return new Paragraphs(s, e);
        }
        return atBlankLines(article.text());
    }

    private static Paragraphs atBlankLines(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int nl = text.indexOf('\n', i);
            if (nl < 0) {
                break;
            }
            int j = nl + 1;
            while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
                j++;
            }
            if (j < n && text.charAt(j) == '\n') {
                out.add(new int[] {start, nl});
                while (j < n && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                start = j;
            }
            i = j;
        }
        out.add(new int[] {start, n});
        int[] s = new int[out.size()];
        int[] e = new int[out.size()];
        for (int k = 0; k < s.length; k++) {
            s[k] = out.get(k)[0];
            e[k] = out.get(k)[1];
        }
        return new Paragraphs(s, e);
    }

    int size() {
        return starts.length;
    }

    /** The paragraph that holds this offset: the last one starting at or before it (0 before the first). */
    int indexOf(int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    int start(int paragraph) {
        return starts[paragraph];
    }

    int end(int paragraph) {
        return ends[paragraph];
    }
}
