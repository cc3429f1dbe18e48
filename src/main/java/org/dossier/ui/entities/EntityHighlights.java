package org.dossier.ui.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.dossier.annotate.EntityType;
import org.dossier.annotate.Mention;
import org.dossier.article.Article;
import org.dossier.render.EntitySpans;
import org.dossier.render.Span;
import org.dossier.ui.session.BackgroundTasks;
import org.dossier.ui.session.HighlightLayers;
import org.dossier.ui.session.ReadingSession;
import org.dossier.ui.session.AnnotationService;

/**
 * The reading pane's entity layer: the mentions of the types the legend shows (the hidden types are
 * a setting), watched entities and watched terms, at most {@value #MAX_MARKS} marks per article.
 * FX-thread confined, except {@link #spans}, which rendering calls in the background.
 */
final class EntityHighlights {
    /** Entity marks per article at most; see {@link EntitySpans#firstInText}. */
    static final int MAX_MARKS = 20_000;

    private final ReadingSession session;
    private final AnnotationService annotations;
    private final WatchListController watch;
    private final HighlightLayers.Layer layer;
    private final LegendBar legend;
    private volatile Set<String> hidden;

    EntityHighlights(ReadingSession session, AnnotationService annotations, WatchListController watch) {
        this.session = session;
        this.annotations = annotations;
        this.watch = watch;
        this.hidden = names(session.settings().hiddenTypes().get());
        this.legend = new LegendBar(hidden, now -> session.settings().hiddenTypes()
                .set(now.stream().map(EntityType::valueOf).collect(Collectors.toSet())));
        this.layer = session.highlights().add(this::spans);
        session.settings().hiddenTypes().addListener((o, was, now) -> {
            hidden = names(now);
            layer.changed();
        });
        watch.onChange(layer::changed);
    }

    LegendBar legend() {
        return legend;
    }

    /** The entities have changed (a correction): render again. */
    void changed() {
        layer.changed();
    }

    /** The highlight spans of an article: its entities (visible types) and watched terms. Any thread. */
    List<Span> spans(Article article) {
        List<Mention> mentions = merged(annotations.mentions(article), session.entityIndexProperty().get());
        // Only the first MAX_MARKS mentions can be among the first MAX_MARKS spans: no span is made for the rest.
        List<Span> spans = new ArrayList<>(EntitySpans.of(mentions, hidden, watch.entities(), MAX_MARKS));
        List<Span> terms = EntitySpans.watchedTerms(article.text(), watch.terms());
        spans.addAll(terms);
        int all = EntitySpans.countShown(mentions, hidden) + terms.size();
        List<Span> shown = EntitySpans.firstInText(spans, MAX_MARKS);
        if (shown.size() < all) {
            int upTo = shown.get(shown.size() - 1).end();
            String note = String.format(Locale.ENGLISH,
                    "A very long article: entities are highlighted in its first %d%% only (%,d of %,d).",
                    Math.max(1, (int) (100L * upTo / Math.max(1, article.text().length()))), shown.size(), all);
            BackgroundTasks.onFx(() -> session.notify(note));
        }
        return shown;
    }

    /**
     * The mentions with the ids of the library entities they were merged into, so that choosing
     * "Barack Obama" also emphasises "Obama" in an article that names only the surname.
     */
    private static List<Mention> merged(List<Mention> mentions, org.dossier.annotate.EntityIndex index) {
        List<Mention> out = null;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            String id = index.canonicalId(m.entityId());
            if (!id.equals(m.entityId())) {
                if (out == null) {
                    out = new ArrayList<>(mentions);
                }
                out.set(i, new Mention(m.start(), m.end(), m.type(), m.text(), id, m.source()));
            }
        }
        return out == null ? mentions : out;
    }

    private static Set<String> names(Set<EntityType> types) {
        Set<String> names = new TreeSet<>();
        types.forEach(t -> names.add(t.name()));
        return Set.copyOf(names);
    }
}
