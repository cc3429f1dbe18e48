package org.dossier.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * The library on a time axis: the dates its texts mention ({@link #points}, one per normalised
 * value, earliest first) and its articles by publication date ({@link #published}, oldest first).
 * Restricted to one entity, both hold only what mentions it (see {@link AnalysisIndex#timeline}).
 */
public record Timeline(List<Point> points, List<Published> published) {
    public Timeline {
        points = List.copyOf(points);
        published = List.copyOf(published);
    }

    /**
     * One normalised date value and its mentions.
     *
     * @param range    the value and the days it stands for
     * @param mentions how many mentions have this value
     * @param articles the articles that mention it, each with its mentions' offsets
     */
    public record Point(TimexRange range, int mentions, List<MentionedIn> articles) {
        public Point {
            articles = List.copyOf(articles);
        }

        public String value() {
            return range.value();
        }
    }

    /** One article's mentions of a value: where each starts in its text. */
    public record MentionedIn(String articleId, List<Integer> offsets) {
        public MentionedIn {
            offsets = List.copyOf(offsets);
        }
    }

    /** An article with its publication date. */
    public record Published(String articleId, String title, LocalDate date) {
    }
}
