package org.dossier.annotate;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The normalised value of each DATE mention in TimeML TIMEX3 form ({@code 2017-07-09},
 * {@code 2017-07}, {@code 2017}, {@code 2017-W27}, {@code 2016-Q1}, {@code P3D}, {@code PRESENT_REF}),
 * resolved against a reference date (the article's own date). This is the one entry point the
 * rest of Dossier uses; stateless and thread-safe.
 *
 * <p>This first version resolves only explicit calendar dates (ISO dates, "9 July 2017",
 * "July 9, 2017", "July 2017", a bare year); relative and partial dates are left without a value.
 */
public final class TimexNormaliser {
    private static final Map<String, Integer> MONTHS = monthNames();
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)\\.?,?\\s+(\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\p{L}+)\\.?,?\\s+(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(1[5-9]\\d\\d|20\\d\\d)");

    private TimexNormaliser() {
    }

    /**
     * The value of each mention, index-aligned with {@code mentions}: {@code null} for a mention
     * that is not a DATE or whose value cannot be worked out.
     *
     * @param text      the article's plain text the mentions' offsets refer to
     * @param reference the article's own date, or {@code null} when it has none (relative dates then
     *                  get no value)
     */
    public static List<String> values(String text, List<Mention> mentions, LocalDate reference) {
        List<String> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            out.add(m.type() == EntityType.DATE ? value(text, m, reference) : null);
        }
        return Collections.unmodifiableList(out);
    }

    /** The value of one DATE mention, or {@code null}; see {@link #values}. */
    public static String value(String text, Mention mention, LocalDate reference) {
        String s = mention.text().strip();
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            return s;
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.matches() && MONTHS.containsKey(lower(m.group(2)))) {
            return day(m.group(3), MONTHS.get(lower(m.group(2))), m.group(1));
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.matches() && MONTHS.containsKey(lower(m.group(1)))) {
            return day(m.group(3), MONTHS.get(lower(m.group(1))), m.group(2));
        }
        m = MONTH_YEAR.matcher(s);
        if (m.matches() && MONTHS.containsKey(lower(m.group(1)))) {
            return String.format(Locale.ROOT, "%s-%02d", m.group(2), MONTHS.get(lower(m.group(1))));
        }
        if (YEAR.matcher(s).matches()) {
            return s;
        }
        return null;
    }

    private static String day(String year, int month, String day) {
        int d = Integer.parseInt(day);
        return d < 1 || d > 31 ? null : String.format(Locale.ROOT, "%s-%02d-%02d", year, month, d);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static Map<String, Integer> monthNames() {
        Map<String, Integer> names = new HashMap<>();
        for (Month month : Month.values()) {
            names.put(lower(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH)), month.getValue());
            names.put(lower(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)), month.getValue());
        }
        names.put("sept", 9);
        return names;
    }
}
