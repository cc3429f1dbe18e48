package org.dossier.notebook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Finds a bookmark's passage in an article's current text, following the W3C Web Annotation
 * selectors: by position when the quote is still there (and, if the text changed, its context agrees),
 * else by the exact quote (context choosing between occurrences), else approximately (quote and context
 * scored together, accepted only at or above {@link #MIN_SCORE} and only when no other place scores
 * about as well). When in doubt the bookmark is orphaned: it is never placed on a wrong passage.
 * Stateless; thread-safe.
 */
public final class Reanchorer {
    /** The least combined score (0.75 × quote similarity + 0.25 × context similarity) of an approximate match. */
    public static final double MIN_SCORE = 0.75;
    /** The least quote similarity of an approximate match. */
    static final double MIN_QUOTE_SCORE = 0.75;
    /** Quotes shorter than this need agreeing context to be placed anywhere but their own position. */
    static final int SHORT_QUOTE = 20;
    /** Quotes shorter than this are never matched approximately. */
    static final int MIN_FUZZY_LENGTH = 8;
    /** The least context similarity that identifies a short quote or one occurrence among several. */
    static final double MIN_CONTEXT = 0.5;
    /** How much better than the runner-up the chosen place must score. */
    static final double MARGIN = 0.1;

    private Reanchorer() {
    }

    /** Anchors every bookmark of an article; the map keeps the list's order. */
    public static Map<UUID, Anchor> anchorAll(String text, List<Bookmark> bookmarks) {
        String hash = TextHash.sha256(text);
        Map<UUID, Anchor> anchors = new LinkedHashMap<>();
        for (Bookmark b : bookmarks) {
            anchors.put(b.id(), anchor(text, hash, b));
        }
        return anchors;
    }

    /** Anchors one bookmark in {@code text}. */
    public static Anchor anchor(String text, Bookmark bookmark) {
        return anchor(text, TextHash.sha256(text), bookmark);
    }

    static Anchor anchor(String text, String textHash, Bookmark bookmark) {
        boolean changed = !textHash.equals(bookmark.article().textSha256());
        TextQuote quote = bookmark.quote();
        String exact = quote.exact();
        int s0 = bookmark.position().start();
        int e0 = bookmark.position().end();
        boolean atPosition = e0 <= text.length() && e0 - s0 == exact.length() && text.startsWith(exact, s0);
        if (atPosition && !changed) {
            return new Anchor.Placed(s0, e0, Anchor.Method.POSITION, false, 1.0);
        }

        List<Integer> found = BookmarkFactory.occurrences(text, exact);
        if (!found.isEmpty()) {
            return byExactQuote(text, quote, found, s0, changed);
        }
        return approximately(text, quote, s0, changed);
    }

    private static Anchor byExactQuote(String text, TextQuote quote, List<Integer> found, int s0, boolean changed) {
        int m = quote.exact().length();
        int best = -1;
        double bestScore = -1;
        double second = -1;
        for (int start : found) {
            double score = context(text, start, start + m, quote);
            if (start == s0) {
                score += MARGIN / 2; // the stored position breaks near-ties in its favour
            }
            if (score > bestScore) {
                second = bestScore;
                bestScore = score;
                best = start;
            } else if (score > second) {
                second = score;
            }
        }
        boolean hasContext = !quote.prefix().isEmpty() || !quote.suffix().isEmpty();
        boolean confident;
        if (found.size() == 1) {
            confident = m >= SHORT_QUOTE || !hasContext || bestScore - (best == s0 ? MARGIN / 2 : 0) >= MIN_CONTEXT;
        } else {
            confident = bestScore >= MIN_CONTEXT && bestScore - second >= MARGIN;
        }
        if (!confident) {
            String why = found.size() == 1
                    ? "The quote is short and its surroundings changed, so its one occurrence may be another passage."
                    : "The quote occurs " + found.size() + " times and its surroundings do not tell which is the passage.";
            return new Anchor.Orphaned(quote.exact(), changed, why);
        }
        return new Anchor.Placed(best, best + m, best == s0 ? Anchor.Method.POSITION : Anchor.Method.QUOTE,
                changed, 1.0);
    }

    private static Anchor approximately(String text, TextQuote quote, int s0, boolean changed) {
        String exact = quote.exact();
        int m = exact.length();
        if (m < MIN_FUZZY_LENGTH) {
            return new Anchor.Orphaned(exact, changed, "The quote is no longer in the article.");
        }
        List<Candidate> scored = new ArrayList<>();
        for (int guess : guesses(text, quote, s0)) {
            int from = Math.max(0, guess - m / 2 - 16);
            int to = Math.min(text.length(), guess + m + m / 2 + 16);
            if (to - from < m / 2) {
                continue;
            }
            TextDistance.Match match = TextDistance.bestMatch(exact, text, from, to);
            if (match.end() <= match.start()) {
                continue;
            }
            double quoteScore = 1.0 - (double) match.distance() / m;
            double contextScore = context(text, match.start(), match.end(), quote);
            scored.add(new Candidate(match.start(), match.end(), quoteScore, contextScore,
                    0.75 * quoteScore + 0.25 * contextScore));
        }
        scored.sort(Comparator.comparingDouble(Candidate::score).reversed());
        if (scored.isEmpty() || !scored.get(0).acceptable(m)) {
            return new Anchor.Orphaned(exact, changed,
                    "The quote is no longer in the article, and nothing close enough to it was found.");
        }
        Candidate best = scored.get(0);
        for (Candidate other : scored.subList(1, scored.size())) {
            boolean elsewhere = other.end() <= best.start() || other.start() >= best.end();
            if (elsewhere && best.score() - other.score() < MARGIN / 2) {
                return new Anchor.Orphaned(exact, changed,
                        "The quote was edited and two places in the article match it about equally well.");
            }
        }
        return new Anchor.Placed(best.start(), best.end(), Anchor.Method.FUZZY, changed, best.score());
    }

    /** Likely start offsets: the old position, after the prefix, before the suffix, and k-gram seeds. */
    private static List<Integer> guesses(String text, TextQuote quote, int s0) {
        String exact = quote.exact();
        int m = exact.length();
        Map<Integer, Integer> votes = new TreeMap<>();
        if (s0 < text.length()) {
            votes.merge(s0, 3, Integer::sum);
        }
        if (quote.prefix().length() >= 8) {
            for (int p : limit(BookmarkFactory.occurrences(text, quote.prefix()), 20)) {
                votes.merge(p + quote.prefix().length(), 3, Integer::sum);
            }
        }
        if (quote.suffix().length() >= 8) {
            for (int p : limit(BookmarkFactory.occurrences(text, quote.suffix()), 20)) {
                votes.merge(Math.max(0, p - m), 3, Integer::sum);
            }
        }
        int k = Math.max(5, Math.min(16, m / 8));
        for (int off = 0; off + k <= m; off += k) {
            String seed = exact.substring(off, off + k);
            for (int p : limit(BookmarkFactory.occurrences(text, seed), 10)) {
                votes.merge(Math.max(0, p - off), 1, Integer::sum);
            }
        }
        // Merge guesses closer than a quarter of the quote, keeping the best-voted ones.
        List<Map.Entry<Integer, Integer>> ranked = new ArrayList<>(votes.entrySet());
        ranked.sort(Map.Entry.<Integer, Integer>comparingByValue().reversed());
        int keep = m > 1000 ? 4 : 10;
        List<Integer> chosen = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : ranked) {
            int g = e.getKey();
            if (chosen.stream().noneMatch(c -> Math.abs(c - g) < Math.max(8, m / 4))) {
                chosen.add(g);
                if (chosen.size() == keep) {
                    break;
                }
            }
        }
        return chosen;
    }

    private static List<Integer> limit(List<Integer> list, int max) {
        return list.size() <= max ? list : list.subList(0, max);
    }

    /** How well the text around {@code [start, end)} matches the quote's prefix and suffix (0..1). */
    static double context(String text, int start, int end, TextQuote quote) {
        String prefix = quote.prefix();
        String suffix = quote.suffix();
        int total = prefix.length() + suffix.length();
        if (total == 0) {
            return 1.0;
        }
        String before = text.substring(Math.max(0, start - prefix.length()), start);
        String after = text.substring(end, Math.min(text.length(), end + suffix.length()));
        double p = TextDistance.similarity(prefix, before);
        double s = TextDistance.similarity(suffix, after);
        return (p * prefix.length() + s * suffix.length()) / total;
    }

    private record Candidate(int start, int end, double quoteScore, double contextScore, double score) {
        boolean acceptable(int quoteLength) {
            return quoteScore >= MIN_QUOTE_SCORE && score >= MIN_SCORE
                    && (quoteLength >= SHORT_QUOTE || contextScore >= MIN_CONTEXT);
        }
    }
}
