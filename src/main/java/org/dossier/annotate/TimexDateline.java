package org.dossier.annotate;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date of an article's dateline: its first non-blank line when short ("WASHINGTON, August 11
 * (Xinhua) --", "Posted July 08, 2017", "LONGYEAR, Norway 1996-08-30"). Wire copy often gives month
 * and day only; the year is then the one nearest the article's date. Stateless.
 */
final class TimexDateline {
    /** A dateline is a short line; a date in the middle of a long paragraph is not the article's. */
    static final int MAX_CHARS = 80;
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "(?:,?\\s+(\\d{4})\\b)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    private TimexDateline() {
    }

    /** The dateline's date, or null when the text opens with none (or gives no year and none is known). */
    static LocalDate of(String text, LocalDate articleDate) {
        String line = firstLine(text);
        if (line == null || line.length() > MAX_CHARS) {
            return null;
        }
        Matcher m = ISO.matcher(line);
        if (m.find()) {
            return TimexCalendar.safeDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        }
        m = MONTH_DAY.matcher(line);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3), articleDate);
        }
        m = DAY_MONTH.matcher(line);
        if (m.find()) {
            return date(m.group(2), m.group(1), m.group(3), articleDate);
        }
        return null;
    }

    private static LocalDate date(String monthName, String day, String year, LocalDate articleDate) {
        List<String> words = TimexTokens.of(monthName);
        Integer month = words.isEmpty() ? null : TimexWords.MONTHS.get(words.get(0).toLowerCase(Locale.ROOT));
        if (month == null) {
            return null;
        }
        int d = Integer.parseInt(day);
        if (year != null) {
            return TimexCalendar.safeDate(Integer.parseInt(year), month, d);
        }
        if (articleDate == null) {
            return null;
        }
        return TimexCalendar.safeDate(TimexCalendar.nearestYear(articleDate, month, d), month, d);
    }

    private static String firstLine(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return null;
        }
        int end = text.indexOf('\n', i);
        return text.substring(i, end < 0 ? n : end).strip();
    }
}
