package org.dossier.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * A {@link Timeline} in bars of one {@link TimeScale}, as the timeline view draws it: per bucket
 * the articles published in it (the articles track) and the mentions of dates that lie within it
 * (the events track). A value wider than a bar — "2017" among days — is not put in any one bar:
 * it is one of the {@link #wide} values, drawn across the bars it covers, and becomes a bar at a
 * scale wide enough (decision 0085). Only buckets that hold something are kept. Immutable.
 */
public final class TimelineBars {
    /**
     * One bucket.
     *
     * @param published the ids of the articles published in it
     * @param mentions  how many mentions of dates within it
     * @param values    the date values within it (the points behind its events bar)
     */
    public record Bar(long bucket, List<String> published, int mentions, List<String> values) {
        public Bar {
            published = List.copyOf(published);
            values = List.copyOf(values);
        }
    }

    private final TimeScale scale;
    private final NavigableMap<Long, Bar> bars;
    private final List<Timeline.Point> wide;
    private final List<Timeline.Point> points;
    private final int maxPublished;
    private final int maxMentions;

    private TimelineBars(TimeScale scale, NavigableMap<Long, Bar> bars, List<Timeline.Point> wide, List<Timeline.Point> points) {
        this.scale = scale;
        this.bars = bars;
        this.wide = List.copyOf(wide);
        this.points = points;
        int p = 0;
        int m = 0;
        for (Bar b : bars.values()) {
            p = Math.max(p, b.published().size());
            m = Math.max(m, b.mentions());
        }
        this.maxPublished = p;
        this.maxMentions = m;
    }

    public static TimelineBars of(Timeline timeline, TimeScale scale) {
        Map<Long, List<String>> published = new TreeMap<>();
        for (Timeline.Published p : timeline.published()) {
            published.computeIfAbsent(scale.bucketOf(p.date()), b -> new ArrayList<>()).add(p.articleId());
        }
        Map<Long, int[]> mentions = new TreeMap<>();
        Map<Long, List<String>> values = new TreeMap<>();
        List<Timeline.Point> wide = new ArrayList<>();
        for (Timeline.Point p : timeline.points()) {
            long b = scale.bucketOf(p.range().start());
            if (b != scale.bucketOf(p.range().end())) {
                wide.add(p);
                continue;
            }
            mentions.computeIfAbsent(b, x -> new int[1])[0] += p.mentions();
            values.computeIfAbsent(b, x -> new ArrayList<>()).add(p.value());
        }
        NavigableMap<Long, Bar> bars = new TreeMap<>();
        Set<Long> buckets = new java.util.TreeSet<>(published.keySet());
        buckets.addAll(mentions.keySet());
        for (long b : buckets) {
            int[] m = mentions.get(b);
            bars.put(b, new Bar(b, published.getOrDefault(b, List.of()), m == null ? 0 : m[0], values.getOrDefault(b, List.of())));
        }
        return new TimelineBars(scale, bars, wide, timeline.points());
    }

    public TimeScale scale() {
        return scale;
    }

    /** The bars that hold something, earliest first. */
    public Collection<Bar> bars() {
        return bars.values();
    }

    /** The bar of a bucket, or null when it holds nothing. */
    public Bar bar(long bucket) {
        return bars.get(bucket);
    }

    /** The bars of buckets {@code from} to {@code to}, both included. */
    public Collection<Bar> between(long from, long to) {
        return bars.subMap(from, true, to, true).values();
    }

    /** The values wider than one bar, with their mentions. */
    public List<Timeline.Point> wide() {
        return wide;
    }

    public boolean isEmpty() {
        return bars.isEmpty() && wide.isEmpty();
    }

    /** The first and last bucket of the articles track, or of the events track when no article has a date; null when empty. */
    public long[] publishedExtent() {
        Long first = null;
        Long last = null;
        for (Bar b : bars.values()) {
            if (!b.published().isEmpty()) {
                first = first == null ? b.bucket() : first;
                last = b.bucket();
            }
        }
        if (first == null && !bars.isEmpty()) {
            first = bars.firstKey();
            last = bars.lastKey();
        }
        return first == null ? null : new long[] {first, last};
    }

    public int maxPublished() {
        return maxPublished;
    }

    public int maxMentions() {
        return maxMentions;
    }

    /** The ids of the articles published in buckets {@code from} to {@code to}. */
    public Set<String> publishedBetween(long from, long to) {
        Set<String> out = new LinkedHashSet<>();
        for (Bar b : between(from, to)) {
            out.addAll(b.published());
        }
        return out;
    }

    /** The date values whose days all lie in buckets {@code from} to {@code to} (wide values too, when they fit). */
    public List<String> valuesBetween(long from, long to) {
        LocalDate start = scale.startOf(from);
        LocalDate last = scale.endOf(to).minusDays(1);
        List<String> out = new ArrayList<>();
        for (Timeline.Point p : points) {
            if (p.range().within(start, last)) {
                out.add(p.value());
            }
        }
        return out;
    }

    /** The ids of the articles that mention a date lying in buckets {@code from} to {@code to}. */
    public Set<String> mentioningBetween(long from, long to) {
        LocalDate start = scale.startOf(from);
        LocalDate last = scale.endOf(to).minusDays(1);
        Set<String> out = new LinkedHashSet<>();
        for (Timeline.Point p : points) {
            if (p.range().within(start, last)) {
                p.articles().forEach(a -> out.add(a.articleId()));
            }
        }
        return out;
    }
}
