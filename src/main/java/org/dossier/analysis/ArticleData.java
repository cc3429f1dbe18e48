package org.dossier.analysis;

/**
 * What the index keeps of one article: no text, only its id, title, date and its mentions as ints.
 * {@code names} holds, per mention of a person, organisation, place or group, {@code entity,
 * start, paragraph << 12 | length} ({@link #STRIDE} ints, in text order; the entity as a number of
 * the builder's entity table); {@code dates} the same for the DATE mentions that have a value,
 * with the value's number first. Twelve bytes a mention: 10,000 news articles hold about a million.
 * Immutable once made.
 */
final class ArticleData {
    static final int STRIDE = 3;
    static final int NO_DATE = Integer.MIN_VALUE;
    /** Longer mentions are marked by their first 4,095 chars (no name or date is that long). */
    private static final int MAX_LENGTH = 0xFFF;
    private static final int MAX_PARAGRAPH = (1 << 20) - 1;

    final String id;
    final String title;
    /** The publication date as an epoch day, or {@link #NO_DATE}. */
    final int day;
    final int[] names;
    final int[] dates;

    ArticleData(String id, String title, int day, int[] names, int[] dates) {
        this.id = id;
        this.title = title;
        this.day = day;
        this.names = names;
        this.dates = dates;
    }

    static void set(int[] a, int k, int number, int start, int end, int paragraph) {
        a[k] = number;
        a[k + 1] = start;
        a[k + 2] = Math.min(paragraph, MAX_PARAGRAPH) << 12 | Math.min(end - start, MAX_LENGTH);
    }

    static int start(int[] a, int k) {
        return a[k + 1];
    }

    static int end(int[] a, int k) {
        return a[k + 1] + (a[k + 2] & MAX_LENGTH);
    }

    static int paragraph(int[] a, int k) {
        return a[k + 2] >>> 12;
    }
}
