package org.dossier.adapter;

import java.util.List;

import org.dossier.base.DataDirs;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.Mention;
import org.dossier.notebook.EntityFinder;
import org.dossier.notebook.PassageEntity;

/**
 * Joins the annotator to the notebook, which does not depend on it: the entities a bookmarked
 * passage mentions are the annotator's mentions of the whole article that lie inside the passage
 * (the whole text gives the rules their context). Used by the {@code bookmark} command and the window.
 */
public final class AnnotatorEntityFinder {
    private AnnotatorEntityFinder() {
    }

    /**
     * The annotator with the user's corrections, made on first use: commands that never bookmark
     * should not pay for loading the gazetteers.
     */
    public static EntityFinder withUserGazetteer() {
        return new EntityFinder() {
            private volatile Annotator annotator;

            @Override
            public List<PassageEntity> find(String text, int start, int end) {
                if (annotator == null) {
                    annotator = Annotator.withUserGazetteer(DataDirs.userGazetteer());
                }
                return inside(annotator.annotate(text), start, end);
            }
        };
    }

    public static EntityFinder of(Annotator annotator) {
        return (text, start, end) -> inside(annotator.annotate(text), start, end);
    }

    /** The mentions lying wholly inside [start, end), as passage entities. */
    public static List<PassageEntity> inside(List<Mention> mentions, int start, int end) {
        return mentions.stream()
                .filter(m -> m.start() >= start && m.end() <= end)
                .map(m -> new PassageEntity(m.text(), m.type().name(), m.entityId()))
                .toList();
    }
}
