package org.dossier.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

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
        TimexAnaphora.Anchor anchor = null;
        for (Mention m : mentions) {
            String v = null;
            if (m.type() == EntityType.DATE) {
                v = value(text, m, reference, anchor);
                TimexAnaphora.Anchor a = TimexAnaphora.anchorOf(v);
                anchor = a != null ? a : anchor;
            }
            out.add(v);
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The value of one DATE mention taken alone, or {@code null}: as in {@link #values}, but a
     * mention that counts from an earlier date ("that day", "two days later") has none to count from.
     */
    public static String value(String text, Mention mention, LocalDate reference) {
        return value(text, mention, reference, null);
    }

    private static String value(String text, Mention mention, LocalDate reference, TimexAnaphora.Anchor anchor) {
        String s = mention.text().strip();
        if (isIso(s)) {
            return s;
        }
        Supplier<TimexTense.Tense> tense = () -> TimexTense.around(text, mention.start(), mention.end());
        List<String> words = TimexTokens.of(s);
        String before = text.substring(Math.max(0, mention.start() - 5), mention.start());
        String leaning = TimexAnaphora.value(words, before, anchor, tense);
        if (leaning != null) {
            return leaning.equals(TimexAnaphora.NO_VALUE) ? null : leaning;
        }
        return new TimexRules(reference, tense).value(words);
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
