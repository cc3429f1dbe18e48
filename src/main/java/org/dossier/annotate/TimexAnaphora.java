package org.dossier.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Dates that count from a date the text named before rather than from the article's own date:
 * "that day", "later that year", "the same week", "two days later", "the following week", "the
 * next morning", and the second day of "April 24 and 25". News tells a story in order, so the
 * date they lean on is the nearest one before them (the way TimeML annotators and rule taggers
 * such as HeidelTime read narrative text); "last week" or "next month" stay with the article's
 * date. Stateless.
 */
final class TimexAnaphora {
    /** How exactly a value names its time: a year, a month, a day. */
    enum Precision { YEAR, MONTH, DAY }

    /** The date a value starts on, and how exactly it names it. */
    record Anchor(LocalDate date, Precision precision) {
    }

    /** Returned by {@link #value} for a mention that leans on a date it cannot find. */
    static final String NO_VALUE = "";

    private static final Set<String> SHIFT_WORDS = Set.of("later", "earlier");
    private static final Set<String> SEQUENCE_WORDS = Set.of("following", "previous", "preceding");
    private static final Set<String> DAY_UNITS = Set.of("day", "morning", "afternoon", "evening", "night",
            "week", "weekend");

    private TimexAnaphora() {
    }

    /** The anchor a calendar value gives ({@code 1998}, {@code 1998-06}, {@code 1998-06-12…}), or null. */
    static Anchor anchorOf(String value) {
        if (value == null || value.length() < 4 || !digits(value, 0, 4)) {
            return null;
        }
        int year = Integer.parseInt(value.substring(0, 4));
        if (value.length() == 4) {
            return new Anchor(LocalDate.of(year, 1, 1), Precision.YEAR);
        }
        if (value.length() < 7 || value.charAt(4) != '-' || !digits(value, 5, 7)) {
            return null;
        }
        int month = Integer.parseInt(value.substring(5, 7));
        if (month < 1 || month > 12) {
            return null;
        }
        if (value.length() == 7) {
            return new Anchor(LocalDate.of(year, month, 1), Precision.MONTH);
        }
        if (value.length() < 10 || value.charAt(7) != '-' || !digits(value, 8, 10)
                || value.length() > 10 && value.charAt(10) != 'T') {
            return null;
        }
        LocalDate d = TimexCalendar.safeDate(year, month, Integer.parseInt(value.substring(8, 10)));
        return d == null ? null : new Anchor(d, Precision.DAY);
    }

    /**
     * The value of a mention that leans on the date before it, or {@code null} when it does not lean
     * on one (then the article's date decides, as for any date).
     *
     * @param words  the mention's words ({@link TimexTokens})
     * @param before the text just before the mention (for "the" in "the next morning")
     * @param anchor the nearest date named before the mention, or null
     * @param tense  the clause's tense, for the rules
     * @return the value; {@link #NO_VALUE} when the mention needs an anchor it has not got
     */
    static String value(List<String> words, String before, Anchor anchor,
            Supplier<TimexTense.Tense> tense) {
        Kind kind = kind(words, before);
        if (kind == Kind.NONE) {
            return null;
        }
        if (kind == Kind.DAY_NUMBER) {
            if (anchor == null || anchor.precision() != Precision.DAY) {
                return NO_VALUE;
            }
            LocalDate d = TimexCalendar.safeDate(anchor.date().getYear(), anchor.date().getMonthValue(),
                    Integer.parseInt(words.get(0)));
            return d == null ? NO_VALUE : TimexCalendar.day(d);
        }
        Precision needed = needed(words);
        if (anchor == null || anchor.precision().compareTo(needed) < 0) {
            if (kind == Kind.SAME && anchor != null && anchor.precision() == Precision.MONTH
                    && needed == Precision.DAY && words.contains("day")) {
                // "that same day" after "in October 1998": a day of that month
                return TimexCalendar.month(anchor.date().getYear(), anchor.date().getMonthValue()) + "-XX";
            }
            return kind == Kind.SAME ? NO_VALUE : null;
        }
        List<String> w = new ArrayList<>(words);
        if (w.contains("that")) {
            w.remove("same"); // "that same day" is "that day"
        }
        String v = new TimexRules(anchor.date(), tense).value(w);
        return v == null ? NO_VALUE : v;
    }

    private enum Kind { NONE, SAME, SEQUENCE, DAY_NUMBER }

    private static Kind kind(List<String> words, String before) {
        if (words.isEmpty()) {
            return Kind.NONE;
        }
        if (words.size() == 1 && digits(words.get(0), 0, words.get(0).length()) && words.get(0).length() <= 2) {
            return Kind.DAY_NUMBER;
        }
        if (words.contains("that") || words.get(0).equals("same")) {
            return Kind.SAME;
        }
        String last = words.get(words.size() - 1);
        if (SHIFT_WORDS.contains(last) && words.size() >= 2
                && TimexWords.unit(words.get(words.size() - 2)) != null) {
            return Kind.SEQUENCE; // "two days later"
        }
        String first = words.get(0);
        if (SEQUENCE_WORDS.contains(first) && words.size() == 2 && !TimexWords.plural(words.get(1))) {
            return Kind.SEQUENCE; // "the following week"
        }
        if (first.equals("next") && words.size() == 2 && DAY_UNITS.contains(words.get(1))
                && !words.get(1).startsWith("week") && endsWithThe(before)) {
            return Kind.SEQUENCE; // "the next day", "the next morning"; "next week" is the article's
        }
        return Kind.NONE;
    }

    private static Precision needed(List<String> words) {
        for (String w : words) {
            if (DAY_UNITS.contains(w) || w.equals("days") || w.equals("weeks")) {
                return Precision.DAY;
            }
            if (w.equals("month") || w.equals("months")) {
                return Precision.MONTH;
            }
        }
        return Precision.YEAR;
    }

    private static boolean endsWithThe(String before) {
        int i = before.length();
        while (i > 0 && Character.isWhitespace(before.charAt(i - 1))) {
            i--;
        }
        return i >= 3 && before.regionMatches(true, i - 3, "the", 0, 3)
                && (i == 3 || !Character.isLetter(before.charAt(i - 4)));
    }

    private static boolean digits(String s, int from, int to) {
        if (to > s.length() || from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
