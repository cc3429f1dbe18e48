package org.dossier.search;

import static org.dossier.search.IndexDocuments.F_TEXT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Where a query matched, with Lucene's unified highlighter: snippets for a page of results (from
 * the offsets stored in the index) and hit offsets in an article's text for the reading pane (from
 * the text in memory). Both come back as plain text and offsets ({@link Snippets}), never HTML, and
 * agree with the index on what matched, phrases included. Thread-safe.
 */
final class HitHighlighting {
    /**
     * Snippets are taken from this many leading characters of an article. Scanning a 200 KB article
     * for its best passages costs ~30 ms, which would break the 50 ms budget for a page of results;
     * news puts what matters first. An article that matches only further down gets its opening as
     * its snippet (hit offsets, for the reading pane, always cover the whole text).
     */
    static final int SNIPPET_SCAN_CHARS = 25_000;

    /**
     * The fields whose matches a snippet of {@code text} shows: the text as written and every
     * language's word forms, all indexed from the same string with offsets, which is stored once.
     */
    private static final Set<String> MASKED = masked();

    private final Analyzer analyzer;

    HitHighlighting(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Per document, its snippet ({@link Snippets.Snippet}) of up to {@code passages} passages, or null. */
    Object[] snippets(IndexSearcher searcher, Query query, int[] docs, int passages) throws IOException {
        if (docs.length == 0) {
            return new Object[0];
        }
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), 150, 0.5f))
                .withMaxLength(SNIPPET_SCAN_CHARS)
                .withMaxNoHighlightPassages(1)
                .withMaskedFieldsFunc(field -> MASKED)
                .withFormatter(Snippets.SNIPPET);
        return new SnippetHighlighter(builder).snippets(query, docs, passages);
    }

    /**
     * Sorted, non-overlapping {@code [start, end)} offsets of {@code positive}'s matches in {@code
     * text}: those of the surface field and of {@code language}'s word-form field (null: none), merged.
     */
    List<int[]> offsets(String text, Query positive, String language) {
        List<int[]> all = new ArrayList<>(offsetsIn(F_TEXT, text, positive));
        if (language != null) {
            all.addAll(offsetsIn(LanguageFields.text(language), text, positive));
        }
        return union(all);
    }

    private List<int[]> offsetsIn(String field, String text, Query positive) {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withBreakIterator(WholeBreakIterator::new)
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withMaxNoHighlightPassages(0)
                .withFormatter(Snippets.OFFSETS)
                .build();
        try {
            Object result = highlighter.highlightWithoutSearcher(field, positive, text, 1);
            @SuppressWarnings("unchecked")
            List<int[]> offsets = result instanceof List<?> list ? (List<int[]>) list : List.of();
            return offsets;
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory cannot fail", e);
        }
    }

    /** The ranges sorted by start, overlapping ones joined (a word matched both as written and as a word form). */
    static List<int[]> union(List<int[]> ranges) {
        List<int[]> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.<int[]>comparingInt(r -> r[0]).thenComparingInt(r -> r[1]));
        List<int[]> out = new ArrayList<>(sorted.size());
        for (int[] r : sorted) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && r[0] < last[1]) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                out.add(new int[] {r[0], r[1]});
            }
        }
        return out;
    }

    private static Set<String> masked() {
        Set<String> fields = new HashSet<>(LanguageFields.allTextFields());
        fields.add(F_TEXT);
        return Set.copyOf(fields);
    }

    /** Exposes the highlighter's per-document objects (our {@link Snippets.Snippet}s). */
    private static final class SnippetHighlighter extends UnifiedHighlighter {
        SnippetHighlighter(UnifiedHighlighter.Builder builder) {
            super(builder);
        }

        Object[] snippets(Query query, int[] docIds, int maxPassages) throws IOException {
            return highlightFieldsAsObjects(new String[] {F_TEXT}, query, docIds, new int[] {maxPassages}).get(F_TEXT);
        }
    }
}
