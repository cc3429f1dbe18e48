package org.dossier.ui.entities;

import org.dossier.annotate.EntityIndex;
import org.dossier.article.Article;
import org.dossier.ui.library.ArticleListViewModel;
import org.dossier.ui.reader.ReaderPane;
import org.dossier.ui.session.ReadingSession;

/**
 * The entity the analyst chose — in the entity panel, the library index, or any view that sets the
 * session's {@linkplain ReadingSession#focusedEntityProperty() focused entity}: its mentions are
 * emphasised in the reading pane (again in each article opened), the first is scrolled to, and n /
 * Shift+n go to the next and previous. Chosen from the index, it also narrows the list to the
 * articles that mention it, and keeps that right when the index is rebuilt. FX-thread confined.
 */
final class EntityFocus {
    private final ReadingSession session;
    private final ReaderPane reader;
    private final ArticleListViewModel list;

    EntityFocus(ReadingSession session, ReaderPane reader) {
        this.session = session;
        this.reader = reader;
        this.list = session.list();
        session.focusedEntityProperty().addListener((o, was, now) -> emphasise(now == null ? "" : now));
        session.currentArticleProperty().addListener((o, was, now) -> {
            String focused = session.focusedEntityProperty().get();
            if (now != null && focused != null) {
                emphasise(focused);
            }
        });
        session.entityIndexProperty().addListener((o, was, index) -> {
            String focused = session.focusedEntityProperty().get();
            if (focused != null && !list.restrictionProperty().get().isEmpty()) {
                // A correction or a new file changed who mentions the chosen entity.
                list.restrictTo(index.articlesMentioning(focused), list.restrictionProperty().get());
            }
        });
    }

    /** Emphasises the entity's mentions in the article being read. */
    void focus(String articleEntityId) {
        // An article's entity may be merged into a library entity: its other names are emphasised too.
        String entityId = session.entityIndexProperty().get().canonicalId(articleEntityId);
        if (entityId.equals(session.focusedEntityProperty().get())) {
            emphasise(entityId);
        } else {
            session.focusedEntityProperty().set(entityId);
        }
    }

    /** From the library index: emphasises the entity and lists only the articles that mention it. */
    void focusAndRestrict(EntityIndex.Entry entry) {
        EntityIndex index = session.entityIndexProperty().get();
        EntityIndex.Entry merged = index.get(entry.id());
        list.restrictTo(index.articlesMentioning(entry.id()), "mentioning " + (merged != null ? merged.name() : entry.name()));
        focus(entry.id());
    }

    /** Every article again, nothing emphasised. */
    void clear() {
        list.restrictTo(null, null);
        session.focusedEntityProperty().set(null);
        reader.focusEntity("");
    }

    /** n / Shift+n: the next or previous mention of the chosen entity; false when none is chosen. */
    boolean nextMention(int delta) {
        if (session.focusedEntityProperty().get() == null) {
            return false;
        }
        reader.nextMention(delta);
        return true;
    }

    private void emphasise(String entityId) {
        Article onScreen = session.currentArticleProperty().get();
        if (onScreen != null && reader.focusEntity(entityId) > 0) {
            reader.nextMention(1);
        }
    }
}
