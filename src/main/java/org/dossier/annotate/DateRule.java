package org.dossier.annotate;

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
        if (!t.has(k, Tokens.WORD)) {
            return -1;
        }
        int f = t.flags[k];
        if ((f & Tokens.NUM) != 0) {
            return numeric(t, k);
        }
        if ((f & Tokens.CAP) != 0 && (f & Tokens.HEADLINE) == 0) {
            if (isMonth(t, k)) {
                return month(t, k, k);
            }
            if (isWeekday(t, k)) {
                return weekday(t, k + 1);
            }
        }
        if ((f & (Tokens.LOWER | Tokens.CAP)) != 0) {
            return wordStart(t, k);
        }
        return -1;
    }

    private static int wordStart(Tokens t, int k) {
        String w = lower(t, k);
        switch (w) {
            case "late", "early", "mid" -> {
                int m = k + 1;
                if (t.isPunct(m, '-') && t.touches(m) && t.touches(m + 1)) {
                    m++; // "mid-September"
                }
                if (isMonth(t, m + (m == k + 1 ? 0 : 1)) || isMonth(t, m)) {
                    int mm = isMonth(t, m) ? m : m + 1;
                    return month(t, k, mm);
                }
                return -1;
            }
            case "last", "next", "this", "past", "recent", "coming", "previous", "following", "current" -> {
                if (isUnit(t, k + 1, true) || isMonth(t, k + 1) || isWeekday(t, k + 1)) {
                    return k + 2;
                }
                if (isAmount(t, k + 1) && isUnit(t, k + 2, true)) {
                    return k + 3; // "the past two weeks"
                }
                return -1;
            }
            case "yesterday", "tomorrow", "today", "tonight" -> {
                return (t.flags[k] & Tokens.HEADLINE) != 0 ? -1 : k + 1;
            }
            case "a", "an" -> {
                if (isUnit(t, k + 1, false) && !t.is(k + 2, "of") && !t.is(k + 2, "ago")) {
                    return k + 2; // "within a week"
                }
                if ((t.is(k + 1, "few") || t.is(k + 1, "couple")) && isUnit(t, k + 2, true)) {
                    return k + 3;
                }
                return -1;
            }
            default -> {
                if (isAmount(t, k) && isUnit(t, k + 1, true)) {
                    return k + 2; // "several days", "two years"
                }
                return -1;
            }
        }
    }

    private static int numeric(Tokens t, int k) {
        int len = t.length(k);
        char c0 = t.firstChar(k);
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
        // 8 February, 3rd of March
        if (len <= 2 && c0 >= '0' && c0 <= '9' && isMonth(t, k + 1)) {
            int e = k + 2;
            if (isYear(t, e)) {
                e++;
            }
            return e;
        }
        // Times: 10:30, 10 a.m., 10pm
        if (len <= 2 && t.isPunct(k + 1, ':') && t.touches(k + 1) && t.has(k + 2, Tokens.NUM) && t.touches(k + 2)) {
            int e = k + 3;
            e = timeSuffix(t, e);
            return e;
        }
        if (isAmount(t, k) && isUnit(t, k + 1, true)) {
            return k + 2;
        }
        return -1;
    }

    private static int timeSuffix(Tokens t, int e) {
        if (t.is(e, "am") || t.is(e, "pm") || t.is(e, "a.m") || t.is(e, "GMT") || t.is(e, "UTC")) {
            return e + 1;
        }
        return e;
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
        } else if (t.is(m, "May") && from == m && !(monthPreposition(t, m - 1) && !t.has(m + 1, Tokens.CAP))) {
            return -1; // "May" alone is as often a name or a verb as the month; "in May" is the month
        }
        return e;
    }

    private static boolean monthPreposition(Tokens t, int k) {
        return t.is(k, "in") || t.is(k, "since") || t.is(k, "until") || t.is(k, "by") || t.is(k, "from")
                || t.is(k, "of") || t.is(k, "last") || t.is(k, "next") || t.is(k, "this") || t.is(k, "through")
                || t.is(k, "till") || t.is(k, "before") || t.is(k, "after") || t.is(k, "during");
    }

    private static int weekday(Tokens t, int e) {
        if (t.is(e, "at") && (t.is(e + 1, "noon") || t.is(e + 1, "midnight") || t.is(e + 1, "dawn"))) {
            return e + 2;
        }
        if (t.is(e, "morning") || t.is(e, "afternoon") || t.is(e, "evening") || t.is(e, "night")) {
            return e + 1;
        }
        if (t.isPunct(e, ',') && isMonth(t, e + 1)) {
            return month(t, e - 1, e + 1) > 0 ? month(t, e - 1, e + 1) : e;
        }
        return e;
    }

    static boolean isYear(Tokens t, int k) {
        if (!t.has(k, Tokens.NUM) || t.length(k) != 4) {
            return false;
        }
        char a = t.firstChar(k);
        char b = t.text.charAt(t.start[k] + 1);
        boolean plausible = (a == '1' && (b == '8' || b == '9')) || (a == '2' && b == '0');
        // a year is not followed by a counted noun ("2000 people") nor part of a longer number
        return plausible && !(t.isPunct(k + 1, ',') && t.touches(k + 1) && t.has(k + 2, Tokens.NUM) && t.touches(k + 2));
    }

    static boolean isMonth(Tokens t, int k) {
        if (!t.has(k, Tokens.CAP)) {
            return false;
        }
        return switch (t.str(k)) {
            case "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                    "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
                    "Nov", "Dec" -> t.length(k) > 3 || t.isPunct(k + 1, '.') || t.has(k + 1, Tokens.NUM);
            default -> false;
        };
    }

    static boolean isWeekday(Tokens t, int k) {
        if (!t.has(k, Tokens.CAP)) {
            return false;
        }
        return switch (t.str(k)) {
            case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" -> true;
            default -> false;
        };
    }

    private static boolean isUnit(Tokens t, int k, boolean plural) {
        if (!t.has(k, Tokens.LOWER)) {
            return false;
        }
        return switch (t.str(k)) {
            case "day", "week", "month", "year", "decade", "weekend", "century", "summer", "winter", "spring",
                    "autumn", "quarter", "season" -> true;
            case "days", "weeks", "months", "years", "decades", "centuries" -> plural;
            default -> false;
        };
    }

    static boolean isAmount(Tokens t, int k) {
        if (t.has(k, Tokens.NUM)) {
            return t.length(k) <= 4;
        }
        if (!t.has(k, Tokens.LOWER)) {
            return false;
        }
        return switch (t.str(k)) {
            case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                    "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "several", "few", "many" -> true;
            default -> false;
        };
    }

    private static String lower(Tokens t, int k) {
        if (t.length(k) > 10) {
            return "";
        }
        String s = t.str(k);
        return (t.flags[k] & Tokens.CAP) != 0 ? s.toLowerCase(java.util.Locale.ROOT) : s;
    }
}
