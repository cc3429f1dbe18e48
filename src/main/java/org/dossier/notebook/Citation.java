package org.dossier.notebook;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A bookmark's source written as an analyst pastes it into a report, in the order of the common
 * note styles (Chicago): author, “title,” publication, date, the page a PDF passage starts on,
 * where to find it, and when it was bookmarked. Parts the article does not state are left out rather than written as "n.d.":
 * <pre>Anne Barnard, “Russia, US prepared to announce joint ceasefire,” AP, 8 July 2017,
 * https://apnews.com/…. Bookmarked 2 December 2026.</pre>
 * Stateless; thread-safe.
 */
public final class Citation {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Citation() {
    }

    /** The citation of {@code b}, its bookmarking date taken in {@code zone}. */
    public static String of(Bookmark b, ZoneId zone) {
        ArticleRef a = b.article();
        List<String> parts = new ArrayList<>();
        if (!a.author().isBlank()) {
            parts.add(a.author().strip());
        }
        // The title's comma goes inside its closing quote, so no separator follows it.
        parts.add("“" + a.title().strip() + ",”");
        if (!a.source().isBlank()) {
            parts.add(a.source().strip());
        }
        if (a.date() != null) {
            parts.add(DATE.format(a.date()));
        }
        if (b.position().page() > 0) {
            parts.add(b.position().pageLabel());
        }
        parts.add(location(a));
        StringBuilder s = new StringBuilder();
        for (String part : parts) {
            if (!s.isEmpty()) {
                s.append(s.charAt(s.length() - 1) == '”' ? " " : ", ");
            }
            s.append(part);
        }
        return s.append(". Bookmarked ").append(DATE.format(b.created().atZone(zone).toLocalDate())).append('.').toString();
    }

    /** The URL it was saved from, else the file it was read from, else its id in the library. */
    static String location(ArticleRef a) {
        if (!a.url().isBlank()) {
            return a.url().strip();
        }
        if (!a.file().isBlank()) {
            return a.file();
        }
        return a.id();
    }
}
