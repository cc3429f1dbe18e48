package org.dossier.annotate;

import static org.dossier.annotate.TimexCalendar.day;
import static org.dossier.annotate.TimexCalendar.month;
import static org.dossier.annotate.TimexCalendar.year;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The TIMEX3 value of one date mention's words against a reference date: "ago" shifts, durations,
 * "last/next/this" units, deictic words, then the calendar slots (weekday, month, day, year,
 * decade, season, quarter, holiday, part of day, clock time) filled from the words and combined.
 * A guess is always preferred to no value when the words name a date. Stateless.
 */
final class TimexRules {
    /** Words that qualify a date without changing its TIMEX3 value (TimeML puts them in {@code mod}). */
    private static final Set<String> FILLERS = Set.of("the", "about", "around", "almost", "nearly", "some",
            "roughly", "approximately", "more", "than", "less", "least", "over", "under", "early", "late", "mid",
            "earlier", "later", "end", "beginning", "start", "middle", "of", "on", "in", "at", "by", "since",
            "until", "through", "during", "only", "just", "fully", "barely", "another", "and", "or",
            "its", "to", "from", "for", "within", "up", "as", "much", "long", "gmt", "utc", "est", "edt", "cst",
            "cdt", "pst", "pdt", "bst", "cet", "local", "time");
    private static final Set<String> PRESENT = Set.of("now", "currently", "present", "nowadays", "presently",
            "today");
    private static final Set<String> LAST = Set.of("last", "past", "previous", "preceding", "earlier");
    private static final Set<String> NEXT = Set.of("next", "coming", "following", "upcoming", "later");
    /** A last word that makes the amount before it a shift: "three days ago", "two years later". */
    private static final Set<String> SHIFTS = Set.of("ago", "before", "earlier", "later", "hence", "after");
    private static final Set<String> THIS = Set.of("this", "current", "that", "same");

    private final LocalDate ref;
    private final Supplier<TimexTense.Tense> tense;

    TimexRules(LocalDate ref, Supplier<TimexTense.Tense> tense) {
        this.ref = ref;
        this.tense = tense;
    }

    /** The value of the mention's words, or null. */
    String value(List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        String last = words.get(words.size() - 1);
        if (SHIFTS.contains(last)) {
            List<String> w = words.subList(0, words.size() - 1).stream().filter(x -> !FILLERS.contains(x)).toList();
            return shifted(w, last.equals("ago") || last.equals("before") || last.equals("earlier") ? -1 : 1);
        }
        List<String> w = words.stream().filter(x -> !FILLERS.contains(x)).toList();
        if (w.isEmpty()) {
            return null;
        }
        String first = w.get(0);
        if (w.size() == 1 && PRESENT.contains(first) && !first.equals("today")) {
            return "PRESENT_REF";
        }
        if (w.size() == 1 && (first.equals("future") || first.equals("soon"))) {
            return "FUTURE_REF";
        }
        if (w.size() == 1 && (first.equals("recently") || first.equals("past") || first.equals("formerly"))) {
            return "PAST_REF";
        }
        String duration = duration(w);
        if (duration != null) {
            return duration;
        }
        if (LAST.contains(first) || NEXT.contains(first) || THIS.contains(first) || first.equals("recent")) {
            return relative(first, w.subList(1, w.size()));
        }
        return calendar(w);
    }

    /** "three years ago" → the year three before the reference; "several years ago" → PAST_REF. */
    private String shifted(List<String> w, int sign) {
        if (ref == null || w.isEmpty()) {
            return sign < 0 ? "PAST_REF" : "FUTURE_REF";
        }
        String unit = TimexWords.unit(w.get(w.size() - 1));
        Integer n = amount(w.subList(0, w.size() - 1));
        if (unit == null) {
            return null;
        }
        if (n == null) {
            if (w.size() == 1 && !TimexWords.plural(w.get(0))) {
                n = 1; // "a day later" read as "day later"
            } else {
                return sign < 0 ? "PAST_REF" : "FUTURE_REF";
            }
        }
        long k = (long) sign * n;
        return switch (unit) {
            case "day" -> day(ref.plusDays(k));
            case "week" -> TimexCalendar.week(ref.plusWeeks(k));
            case "month" -> {
                LocalDate d = ref.plusMonths(k);
                yield month(d.getYear(), d.getMonthValue());
            }
            case "year" -> year(ref.getYear() + (int) k);
            case "decade" -> year(ref.getYear() + 10 * (int) k);
            case "century" -> TimexCalendar.century(ref.getYear() + 100 * (int) k);
            case "quarter" -> {
                LocalDate d = ref.plusMonths(3 * k);
                yield TimexCalendar.quarter(d.getYear(), TimexCalendar.quarterOf(d));
            }
            case "hour", "minute", "second" -> day(ref);
            default -> null;
        };
    }

    /** "two years" → P2Y, "several days" → PXD, "48 hours" → PT48H, "a week" → P1W; else null. */
    private static String duration(List<String> w) {
        String u = TimexWords.unit(w.get(w.size() - 1));
        if (u == null || u.equals("season")) {
            return null;
        }
        List<String> amountWords = w.subList(0, w.size() - 1);
        String n;
        if (amountWords.isEmpty()) {
            if (!TimexWords.plural(w.get(w.size() - 1))) {
                return null; // a bare "week" is no duration
            }
            n = "X";
        } else if (amountWords.size() == 1 && TimexWords.VAGUE_AMOUNTS.contains(amountWords.get(0))) {
            n = "X";
        } else {
            Integer k = amount(amountWords);
            if (k == null) {
                return null;
            }
            n = Integer.toString(k);
        }
        String letter = TimexWords.UNITS.get(u);
        if (letter.startsWith("T")) {
            return "PT" + n + letter.substring(1);
        }
        if (letter.equals("2W")) {
            return n.equals("X") ? "PXW" : "P" + 2 * Integer.parseInt(n) + "W";
        }
        return "P" + n + letter;
    }

    /** A cardinal in digits or words ("25", "twenty five", "a", "a couple"), or null. */
    static Integer amount(List<String> w) {
        if (w.isEmpty()) {
            return null;
        }
        int total = 0;
        for (String x : w) {
            if (x.equals("a") && w.size() > 1) {
                continue; // "a couple", "a dozen"
            }
            Integer k = TimexWords.NUMBERS.get(x);
            if (k == null && !x.isEmpty() && x.chars().allMatch(Character::isDigit) && x.length() <= 6) {
                k = Integer.parseInt(x);
            }
            if (k == null) {
                return null;
            }
            total = k == 100 && total > 0 ? total * 100 : total + k;
        }
        return total;
    }

    /** "last week", "next month", "this year", "last Tuesday", "next March", "last fall", "recent weeks". */
    private String relative(String word, List<String> rest) {
        int shift = LAST.contains(word) ? -1 : NEXT.contains(word) ? 1 : 0;
        if (rest.isEmpty()) {
            return null;
        }
        if (word.equals("recent")) {
            return "PAST_REF";
        }
        String head = rest.get(0);
        if (rest.size() == 1 && TimexWords.plural(head)) {
            return shift > 0 ? "FUTURE_REF" : "PAST_REF"; // "coming weeks", "past years"
        }
        if (ref == null) {
            return null;
        }
        String part = rest.size() > 1 ? TimexWords.PARTS_OF_DAY.get(rest.get(rest.size() - 1)) : null;
        String unit = TimexWords.unit(head);
        if (unit != null && !TimexWords.plural(head)) {
            String v = relativeUnit(unit, shift, word.equals("past"));
            return v != null && part != null && unit.equals("day") ? v + "T" + part : v;
        }
        DayOfWeek wd = TimexWords.WEEKDAYS.get(head);
        if (wd != null) {
            LocalDate d = shift < 0 ? ref.with(java.time.temporal.TemporalAdjusters.previous(wd))
                    : shift > 0 ? ref.with(java.time.temporal.TemporalAdjusters.next(wd))
                    : TimexCalendar.weekday(ref, wd, tense.get());
            // "last Friday night": a named day keeps day precision (see clockValue)
            return day(d);
        }
        Integer mon = TimexWords.MONTHS.get(head);
        if (mon != null && rest.size() > 1) {
            // "last Oct. 23": the date in the direction of the word
            TimexTense.Tense direction = shift < 0 ? TimexTense.Tense.PAST
                    : shift > 0 ? TimexTense.Tense.FUTURE : tense.get();
            return new TimexRules(ref, () -> direction).calendar(rest);
        }
        if (mon != null) {
            int y = ref.getYear();
            if (shift < 0) {
                y = mon < ref.getMonthValue() ? y : y - 1;
            } else if (shift > 0) {
                y = mon > ref.getMonthValue() ? y : y + 1;
            }
            return month(y, mon);
        }
        String season = TimexWords.SEASONS.get(head);
        if (season != null) {
            return TimexCalendar.season(ref, season, shift);
        }
        String pod = TimexWords.PARTS_OF_DAY.get(head);
        if (pod != null) {
            // "last night" is the evening before; "this morning" today's
            return day(shift < 0 && head.equals("night") ? ref.minusDays(1) : ref.plusDays(Math.max(shift, 0)))
                    + "T" + pod;
        }
        LocalDate h = holiday(rest, ref.getYear());
        if (h != null) {
            String name = String.join(" ", rest);
            int y = ref.getYear();
            if (shift < 0 && !h.isBefore(ref)) {
                y--;
            } else if (shift > 0 && !h.isAfter(ref)) {
                y++;
            }
            return day(TimexCalendar.holiday(name, y));
        }
        Integer amount = amount(rest.subList(0, rest.size() - 1));
        String u = TimexWords.unit(rest.get(rest.size() - 1));
        if (u != null && (amount != null || rest.size() == 2 && TimexWords.VAGUE_AMOUNTS.contains(head))) {
            return duration(rest); // "the past two weeks" → P2W
        }
        return calendar(rest);
    }

    private String relativeUnit(String unit, int shift, boolean past) {
        if (past && shift < 0) {
            String v = duration(List.of("one", unit));
            if (v != null) {
                return v; // "the past week" is the week up to now: P1W
            }
        }
        return switch (unit) {
            case "day" -> day(ref.plusDays(shift));
            case "week" -> TimexCalendar.week(ref.plusWeeks(shift));
            case "weekend" -> TimexCalendar.week(ref.plusWeeks(shift)) + "-WE";
            case "month" -> {
                LocalDate d = ref.plusMonths(shift);
                yield month(d.getYear(), d.getMonthValue());
            }
            case "year" -> year(ref.getYear() + shift);
            case "quarter" -> {
                LocalDate d = ref.plusMonths(3L * shift);
                yield TimexCalendar.quarter(d.getYear(), TimexCalendar.quarterOf(d));
            }
            case "decade" -> TimexCalendar.decade(ref.getYear() + 10 * shift);
            case "century" -> TimexCalendar.century(ref.getYear() + 100 * shift);
            case "season" -> TimexCalendar.season(ref, TimexCalendar.seasonOf(ref), shift);
            case "hour", "minute", "second" -> shift == 0 ? "PRESENT_REF" : day(ref);
            default -> null;
        };
    }

    private static LocalDate holiday(List<String> words, int year) {
        return words.isEmpty() ? null : TimexCalendar.holiday(String.join(" ", words), year);
    }

    /** "Christmas", "Thanksgiving Day 1999", "Election Day": in the year given, or the one nearest the reference. */
    private String holiday(List<String> w) {
        String lastWord = w.get(w.size() - 1);
        if (w.size() > 1 && (lastWord.equals("week") || lastWord.equals("weekend"))) {
            String day = holiday(w.subList(0, w.size() - 1));
            if (day == null || day.length() != 10) {
                return null;
            }
            String week = TimexCalendar.week(LocalDate.parse(day));
            return lastWord.equals("week") ? week : week + "-WE"; // "Easter week"
        }
        int year = 0;
        List<String> name = w;
        String last = w.get(w.size() - 1);
        if (last.length() == 4 && last.chars().allMatch(Character::isDigit)) {
            year = Integer.parseInt(last);
            name = w.subList(0, w.size() - 1);
        }
        if (holiday(name, 2000) == null) {
            return null;
        }
        String n = String.join(" ", name);
        if (year > 0) {
            return day(TimexCalendar.holiday(n, year));
        }
        if (ref == null) {
            return null;
        }
        // as a day and month without a year: the nearest one, or the tense's when it is far
        LocalDate here = TimexCalendar.holiday(n, ref.getYear());
        int y = TimexCalendar.yearOfDay(ref, here.getMonthValue(), here.getDayOfMonth(), tense.get());
        return day(TimexCalendar.holiday(n, y));
    }

    /** The calendar slots filled from the words, combined into the most specific value they give. */
    private String calendar(List<String> w) {
        String holiday = holiday(w);
        if (holiday != null) {
            return holiday;
        }
        Slots s = new Slots();
        for (int i = 0; i < w.size(); i++) {
            if (!s.read(w, i)) {
                return null;
            }
        }
        return s.value();
    }

    /** The calendar facts one mention names. */
    private final class Slots {
        DayOfWeek weekday;
        int month;
        int day;
        int year;
        int decade = -1;
        String season;
        int quarter;
        int half;
        String part;
        String clock;
        String deictic;
        boolean pm;
        boolean am;
        boolean skipNext;

        boolean read(List<String> w, int i) {
            if (skipNext) {
                skipNext = false;
                return true;
            }
            String x = w.get(i);
            String next = i + 1 < w.size() ? w.get(i + 1) : "";
            if (TimexWords.WEEKDAYS.containsKey(x)) {
                weekday = TimexWords.WEEKDAYS.get(x);
            } else if (TimexWords.MONTHS.containsKey(x) && (month == 0 || !x.equals("may"))) {
                month = TimexWords.MONTHS.get(x);
            } else if (TimexWords.SEASONS.containsKey(x)) {
                season = TimexWords.SEASONS.get(x);
            } else if (TimexWords.PARTS_OF_DAY.containsKey(x)) {
                part = TimexWords.PARTS_OF_DAY.get(x);
                if (x.equals("tonight")) {
                    deictic = "today";
                }
            } else if (x.equals("today") || x.equals("yesterday") || x.equals("tomorrow")) {
                deictic = x;
            } else if (x.equals("noon") || x.equals("midday")) {
                clock = "12:00";
            } else if (x.equals("midnight")) {
                clock = "24:00";
            } else if (x.equals("am") || x.equals("pm")) {
                am |= x.equals("am");
                pm |= x.equals("pm");
            } else if (TimexWords.ORDINALS.containsKey(x) && (next.equals("quarter") || next.equals("half"))) {
                if (next.equals("quarter")) {
                    quarter = TimexWords.ORDINALS.get(x);
                } else {
                    half = TimexWords.ORDINALS.get(x);
                }
                skipNext = true;
            } else if (x.length() == 2 && x.charAt(0) == 'q' && x.charAt(1) >= '1' && x.charAt(1) <= '4') {
                quarter = x.charAt(1) - '0';
            } else if (x.equals("day") || x.equals("eve") || x.equals("new") || x.equals("year")
                    || x.equals("years") || x.equals("fiscal")) {
                // parts of holiday names and "the year 2000", "fiscal 1999"
            } else if (!number(x)) {
                return false;
            }
            return true;
        }

        private boolean number(String x) {
            String digits = x.startsWith("'") ? x.substring(1) : x;
            int end = 0;
            while (end < digits.length() && Character.isDigit(digits.charAt(end))) {
                end++;
            }
            if (end == 0) {
                return false;
            }
            String suffix = digits.substring(end);
            String num = digits.substring(0, end);
            if (digits.contains(":")) {
                int colon = digits.indexOf(':');
                String h = digits.substring(0, colon);
                String m = digits.substring(colon + 1, Math.min(digits.length(), colon + 3));
                clock = String.format(Locale.ROOT, "%02d:%s", Integer.parseInt(h), m);
                String rest = digits.substring(Math.min(digits.length(), colon + 3));
                am |= rest.equals("am");
                pm |= rest.equals("pm");
                return true;
            }
            if (suffix.equals("s")) {
                int v = Integer.parseInt(num);
                if (num.length() == 4) {
                    decade = v / 10;
                    return true;
                }
                if (num.length() == 2) {
                    int century = ref != null && v <= ref.getYear() % 100 ? ref.getYear() / 100 : 19;
                    if (ref == null) {
                        century = 19;
                    }
                    decade = century * 10 + v / 10;
                    return true;
                }
                return false;
            }
            if (suffix.equals("am") || suffix.equals("pm")) {
                clock = String.format(Locale.ROOT, "%02d:00", Integer.parseInt(num));
                am |= suffix.equals("am");
                pm |= suffix.equals("pm");
                return true;
            }
            if (!suffix.isEmpty() && !suffix.equals("th") && !suffix.equals("st") && !suffix.equals("nd")
                    && !suffix.equals("rd")) {
                return false;
            }
            int v = Integer.parseInt(num);
            if (num.length() == 4 && suffix.isEmpty()) {
                year = v;
            } else if (num.length() <= 2 && v >= 1 && v <= 31 && day == 0) {
                day = v;
            } else {
                return false;
            }
            return true;
        }

        /** A bare number before "am"/"pm" is the hour, not a day. */
        private String clockValue() {
            String c = clock;
            if (c == null && (am || pm) && day > 0 && day <= 12) {
                c = String.format(Locale.ROOT, "%02d:00", day);
                day = 0;
            }
            if (c == null) {
                // A part of day qualifying a named day ("Thursday night", "March 3 morning") leaves the
                // day's value, as TimeML news annotation mostly does (decision 0110); it stays on the
                // deictic words that name no day themselves ("tonight", "this morning", "last night").
                boolean namedDay = weekday != null || day > 0;
                return part == null || namedDay ? "" : "T" + part;
            }
            int h = Integer.parseInt(c.substring(0, 2));
            if (pm && h < 12) {
                h += 12;
            } else if (am && h == 12) {
                h = 0;
            }
            return String.format(Locale.ROOT, "T%02d%s", h, c.substring(2));
        }

        String value() {
            String t = clockValue();
            if (decade >= 0) {
                return String.format(Locale.ROOT, "%03d", decade);
            }
            if (quarter > 0) {
                return TimexCalendar.quarter(year > 0 ? year : quarterYear(quarter), quarter);
            }
            if (half > 0) {
                return year(year > 0 ? year : ref == null ? 0 : ref.getYear()) + "-H" + half;
            }
            if (season != null) {
                if (year > 0) {
                    return year(year) + "-" + season;
                }
                return ref == null ? null : TimexCalendar.season(ref, season, tense.get());
            }
            if (month > 0 && day > 0) {
                int y = year > 0 ? year : ref == null ? 0 : TimexCalendar.yearOfDay(ref, month, day, tense.get());
                if (y == 0 || TimexCalendar.safeDate(y, month, day) == null) {
                    return null;
                }
                return day(LocalDate.of(y, month, day)) + t;
            }
            if (month > 0) {
                if (year > 0) {
                    return month(year, month);
                }
                return ref == null ? null : month(TimexCalendar.yearOfMonth(ref, month, tense.get()), month);
            }
            if (year > 0) {
                return year(year);
            }
            if (ref == null) {
                return null;
            }
            if (deictic != null) {
                LocalDate d = switch (deictic) {
                    case "yesterday" -> ref.minusDays(1);
                    case "tomorrow" -> ref.plusDays(1);
                    default -> ref;
                };
                return day(d) + t;
            }
            if (weekday != null) {
                return day(TimexCalendar.weekday(ref, weekday, tense.get())) + t;
            }
            if (!t.isEmpty() && clock != null) {
                return day(ref) + t;
            }
            return null;
        }

        private int quarterYear(int q) {
            if (ref == null) {
                return 0;
            }
            int now = TimexCalendar.quarterOf(ref);
            TimexTense.Tense tn = tense.get();
            if (q > now && tn == TimexTense.Tense.PAST) {
                return ref.getYear() - 1;
            }
            return ref.getYear();
        }
    }
}
