package org.dossier.article.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dossier.base.Datelines;

/**
 * Dates and times as pages write them in their metadata — ISO 8601 in its many spellings
 * ({@code 2017-11-16T14:15+0000}, {@code 2019-01-03T07:00:02.000Z}, {@code 20171116}), RFC 1123, or
 * a written date — turned into ISO-8601 text as precise as given, and into the date as written.
 * Stateless; thread-safe.
 */
final class IsoDates {
    /** Date, optional time (seconds and fractions optional), optional offset or zone letter. */
    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})-?(\\d{2})-?(\\d{2})"
            + "(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** /2017/11/16/, /2017-11-16-slug, /20171116/: year, month and day with one kind of separator or none. */
    private static final Pattern URL_DATE = Pattern.compile("(?:/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?=/|$))"
            + "|(?:[/_-]((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?=[/_.-]|$))|(?:/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=[/_.-]|$))");

    private IsoDates() {
    }

    /** A value parsed: the ISO text and the day as written. */
    record Value(String iso, LocalDate day) {
    }

    /** The value of a metadata date, or null when it is not one. */
    static Value parse(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 80) {
            return null;
        }
        String s = raw.strip();
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            try {
                LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                if (m.group(4) == null) {
                    return plausible(new Value(day.toString(), day));
                }
                LocalDateTime time = day.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                String zone = m.group(7);
                if (zone == null) {
                    return plausible(new Value(time.toString(), day));
                }
                return plausible(new Value(OffsetDateTime.of(time, offset(zone)).toString(), day));
            } catch (DateTimeException | NumberFormatException e) {
                return null;
            }
        }
        try {
            ZonedDateTime z = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ENGLISH));
            return plausible(new Value(z.toOffsetDateTime().toString(), z.toLocalDate()));
        } catch (DateTimeException e) {
            // not RFC 1123 either: a written date, perhaps
        }
        LocalDate written = Datelines.find(s);
        return written == null ? null : plausible(new Value(written.toString(), written));
    }

    /** A date in a page's address ({@code /2017/11/16/}, {@code /2017-11-16-}, {@code /20171116/}), or null. */
    static Value fromUrl(String url) {
        if (url == null || url.isEmpty()) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : m.group(4) != null ? 4 : 7;
            try {
                LocalDate day = LocalDate.of(Integer.parseInt(m.group(g)), Integer.parseInt(m.group(g + 1)),
                        Integer.parseInt(m.group(g + 2)));
                Value v = plausible(new Value(day.toString(), day));
                if (v != null) {
                    return v;
                }
            } catch (DateTimeException e) {
                // 2017/02/31: not a date, look further
            }
        }
        return null;
    }

    private static ZoneOffset offset(String zone) {
        String z = zone.toUpperCase(Locale.ROOT);
        if (z.equals("Z") || z.equals("UTC") || z.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        String digits = z.replace(":", "");
        int hours = Integer.parseInt(digits.substring(1, 3));
        int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        return ZoneOffset.ofHoursMinutes(digits.charAt(0) == '-' ? -hours : hours,
                digits.charAt(0) == '-' ? -minutes : minutes);
    }

    /** Years a news page can have been published in; "0001-01-01" placeholders are not dates. */
    private static Value plausible(Value v) {
        int year = v.day().getYear();
        return year >= 1990 && year <= 2100 ? v : null;
    }
}
