package org.dossier.base;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as articles state them: datelines ("Posted July 08, 2017", "8 July 2017",
 * "2017-07-08") and machine-readable values from HTML metadata (ISO 8601 dates and date-times).
 */
public final class Datelines {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH =
            "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    /** A dateline is a short line; a date in the middle of a long paragraph is not the article's. */
    public static final int MAX_DATELINE_CHARS = 80;

    private Datelines() {
    }

    /** The date of a short dateline such as "Posted July 08, 2017", or null. */
    public static LocalDate dateline(String line) {
        if (line.length() > MAX_DATELINE_CHARS) {
            return null;
        }
        return find(line);
    }

    /** The first date written in {@code s} in a common form, or null. */
    public static LocalDate find(String s) {
        Matcher m = MONTH_DAY_YEAR.matcher(s);
        if (m.find()) {
            return date(m.group(3), MONTHS.get(m.group(1).substring(0, 3).toLowerCase(Locale.ROOT)), m.group(2));
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.find()) {
            return date(m.group(3), MONTHS.get(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT)), m.group(1));
        }
        m = ISO.matcher(s);
        if (m.find()) {
            return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        return null;
    }

    /** A metadata value: an ISO date or date-time (the date as written, not shifted), or a dateline. */
    public static LocalDate metadata(String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException e) {
            // not an offset date-time; try the other forms
        }
        try {
            return ZonedDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException e) {
            // fall through
        }
        return find(v);
    }

    private static LocalDate date(String year, Integer month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
