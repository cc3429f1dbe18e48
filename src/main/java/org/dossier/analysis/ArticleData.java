package org.dossier.analysis;

/**
 * What the index keeps of one article: no text, only its id, title, date and its mentions as ints.
 * {@code mentions} holds, per mention, {@code entity, start, end, paragraph} ({@link #STRIDE} ints,
 * in text order; the entity as a number of the index's entity table); {@code dates} the same with
 * the number of the date value for the DATE mentions that have one. Immutable once made.
 */
final class ArticleData {
    static final int STRIDE = 4;
    static final int NO_DATE = Integer.MIN_VALUE;

    final String id;
    final String title;
    /** The publication date as an epoch day, or {@link #NO_DATE}. */
    final int day;
    final int[] mentions;
    final int[] dates;

    ArticleData(String id, String title, int day, int[] mentions, int[] dates) {
        this.id = id;
        this.title = title;
        this.day = day;
        this.mentions = mentions;
        this.dates = dates;
    }

    int mentionCount() {
        return mentions.length / STRIDE;
    }

    int dateCount() {
        return dates.length / STRIDE;
    }
}
