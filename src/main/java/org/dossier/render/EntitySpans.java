package org.dossier.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dossier.annotate.EntityIndex;
import org.dossier.annotate.Mention;
import org.dossier.annotate.WatchList;

/**
 * Turns entity mentions into highlight spans: a {@code <mark>} with the type's class, the entity id
 * and, on hover, the type, the canonical name and why it was found, in words. Mentions of hidden types are
 * left out; watched entities get an extra class. Stateless.
 */
public final class EntitySpans {
    private EntitySpans() {
    }

    public static List<Span> of(List<Mention> mentions, Set<String> hiddenTypes, Set<String> watchedIds) {
        return of(mentions, hiddenTypes, watchedIds, Integer.MAX_VALUE);
    }

    /**
     * The spans of the first {@code max} shown mentions ({@code mentions} sorted by start, as the
     * annotator gives them): a 10 MB article has 240,000 mentions, and a span for each (its map and
     * tooltip) took 100 MB of the window's heap only for {@link #firstInText} to keep 20,000.
     */
    public static List<Span> of(List<Mention> mentions, Set<String> hiddenTypes, Set<String> watchedIds, int max) {
        List<Span> spans = new ArrayList<>(Math.min(mentions.size(), max));
        for (Mention m : mentions) {
            if (spans.size() >= max) {
                break;
            }
            String type = m.type().name();
            if (hiddenTypes.contains(type)) {
                continue;
            }
            String css = "entity e-" + type + (watchedIds.contains(m.entityId()) ? " watched" : "");
            spans.add(new Span(m.start(), m.end(), "mark", css,
                    Map.of("type", type, "id", m.entityId(), "source", m.source()), tooltip(m)));
        }
        return spans;
    }

    /** "Person · Sergey Lavrov — a name after a title (…)": the type and name, and why in words ({@link FoundBy}). */
    static String tooltip(Mention m) {
        return FoundBy.typeName(m.type()) + " · " + EntityIndex.nameOf(m.entityId()) + " — " + FoundBy.of(m.source());
    }

    /** How many of {@code mentions} are of a shown type (what {@link #of} would give without a limit). */
    public static int countShown(List<Mention> mentions, Set<String> hiddenTypes) {
        if (hiddenTypes.isEmpty()) {
            return mentions.size();
        }
        int n = 0;
        for (Mention m : mentions) {
            if (!hiddenTypes.contains(m.type().name())) {
                n++;
            }
        }
        return n;
    }

    /** Spans for watched terms: every case-insensitive whole-word occurrence in the text. */
    public static List<Span> watchedTerms(String text, Set<String> terms) {
        List<Span> spans = new ArrayList<>();
        for (String term : terms) {
            for (int[] at : WatchList.occurrences(text, term)) {
                spans.add(new Span(at[0], at[1], "span", "watch", Map.of("term", term), "Watched: " + term));
            }
        }
        return spans;
    }

    /**
     * At most {@code max} spans, the first ones in the text (sorted by start). WebKit lays out a
     * page with 150,000 marks (a 10 MB article) in over a minute, during which the window cannot
     * respond; 20,000 take about a second. Returns {@code spans} itself when within the limit.
     */
    public static List<Span> firstInText(List<Span> spans, int max) {
        if (spans.size() <= max) {
            return spans;
        }
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(java.util.Comparator.comparingInt(Span::start));
        return new ArrayList<>(sorted.subList(0, max));
    }
}
