package org.dossier.article;

import org.dossier.base.Datelines;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates feeds and mail headers write: RFC 822 in RSS and e-mail ({@code Wed, 02 Oct 2002 13:00:00 GMT}, with the usual
 * liberties — two-digit years, no seconds, no weekday, zone names such as EST) and ISO 8601 / RFC 3339
 * in Atom and Dublin Core ({@code 2003-12-13T18:30:02Z}, {@code 2003-12-13}). The date is the one
 * written, not shifted to UTC, as for saved pages. Stateless.
 */
public final class Timestamps {
    private static final Pattern RFC822 = Pattern.compile(
            "(?:[A-Za-z]{2,9},?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3,9})\\.?[\\s-]+(\\d{2,4})"
                    + "(?:[\\sT]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?)?\\s*([A-Za-z]{1,5}|[+-]\\d{2}:?\\d{2})?.*");
    private static final Pattern W3C_DTF = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("GMT", 0), Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("Z", 0),
            Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6), Map.entry("CDT", -5),
            Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7),
            Map.entry("BST", 1), Map.entry("CET", 1), Map.entry("CEST", 2));

    /** A date and, when the value had one, its ISO-8601 time ("2002-10-02T13:00Z"); "" time when only a day. */
    public record Stamp(LocalDate date, String iso) {
    }

    private Timestamps() {
    }

    /** The date a feed value states, or null when it states none that can be read. */
    public static Stamp parse(String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return null;
        }
        if (!v.isEmpty() && Character.isDigit(v.charAt(0)) && v.length() >= 10 && v.charAt(4) == '-') {
            Stamp iso = iso(v);
            if (iso != null) {
                return iso;
            }
        }
        Stamp rfc = rfc822(v);
        if (rfc != null) {
            return rfc;
        }
        LocalDate d = Datelines.metadata(v);
        return d == null ? null : new Stamp(d, d.toString());
    }

    private static Stamp iso(String v) {
        try {
            OffsetDateTime t = OffsetDateTime.parse(v);
            return new Stamp(t.toLocalDate(), v);
        } catch (DateTimeException e) {
            // W3C-DTF also allows a time without seconds, or a date alone
        }
        Matcher m = W3C_DTF.matcher(v);
        if (!m.lookingAt()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return new Stamp(date, date.toString());
            }
            LocalDateTime time = date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return new Stamp(date, m.group(7) == null ? time.toString()
                    : time.atOffset(ZoneOffset.of(m.group(7).length() == 5 ? m.group(7).substring(0, 3) + ":" + m.group(7).substring(3) : m.group(7))).toString());
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static Stamp rfc822(String v) {
        Matcher m = RFC822.matcher(v);
        if (!m.matches()) {
            return null;
        }
        Integer month = MONTHS.get(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT));
        if (month == null) {
            return null;
        }
        try {
            int year = Integer.parseInt(m.group(3));
            if (m.group(3).length() == 2) {
                // RFC 822's two-digit years: 1950-2049, as mail readers read them.
                year += year < 50 ? 2000 : 1900;
            }
            LocalDate date = LocalDate.of(year, month, Integer.parseInt(m.group(1)));
            if (m.group(4) == null) {
                return new Stamp(date, date.toString());
            }
            LocalDateTime time = date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            ZoneOffset offset = offset(m.group(7));
            return new Stamp(date, offset == null ? time.toString() : time.atOffset(offset).toString());
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null) {
            return null;
        }
        if (zone.startsWith("+") || zone.startsWith("-")) {
            String digits = zone.replace(":", "");
            return ZoneOffset.ofHoursMinutes(Integer.parseInt(digits.substring(0, 3)),
                    (digits.charAt(0) == '-' ? -1 : 1) * Integer.parseInt(digits.substring(3, 5)));
        }
        Integer hours = ZONES.get(zone.toUpperCase(Locale.ROOT));
        return hours == null ? null : ZoneOffset.ofHours(hours);
    }
}
