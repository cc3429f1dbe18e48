package org.dossier.analysis;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * How wide a timeline's bars are: a day, an ISO week (Monday to Sunday), a month or a year. Each bar
 * is a bucket number, consecutive buckets consecutive numbers, so a view places a bar by arithmetic
 * and keeps only the buckets that hold something (a library may mention 1945 and 2017 alike).
 */
public enum TimeScale {
    DAY, WEEK, MONTH, YEAR;

    /** The number of the bucket that holds {@code day}. */
    public long bucketOf(LocalDate day) {
        return switch (this) {
            case DAY -> day.toEpochDay();
            case WEEK -> Math.floorDiv(day.toEpochDay() + 3, 7); // 1970-01-01 was a Thursday
            case MONTH -> day.getYear() * 12L + day.getMonthValue() - 1;
            case YEAR -> day.getYear();
        };
    }

    /** The first day of a bucket. */
    public LocalDate startOf(long bucket) {
        return switch (this) {
            case DAY -> LocalDate.ofEpochDay(bucket);
            case WEEK -> LocalDate.ofEpochDay(bucket * 7 - 3);
            case MONTH -> LocalDate.of((int) Math.floorDiv(bucket, 12), (int) Math.floorMod(bucket, 12) + 1, 1);
            case YEAR -> LocalDate.of((int) bucket, 1, 1);
        };
    }

    /** The day after a bucket's last. */
    public LocalDate endOf(long bucket) {
        return startOf(bucket + 1);
    }

    /** A bucket as the axis and the passages' heading name it: "9 Jul 2017", "week 27, 2017", "Jul 2017", "2017". */
    public String label(long bucket) {
        LocalDate d = startOf(bucket);
        String month = d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        return switch (this) {
            case DAY -> d.getDayOfMonth() + " " + month + " " + d.getYear();
            case WEEK -> "week " + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + ", " + d.get(IsoFields.WEEK_BASED_YEAR);
            case MONTH -> month + " " + d.getYear();
            case YEAR -> Integer.toString(d.getYear());
        };
    }

    /** The next wider scale (a year stays a year). */
    public TimeScale coarser() {
        return this == YEAR ? YEAR : values()[ordinal() + 1];
    }

    /** The next narrower scale (a day stays a day). */
    public TimeScale finer() {
        return this == DAY ? DAY : values()[ordinal() - 1];
    }
}
