package org.dossier.analysis;

import java.time.LocalDate;
import java.util.List;

import org.dossier.annotate.EntityType;

/**
 * Everything the library says about one entity.
 *
 * @param id               its (merged) entity id
 * @param aliases          its other names and surface forms, the merged entities' names among them
 * @param mergedIds        the entity ids merged into it (empty when none)
 * @param mentions         how many times the library mentions it
 * @param articles         the articles that mention it, newest first (undated last)
 * @param firstSeen        the publication date of the oldest dated article that mentions it, or null
 * @param lastSeen         that of the newest, or null
 * @param earliestMentioned the earliest date the texts mention in its paragraphs, or null
 * @param latestMentioned  the latest such date, or null
 * @param coMentioned      the entities that share most paragraphs with it, most first
 * @param concordance      its mentions, each in its sentence (keyword in context), newest articles first
 */
public record EntityProfile(String id, EntityType type, String name, List<String> aliases, List<String> mergedIds,
                            int mentions, List<ArticleRef> articles, LocalDate firstSeen, LocalDate lastSeen,
                            TimexRange earliestMentioned, TimexRange latestMentioned,
                            List<CoMention> coMentioned, List<Passage> concordance) {
    public EntityProfile {
        aliases = List.copyOf(aliases);
        mergedIds = List.copyOf(mergedIds);
        articles = List.copyOf(articles);
        coMentioned = List.copyOf(coMentioned);
        concordance = List.copyOf(concordance);
    }

    /** An article that mentions the entity; {@code date} null when it has none. */
    public record ArticleRef(String id, String title, LocalDate date, int mentions) {
    }

    /** An entity that appears in the same paragraphs; {@code paragraphs} is how many. */
    public record CoMention(String id, EntityType type, String name, int paragraphs) {
    }
}
