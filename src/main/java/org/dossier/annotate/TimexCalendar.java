package org.dossier.annotate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Calendar arithmetic and TIMEX3 spellings: ISO weeks ({@code 2017-W27}), quarters, seasons,
 * decades, the weekday or month nearest a reference in a tense's direction, and the dates of the
 * common fixed and movable holidays. Stateless.
 */
final class TimexCalendar {
    /** How far a date without a year may lie from the reference and still be the nearest one, whatever the tense. */
    private static final int NEAR_DAYS = 90;
    /** The same for a month named alone, in months. */
    private static final int NEAR_MONTHS = 1;

    private TimexCalendar() {
    }

    static String day(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    static String month(int year, int month) {
        return String.format(Locale.ROOT, "%04d-%02d", year, month);
    }

    static String year(int year) {
        return String.format(Locale.ROOT, "%04d", year);
    }

    static String week(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
                d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String quarter(int year, int q) {
        return year(year) + "-Q" + q;
    }

    static int quarterOf(LocalDate d) {
        return (d.getMonthValue() - 1) / 3 + 1;
    }

    /** TimeML writes the 1990s as {@code 199}. */
    static String decade(int year) {
        return String.format(Locale.ROOT, "%03d", Math.floorDiv(year, 10));
    }

    /** The twentieth century (1900–1999) is {@code 19}. */
    static String century(int year) {
        return String.format(Locale.ROOT, "%02d", Math.floorDiv(year, 100));
    }

    /** The weekday {@code day} in the direction of {@code tense}; the reference itself when it is that day. */
    static LocalDate weekday(LocalDate ref, DayOfWeek day, TimexTense.Tense tense) {
        if (ref.getDayOfWeek() == day) {
            return ref;
        }
        return tense == TimexTense.Tense.FUTURE ? ref.with(TemporalAdjusters.next(day))
                : ref.with(TemporalAdjusters.previous(day));
    }

    /** The year of a month named without one: this year's, or the nearest in the tense's direction. */
    static int yearOfMonth(LocalDate ref, int month, TimexTense.Tense tense) {
        int diff = month - ref.getMonthValue();
        if (diff == 0) {
            return ref.getYear();
        }
        int ahead = Math.floorMod(diff, 12);
        int back = Math.floorMod(-diff, 12);
        int future = diff > 0 ? ref.getYear() : ref.getYear() + 1;
        int past = diff < 0 ? ref.getYear() : ref.getYear() - 1;
        if (Math.min(ahead, back) <= NEAR_MONTHS) {
            return ahead < back ? future : past; // a month away is that one whatever the tense
        }
        // news mostly reports: without a future in the clause, a month named alone is the last one
        return tense == TimexTense.Tense.FUTURE ? future : past;
    }

    /**
     * The year of a day and month written without one: the latest on or before the reference when
     * the clause is past, the first on or after it when future, else the nearest.
     */
    static int yearOfDay(LocalDate ref, int month, int day, TimexTense.Tense tense) {
        LocalDate here = safeDate(ref.getYear(), month, day);
        int nearest = nearestYear(ref, month, day);
        LocalDate near = safeDate(nearest, month, day);
        // A date within a season of the reference is that one whatever the tense ("said the vote is Nov. 3")
        if (here == null || near == null || tense == TimexTense.Tense.NONE
                || Math.abs(near.toEpochDay() - ref.toEpochDay()) <= NEAR_DAYS) {
            return nearest;
        }
        if (tense == TimexTense.Tense.PAST) {
            return here.isAfter(ref) ? ref.getYear() - 1 : ref.getYear();
        }
        return here.isBefore(ref) ? ref.getYear() + 1 : ref.getYear();
    }

    /** The year that puts month/day nearest the reference (a date without a year). */
    static int nearestYear(LocalDate ref, int month, int day) {
        int best = ref.getYear();
        long bestGap = Long.MAX_VALUE;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            LocalDate d = safeDate(y, month, day);
            if (d == null) {
                continue;
            }
            long gap = Math.abs(d.toEpochDay() - ref.toEpochDay());
            if (gap < bestGap) {
                bestGap = gap;
                best = y;
            }
        }
        return best;
    }

    static LocalDate safeDate(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(java.time.Year.isLeap(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** The season a date falls in (winter is December to February, the year of its December). */
    static String seasonOf(LocalDate d) {
        int m = d.getMonthValue();
        if (m >= 3 && m <= 5) {
            return "SP";
        }
        if (m >= 6 && m <= 8) {
            return "SU";
        }
        return m >= 9 && m <= 11 ? "FA" : "WI";
    }

    /** The year (of its first month) of the season instance holding {@code d}. */
    static int seasonYear(LocalDate d) {
        return d.getMonthValue() <= 2 ? d.getYear() - 1 : d.getYear();
    }

    private static int seasonIndex(String code) {
        return switch (code) {
            case "SP" -> 0;
            case "SU" -> 1;
            case "FA" -> 2;
            default -> 3;
        };
    }

    /**
     * The season {@code code} relative to the reference: {@code shift} 0 for "this", -1 for "last"
     * (the latest one before the current season), +1 for "next".
     */
    static String season(LocalDate ref, String code, int shift) {
        int now = seasonYear(ref) * 4 + seasonIndex(seasonOf(ref));
        int target = seasonIndex(code);
        int y = seasonYear(ref);
        int here = y * 4 + target;
        if (shift < 0) {
            while (here >= now) {
                here -= 4;
            }
        } else if (shift > 0) {
            while (here <= now) {
                here += 4;
            }
        }
        return year(Math.floorDiv(here, 4)) + "-" + code;
    }

    /** The season named alone: this year's instance, or the nearest one in the tense's direction. */
    static String season(LocalDate ref, String code, TimexTense.Tense tense) {
        int now = seasonYear(ref) * 4 + seasonIndex(seasonOf(ref));
        int here = seasonYear(ref) * 4 + seasonIndex(code);
        if (tense == TimexTense.Tense.PAST && here > now) {
            here -= 4;
        } else if (tense == TimexTense.Tense.FUTURE && here < now) {
            here += 4;
        }
        return year(Math.floorDiv(here, 4)) + "-" + code;
    }

    /** The date of a holiday in a year, or null for an unknown name (lower case, "'s" removed). */
    static LocalDate holiday(String name, int year) {
        return switch (name) {
            case "christmas", "christmas day" -> LocalDate.of(year, 12, 25);
            case "christmas eve" -> LocalDate.of(year, 12, 24);
            case "new year day", "new years day" -> LocalDate.of(year, 1, 1);
            case "new year eve", "new years eve" -> LocalDate.of(year, 12, 31);
            case "valentine day", "valentines day" -> LocalDate.of(year, 2, 14);
            case "halloween" -> LocalDate.of(year, 10, 31);
            case "independence day" -> LocalDate.of(year, 7, 4);
            case "thanksgiving", "thanksgiving day" ->
                    LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            case "labor day" -> LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
            case "memorial day" -> LocalDate.of(year, 5, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
            case "election day" ->
                    LocalDate.of(year, 11, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusDays(1);
            case "easter", "easter sunday" -> easter(year);
            case "good friday" -> easter(year).minusDays(2);
            default -> null;
        };
    }

    /** Western Easter Sunday (the anonymous Gregorian algorithm). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
