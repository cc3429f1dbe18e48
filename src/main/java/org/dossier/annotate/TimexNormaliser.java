package org.dossier.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The normalised value of each DATE mention in TimeML TIMEX3 form ({@code 2017-07-09},
 * {@code 2017-07}, {@code 2017}, {@code 2017-W27}, {@code 2016-Q1}, {@code 2017-SU}, {@code 199},
 * {@code 2017-07-09TMO}, {@code 2017-07-09T12:00}, {@code P3D}, {@code PT2H}, {@code PRESENT_REF}),
 * resolved against a reference date (the article's own date, see {@link #reference}). This is the
 * one entry point the rest of Dossier uses; values are computed on request, never while annotating.
 * Stateless and thread-safe.
 *
 * <p>Relative dates count from the reference ("last year", "three days ago", "next month");
 * a weekday, a month or a season named alone takes the direction of its clause's tense ("said
 * Friday" is the Friday before, "will meet Sunday" the Sunday after; the reference's own weekday is
 * the reference); a day and month without a year take the year that puts them nearest the reference.
 */
public final class TimexNormaliser {
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
        if (isIso(s)) {
            return s;
        }
        TimexRules rules = new TimexRules(reference, () -> TimexTense.around(text, mention.start(), mention.end()));
        return rules.value(TimexTokens.of(s));
    }

    /**
     * The date the article's relative dates count from: the date of its dateline (a short first line
     * such as "WASHINGTON, August 11 (Xinhua) --" or "Posted July 08, 2017"; a dateline without a year
     * takes the year that puts it nearest {@code articleDate}), else {@code articleDate} (its
     * metadata date, or the date the user gave); {@code null} when neither is known.
     */
    public static LocalDate reference(String text, LocalDate articleDate) {
        LocalDate dateline = TimexDateline.of(text, articleDate);
        return dateline != null ? dateline : articleDate;
    }

    /** {@code 2017-07-09} or {@code 2017-07}, as written. */
    private static boolean isIso(String s) {
        if (s.length() != 10 && s.length() != 7) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean dash = i == 4 || i == 7;
            if (dash ? c != '-' : !Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }
}
