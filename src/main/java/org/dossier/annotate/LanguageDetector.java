package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells an article's language from its most frequent function words ({@code languages.tsv}: the
 * 60 most frequent stop words of 17 European languages and Indonesian; see docs/gazetteers.md).
 * It counts, over the first lower-case words of the text, how many belong to each language, and
 * stops as soon as one language clearly leads — a few dozen words for news prose, so it costs
 * almost nothing next to annotating. Fewer than {@value #MIN_HITS} function words of any
 * language mean "too little text to tell" (taken as English). Immutable; thread-safe.
 */
final class LanguageDetector {
    static final int MIN_HITS = 5;
    private static final int MAX_WORDS = 400;

    private static final class Holder {
        static final LanguageDetector INSTANCE = load();
    }

    private final String[] codes;
    /** Per word, the bit set of the languages (index in {@link #codes}) it is a function word of. */
    private final PhraseTable<Long> words;
    private final int english;

    private LanguageDetector(String[] codes, PhraseTable<Long> words) {
        this.codes = codes;
        this.words = words;
        int en = -1;
        for (int i = 0; i < codes.length; i++) {
            if (codes[i].equals("en")) {
                en = i;
            }
        }
        this.english = en;
    }

    static LanguageDetector builtIn() {
        return Holder.INSTANCE;
    }

    private static LanguageDetector load() {
        List<String> codes = new ArrayList<>();
        PhraseTable<Long> words = new PhraseTable<>(1200);
        for (String line : GazetteerBuilder.lines("languages.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length < 3 || codes.size() == 64) {
                continue;
            }
            long bit = 1L << codes.size();
            codes.add(cols[0]);
            for (String w : cols[2].split(" ")) {
                Long old = words.get(w);
                words.put(w, (old == null ? 0L : old) | bit);
            }
        }
        return new LanguageDetector(codes.toArray(String[]::new), words);
    }

    /** The language of the text whose tokens are {@code t}. */
    Language detect(Tokens t) {
        int[] hits = new int[codes.length];
        int seen = 0;
        for (int k = 0; k < t.n && seen < MAX_WORDS; k++) {
            if ((t.flags[k] & Tokens.LOWER) == 0) {
                continue;
            }
            seen++;
            Long langs = words.get(t.c, t.start[k], t.end[k], t.hash[k]);
            if (langs != null) {
                long bits = langs;
                while (bits != 0) {
                    hits[Long.numberOfTrailingZeros(bits)]++;
                    bits &= bits - 1;
                }
            }
            if ((seen & 31) == 0 && clearLead(hits)) {
                break;
            }
        }
        int best = best(hits, -1);
        if (best < 0 || hits[best] < MIN_HITS) {
            return Language.ASSUMED_ENGLISH;
        }
        return new Language(codes[best], Language.Source.DETECTED);
    }

    /** One language has at least 10 hits and three times the next one's. */
    private boolean clearLead(int[] hits) {
        int best = best(hits, -1);
        int second = best(hits, best);
        return best >= 0 && hits[best] >= 10 && (second < 0 || hits[best] >= 3 * hits[second]);
    }

    /** The index with the most hits other than {@code except} (ties: English, then the first); -1 if none. */
    private int best(int[] hits, int except) {
        int best = -1;
        for (int i = 0; i < hits.length; i++) {
            if (i == except || hits[i] == 0) {
                continue;
            }
            if (best < 0 || hits[i] > hits[best] || hits[i] == hits[best] && i == english) {
                best = i;
            }
        }
        return best;
    }
}
