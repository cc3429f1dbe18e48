package org.dossier.search;

import java.util.Collection;
import java.util.Set;

import org.dossier.article.Article;

/**
 * Supplies the entity ids and types of an article, and its language, while the index syncs with
 * the folder (the annotator plugs in here). {@link #version()} is stored with each indexed article: a sync with a
 * tagger of another version re-indexes it. {@link #NONE} has no opinion: syncing with it keeps the
 * entities stored by a real tagger (it only indexes new and changed files, without entities).
 * Implementations must be safe to call from several threads at once.
 */
public interface EntityTagger {
    /** No entities, and no re-tagging of what another tagger stored. */
    EntityTagger NONE = new EntityTagger() {
        @Override
        public Tags tag(Article article) {
            return Tags.NONE;
        }

        @Override
        public String version() {
            return "none";
        }
    };

    Tags tag(Article article);

    /** Changes whenever the tagger would tag the same article differently. */
    String version();

    /**
     * The entity ids and entity types mentioned in one article, and its language as a BCP 47 tag
     * ("fr"; "" when the tagger does not say: the article's declared language counts then).
     */
    record Tags(Collection<String> entityIds, Collection<String> entityTypes, String language) {
        public static final Tags NONE = new Tags(Set.of(), Set.of());

        public Tags {
            entityIds = Set.copyOf(entityIds);
            entityTypes = Set.copyOf(entityTypes);
            language = language == null ? "" : language;
        }

        /** Entities without a language. */
        public Tags(Collection<String> entityIds, Collection<String> entityTypes) {
            this(entityIds, entityTypes, "");
        }
    }
}
