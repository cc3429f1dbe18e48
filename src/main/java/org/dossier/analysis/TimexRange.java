package org.dossier.analysis;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a TIMEX3 date value stands for, so a timeline can place it: {@code 2017-07-09} one day,
 * {@code 2017-W27} a week, {@code 2017-07} a month, {@code 2016-Q1} a quarter, {@code 2017-SU} a
 * season, {@code 2017} a year, {@code 199} a decade, {@code 19} a century. A time of day
 * ({@code 2017-07-09T12:00}) counts for its day. Durations ({@code P3D}), {@code PRESENT_REF} and
 * values with unknown digits ({@code XXXX-07-09}) stand for no days and give {@code null}.
 *
 * @param value the value as the timeline keys it (a time of day cut off)
 * @param start the first day
 * @param end   the last day, inclusive
 */
public record TimexRange(String value, Granularity granularity, LocalDate start, LocalDate end) {
    /** How wide a value is, finest first. */
    public enum Granularity { DAY, WEEK, MONTH, SEASON, QUARTER, YEAR, DECADE, CENTURY }

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(?:-WE)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DECADE = Pattern.compile("\\d{3}");
    private static final Pattern CENTURY = Pattern.compile("\\d{2}");

    /** The days of a value, or {@code null} when it stands for none (see the class comment). */
    public static TimexRange parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            Matcher m = DAY.matcher(value);
            if (m.matches()) {
                LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
                return new TimexRange(value.substring(0, 10), Granularity.DAY, d, d);
            }
            m = WEEK.matcher(value);
            if (m.matches()) {
                LocalDate monday = LocalDate.of(num(m, 1), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
                        .with(java.time.DayOfWeek.MONDAY);
                return new TimexRange(value, Granularity.WEEK, monday, monday.plusDays(6));
            }
            m = MONTH.matcher(value);
            if (m.matches()) {
                LocalDate first = LocalDate.of(num(m, 1), num(m, 2), 1);
                return new TimexRange(value, Granularity.MONTH, first, first.with(TemporalAdjusters.lastDayOfMonth()));
            }
            m = QUARTER.matcher(value);
            if (m.matches()) {
                LocalDate first = LocalDate.of(num(m, 1), (num(m, 2) - 1) * 3 + 1, 1);
                return new TimexRange(value, Granularity.QUARTER, first, first.plusMonths(3).minusDays(1));
            }
            m = SEASON.matcher(value);
            if (m.matches()) {
                int year = num(m, 1);
                // Meteorological seasons of the northern hemisphere; winter starts in the year's December.
                int month = switch (m.group(2)) {
                    case "SP" -> 3;
                    case "SU" -> 6;
                    case "FA" -> 9;
                    default -> 12;
                };
                LocalDate first = LocalDate.of(year, month, 1);
                return new TimexRange(value, Granularity.SEASON, first, first.plusMonths(3).minusDays(1));
            }
            if (YEAR.matcher(value).matches()) {
                int y = Integer.parseInt(value);
                return new TimexRange(value, Granularity.YEAR, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            }
            if (DECADE.matcher(value).matches()) {
                int y = Integer.parseInt(value) * 10;
                return new TimexRange(value, Granularity.DECADE, LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31));
            }
            if (CENTURY.matcher(value).matches()) {
                int y = Integer.parseInt(value) * 100;
                return new TimexRange(value, Granularity.CENTURY, LocalDate.of(y, 1, 1), LocalDate.of(y + 99, 12, 31));
            }
        } catch (DateTimeException e) {
            return null; // 2017-02-30, week 54: no such days
        }
        return null;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** Whether every day of this value lies in {@code [from, to]}. */
    public boolean within(LocalDate from, LocalDate to) {
        return !start.isBefore(from) && !end.isAfter(to);
    }
}
