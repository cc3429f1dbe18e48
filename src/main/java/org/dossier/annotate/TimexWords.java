package org.dossier.annotate;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

/**
 * The English words date values are made of: months, weekdays, number words, calendar units, seasons,
 * parts of the day. Lower-case keys; immutable, shared.
 */
final class TimexWords {
    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
            "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
            "sunday", DayOfWeek.SUNDAY);

    /** Number words; "a"/"an" count one ("a week"). */
    static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("hundred", 100), Map.entry("dozen", 12), Map.entry("couple", 2));

    /** Amounts TimeML writes as {@code X}: "several days" is {@code PXD}. */
    static final List<String> VAGUE_AMOUNTS = List.of("several", "few", "many", "some", "numerous");

    static final Map<String, Integer> ORDINALS = Map.of(
            "first", 1, "1st", 1, "second", 2, "2nd", 2, "third", 3, "3rd", 3, "fourth", 4, "4th", 4);

    /** TIMEX3 season codes. */
    static final Map<String, String> SEASONS = Map.of(
            "spring", "SP", "summer", "SU", "fall", "FA", "autumn", "FA", "winter", "WI");

    /** TIMEX3 parts of the day. */
    static final Map<String, String> PARTS_OF_DAY = Map.of(
            "morning", "MO", "afternoon", "AF", "evening", "EV", "night", "NI", "tonight", "NI",
            "overnight", "NI");

    /** Calendar units, singular, to their TIMEX3 duration letter ("T" prefix for clock units). */
    static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("year", "Y"), Map.entry("month", "M"), Map.entry("week", "W"), Map.entry("day", "D"),
            Map.entry("decade", "DE"), Map.entry("century", "CE"), Map.entry("quarter", "Q"),
            Map.entry("weekend", "WE"), Map.entry("hour", "TH"), Map.entry("minute", "TM"),
            Map.entry("second", "TS"), Map.entry("fortnight", "2W"), Map.entry("season", "SEASON"));

    private TimexWords() {
    }

    /** The singular unit of a unit word ("years" → "year", "centuries" → "century"), or null. */
    static String unit(String word) {
        if (UNITS.containsKey(word)) {
            return word;
        }
        if (word.endsWith("ies") && UNITS.containsKey(word.substring(0, word.length() - 3) + "y")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("s") && UNITS.containsKey(word.substring(0, word.length() - 1))) {
            return word.substring(0, word.length() - 1);
        }
        return null;
    }

    /** Whether the unit word is plural ("days"). */
    static boolean plural(String word) {
        return !UNITS.containsKey(word) && unit(word) != null;
    }
}
