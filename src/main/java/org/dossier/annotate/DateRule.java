package org.dossier.annotate;

import static org.dossier.annotate.Lexicon.AMOUNT;
import static org.dossier.annotate.Lexicon.ANAPHORIC;
import static org.dossier.annotate.Lexicon.ARTICLE;
import static org.dossier.annotate.Lexicon.DATE_MODIFIER;
import static org.dossier.annotate.Lexicon.DEICTIC;
import static org.dossier.annotate.Lexicon.HOLIDAY;
import static org.dossier.annotate.Lexicon.MONTH;
import static org.dossier.annotate.Lexicon.MONTH_PREPOSITION;
import static org.dossier.annotate.Lexicon.ORDINAL;
import static org.dossier.annotate.Lexicon.RELATIVE;
import static org.dossier.annotate.Lexicon.TIME_OF_DAY;
import static org.dossier.annotate.Lexicon.UNIT;
import static org.dossier.annotate.Lexicon.UNITS;
import static org.dossier.annotate.Lexicon.WEEKDAY;

/**
 * Finds dates and times by looking at a few tokens from a starting token: month and weekday names
 * with their days, years and modifiers ("late September", "July 08, 2017", "Sunday at noon"),
 * relative dates ("last month", "recent weeks"), durations ("two years", "a week"), years and ISO
 * dates. Prepositions stay out of the span. Pure functions over {@link Tokens}; thread-safe.
 */
final class DateRule {
    private DateRule() {
    }

    /** The token after the date starting at {@code k}, or -1 when none starts there. */
    static int match(Tokens t, int k) {
        int f = t.flags[k];
        if ((f & Tokens.NUM) != 0) {
            return numeric(t, k);
        }
        if (!Lexicon.mayStart(t.hash[k])) {
            return -1;
        }
        long c = t.cls(k);
        if (c == 0) {
            return -1;
        }
        if ((f & Tokens.HEADLINE) != 0) {
            return -1;
        }
        if ((c & MONTH) != 0 && (isMonth(t, k) || t.is(k, "May"))) {
            return month(t, k, k); // "May" alone only after a preposition, see month()
        }
        if ((c & WEEKDAY) != 0) {
            return weekday(t, k + 1);
        }
        if ((c & HOLIDAY) != 0) {
            return holiday(t, k);
        }
        if ((c & ORDINAL) != 0) {
            // "the third quarter of 2016", "first quarter 2017": with its year, as sports have quarters too
            if (!t.is(k + 1, "quarter")) {
                return -1;
            }
            if (t.is(k + 2, "of") && isYear(t, k + 3)) {
                return k + 4;
            }
            return isYear(t, k + 2) ? k + 3 : -1;
        }
        if ((c & DATE_MODIFIER) != 0) {
            if (t.isA(k + 1, RELATIVE | ANAPHORIC)) {
                int e = match(t, k + 1);
                if (e > k + 1) {
                    return e; // "early this week", "later that year", "earlier that day"
                }
            }
            if (t.is(k, "earlier") || t.is(k, "later") || t.is(k, "Earlier") || t.is(k, "Later")) {
                return -1; // only with a relative unit: "later 1998" is no way to write a date
            }
            int m = k + 1;
            if (t.isPunct(m, '-') && t.touches(m) && t.touches(m + 1)) {
                m++; // "mid-September"
            }
            if (isYear(t, m) || isDecade(t, m)) {
                return m + 1; // "late 1998", "early 1990s"
            }
            return isMonth(t, m) || t.is(m, "May") ? month(t, k, m) : -1; // "mid-May"
        }
        if ((c & RELATIVE) != 0) {
            if (isMonth(t, k + 1) || t.is(k + 1, "May")) {
                return month(t, k, k + 1); // "last Oct. 23", "last May"
            }
            if (t.isA(k + 1, HOLIDAY)) {
                return holiday(t, k + 1); // "last Thanksgiving"
            }
            if (t.isA(k + 1, UNIT | UNITS | WEEKDAY) || t.is(k + 1, "fall")) {
                return k + 2; // "fall" only here: "a fall" is seldom a season
            }
            if (t.isA(k + 1, TIME_OF_DAY) && !t.is(k, "past") && !t.is(k, "recent")) {
                return k + 2; // "last night", "this morning", "the next morning"
            }
            if (t.isA(k + 1, AMOUNT) && t.isA(k + 2, UNITS)) {
                return k + 3; // "the past two weeks"
            }
            return -1;
        }
        if ((c & ANAPHORIC) != 0) {
            // "that day", "that same week", "the same day": a date the text named before (its value
            // comes from that date, see TimexNormaliser); not "that" with a weekday or month, which
            // is as often the conjunction ("said that Friday's vote")
            int m = t.is(k + 1, "same") && (t.is(k, "that") || t.is(k, "That")) ? k + 2 : k + 1;
            boolean compound = t.isPunct(m + 1, '-') && t.touches(m + 1); // "that week-long visit"
            if (!compound && (t.isA(m, UNIT) && !t.is(m, "season") && !t.is(m, "hour") || t.isA(m, TIME_OF_DAY))) {
                return m + 1;
            }
            return -1;
        }
        if ((c & DEICTIC) != 0) {
            return k + 1;
        }
        if ((c & ARTICLE) != 0) {
            if (t.isA(k + 1, UNIT) && !t.is(k + 2, "of")) {
                return ago(t, k + 2); // "within a week", "a year ago"
            }
            if ((t.is(k + 1, "few") || t.is(k + 1, "couple")) && t.isA(k + 2, UNITS)) {
                return k + 3;
            }
            return -1;
        }
        if ((c & AMOUNT) != 0 && t.isA(k + 1, UNITS)) {
            return ago(t, k + 2); // "several days", "two years", "three weeks ago"
        }
        return -1;
    }

    private static int numeric(Tokens t, int k) {
        int len = t.length(k);
        // ISO date 1996-08-30
        if (len == 4 && t.isPunct(k + 1, '-') && t.touches(k + 1) && t.has(k + 2, Tokens.NUM) && t.touches(k + 2)
                && t.isPunct(k + 3, '-') && t.touches(k + 3) && t.has(k + 4, Tokens.NUM) && t.touches(k + 4)) {
            return k + 5;
        }
        if (isYear(t, k)) {
            if (t.is(k + 1, "s") && t.touches(k + 1)) {
                return k + 2; // 1990s
            }
            return k + 1;
        }
        if (isDecade(t, k)) {
            return k + 1;
        }
        if (len <= 2 && isMeridiem(t, k + 1)) {
            return clockTail(t, k + 5); // "9 a.m. EST Tuesday"
        }
        if (len <= 2 && k >= 3 && dayNumber(t, k) && (t.is(k - 1, "and") || t.is(k - 1, "or")) && t.has(k - 2, Tokens.NUM)
                && t.length(k - 2) <= 2 && (isMonth(t, k - 3) || k >= 4 && t.isPunct(k - 3, '.') && isMonth(t, k - 4))) {
            // the second day of "April 24 and 25": a date of its own, in the month named before
            return t.isPunct(k + 1, ',') && isYear(t, k + 2) ? k + 3 : isYear(t, k + 1) ? k + 2 : k + 1;
        }
        if (len <= 2 && isMonth(t, k + 1)) {
            int e = k + 2; // 8 February
            if (isYear(t, e)) {
                e++;
            }
            return e;
        }
        if (len <= 2 && t.isPunct(k + 1, ':') && t.touches(k + 1) && t.has(k + 2, Tokens.NUM) && t.touches(k + 2)) {
            int e = k + 3; // 10:30 GMT
            if (isMeridiem(t, e)) {
                return clockTail(t, e + 4);
            }
            if (t.is(e, "am") || t.is(e, "pm") || t.is(e, "GMT") || t.is(e, "UTC")) {
                e++;
            }
            return e;
        }
        if (len <= 4 && t.isA(k + 1, UNITS | UNIT)) {
            return ago(t, k + 2); // "two years", "3 days", "11 days ago"
        }
        return -1;
    }

    /**
     * A holiday from {@code k}: "Christmas", "Easter week", "Thanksgiving Day", "Election Day"; the
     * words that name one only with "Day" ("Labor", "Memorial") need it, and none is followed by
     * another capitalised word ("Christmas Island", "Easter Rising").
     */
    private static int holiday(Tokens t, int k) {
        if (!t.isA(k, HOLIDAY) || !t.has(k, Tokens.CAP)) {
            return -1;
        }
        int e = k + 1;
        if (t.is(e, "Day") || t.is(e, "Eve") || t.is(e, "Sunday")) {
            e++;
        } else if (t.has(e, Tokens.CAP) && !t.has(e, Tokens.SENT) || !t.is(k, "Christmas") && !t.is(k, "Thanksgiving")
                && !t.is(k, "Easter") && !t.is(k, "Halloween")) {
            return -1;
        }
        if (t.is(e, "week") || t.is(e, "weekend")) {
            e++;
        }
        return e;
    }

    /**
     * "ago" after a duration makes it a date in the past and belongs to its span; so do "later" and
     * "earlier", which count from a date the text named before ("two days later").
     */
    private static int ago(Tokens t, int e) {
        return t.is(e, "ago") || t.is(e, "later") || t.is(e, "earlier") ? e + 1 : e;
    }

    /** "a.m." or "p.m." written as four tokens from {@code k}. */
    private static boolean isMeridiem(Tokens t, int k) {
        return (t.is(k, "a") || t.is(k, "p")) && t.isPunct(k + 1, '.') && t.touches(k + 1)
                && t.is(k + 2, "m") && t.touches(k + 2) && t.isPunct(k + 3, '.') && t.touches(k + 3);
    }

    /** After a clock time: a time zone and the day it falls on ("9 a.m. EST Tuesday"). */
    private static int clockTail(Tokens t, int e) {
        if (t.has(e, Tokens.ALLCAPS) && t.length(e) == 3 && t.charAt(e, 2) == 'T') {
            e++; // EST, EDT, GMT
        }
        if (t.isA(e, WEEKDAY) || t.is(e, "today") || t.is(e, "tomorrow") || t.is(e, "yesterday")) {
            e++;
        }
        return e;
    }

    /** A number from 1 to 31. */
    private static boolean dayNumber(Tokens t, int k) {
        int len = t.length(k);
        char a = t.firstChar(k);
        return len == 1 ? a != '0' : len == 2 && (a == '1' || a == '2' || a == '3' && t.charAt(k, 1) <= '1');
    }

    /** "1990s" written as one token. */
    private static boolean isDecade(Tokens t, int k) {
        if (!t.has(k, Tokens.NUM) || t.length(k) != 5 || t.charAt(k, 4) != 's' || t.charAt(k, 3) != '0') {
            return false;
        }
        char a = t.firstChar(k);
        char b = t.charAt(k, 1);
        return (a == '1' && (b == '8' || b == '9')) || (a == '2' && b == '0');
    }

    /** From the month at {@code m} (span starts at {@code from}): day, ordinal suffix, year. */
    private static int month(Tokens t, int from, int m) {
        int e = m + 1;
        if (t.isPunct(e, '.') && t.touches(e) && t.length(m) <= 4 && !t.is(m, "May") && !t.is(m, "June")
                && !t.is(m, "July")) {
            e++; // "Sept."
        }
        if (t.has(e, Tokens.NUM) && t.length(e) <= 2) {
            e++;
            if ((t.is(e, "th") || t.is(e, "st") || t.is(e, "nd") || t.is(e, "rd")) && t.touches(e)) {
                e++;
            }
            if (t.isPunct(e, ',') && isYear(t, e + 1)) {
                e += 2;
            } else if (isYear(t, e)) {
                e++;
            }
        } else if (isYear(t, e)) {
            e++;
        } else if (t.is(m, "May") && from == m && !(t.isA(m - 1, MONTH_PREPOSITION) && !t.has(m + 1, Tokens.CAP))) {
            return -1; // "May" alone is as often a name or a verb as the month; "in May" is the month
        }
        return e;
    }

    private static int weekday(Tokens t, int e) {
        if (t.isPunct(e, ',') && isMonth(t, e + 1)
                && (t.has(e + 2, Tokens.NUM) || t.isPunct(e + 2, '.') && t.has(e + 3, Tokens.NUM))) {
            return month(t, e - 1, e + 1); // "Friday, Oct. 23"
        }
        if (t.is(e, "at") && (t.is(e + 1, "noon") || t.is(e + 1, "midnight") || t.is(e + 1, "dawn"))) {
            return e + 2;
        }
        if (t.isA(e, TIME_OF_DAY)) {
            return e + 1;
        }
        return e;
    }

    static boolean isYear(Tokens t, int k) {
        if (!t.has(k, Tokens.NUM) || t.length(k) != 4) {
            return false;
        }
        char a = t.firstChar(k);
        char b = t.c[t.start[k] + 1];
        return (a == '1' && (b == '8' || b == '9')) || (a == '2' && b == '0');
    }

    static boolean isMonth(Tokens t, int k) {
        if (!t.isA(k, MONTH) || !t.has(k, Tokens.CAP)) {
            return false;
        }
        // Abbreviations only with their dot or a day: "Mar" and "Jan" are also names.
        return t.length(k) > 3 && !t.is(k, "Sept") || t.isPunct(k + 1, '.') && t.touches(k + 1)
                || t.has(k + 1, Tokens.NUM);
    }

    static boolean isWeekday(Tokens t, int k) {
        return t.isA(k, WEEKDAY);
    }
}
