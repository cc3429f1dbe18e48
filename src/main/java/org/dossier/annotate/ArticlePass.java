package org.dossier.annotate;

import java.util.List;

import org.dossier.annotate.Candidates.Confidence;

/**
 * One annotation run over one text, in phases: tokens ({@link Tokens}), then left to right the
 * date rule, the quantity rule and, on each run of capitalised words ({@link Chunks}), the name
 * rules ({@link ChunkSegmenter}, {@link NameClassifier}); finally the names no list or cue
 * explained are resolved from what the article itself said ({@link Resolution}). Used by one
 * thread for one text, then discarded.
 */
final class ArticlePass {
    private static final ThreadLocal<Tokens.Buffers> BUFFERS = ThreadLocal.withInitial(Tokens.Buffers::new);

    private final Tokens t;
    private final TokenFacts facts;
    private final Chunks chunks;
    private final Candidates candidates;
    private final ChunkSegmenter segmenter;
    private final Language language;
    private final boolean english;

    ArticlePass(Gazetteer g, String text) {
        this(g, text, null);
    }

    /** {@code declared}: the language the article says it is in, or null to tell it from the text. */
    ArticlePass(Gazetteer g, String text, Language declared) {
        // Texts up to a megabyte borrow this thread's token arrays; longer ones get their own, so
        // that no thread keeps a large buffer for good.
        this.t = Tokens.of(text, text.length() <= (1 << 20) ? BUFFERS.get() : null);
        this.facts = new TokenFacts(g, t);
        this.chunks = new Chunks(facts);
        this.candidates = new Candidates(facts);
        this.segmenter = new ChunkSegmenter(facts, chunks, candidates);
        this.language = declared != null ? declared : LanguageDetector.builtIn().detect(t);
        this.english = language.english();
    }

    /** The language the text was annotated as. */
    Language language() {
        return language;
    }

    List<Mention> run() {
        int k = 0;
        while (k < t.n) {
            int f = t.flags[k];
            if ((f & Tokens.WORD) == 0
                    || (f & Tokens.LOWER) != 0 && (!Lexicon.mayStart(t.hash[k]) || (t.cls(k) & Lexicon.STARTS) == 0)) {
                k++; // punctuation, or a lower-case word no rule starts with
                continue;
            }
            int e = DateRule.match(t, k);
            if (e > k && (english || isIsoDate(k, e))) {
                candidates.add(k, e, EntityType.DATE, null, "rule:date", Confidence.SURE);
                k = e;
                continue;
            }
            e = (f & Tokens.CAP) != 0 ? -1 : QuantityRule.match(t, k); // quantities start with a number
            if (e > k && (english || e == k + 2 && t.isPunct(k + 1, '%'))) {
                candidates.add(k, e, EntityType.QUANTITY, null, "rule:quantity", Confidence.SURE);
                k = e;
                continue;
            }
            if ((f & Tokens.NUM) == 0 && chunks.startsName(k)) {
                e = chunks.end(k);
                if (english) {
                    segmenter.names(k, e);
                } else {
                    segmenter.listedNames(k, e);
                }
                k = e;
                continue;
            }
            k++;
        }
        return new Resolution(facts, candidates).mentions();
    }

    /** "2017-07-08": written the same in every language. */
    private boolean isIsoDate(int k, int e) {
        return e == k + 5 && t.has(k, Tokens.NUM) && t.length(k) == 4 && t.isPunct(k + 1, '-')
                && t.has(k + 2, Tokens.NUM) && t.length(k + 2) == 2 && t.isPunct(k + 3, '-')
                && t.has(k + 4, Tokens.NUM) && t.length(k + 4) == 2;
    }
}
