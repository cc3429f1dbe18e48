package org.dossier.adapter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.CRC32;

import org.dossier.annotate.Mention;
import org.dossier.article.Article;
import org.dossier.search.EntityTagger;
import org.dossier.search.SearchIndex;

/**
 * Tags articles in the search index with the window's annotator, so the search tab can filter by
 * entity and entity type: the entities whose mentions lie in the indexed part of the text; and with
 * the language the annotator took the article to be in, so the index stems its words by that
 * language's rules. The
 * mentions come from whoever annotates for the window (so one sync annotates each article once for the
 * index and the entity index). The version names the annotator's rules and the user gazetteer's
 * content as it was when the tagger was made: after a correction, the next opening of the folder
 * re-tags the library. Thread-safe when {@code mentionsOf} is.
 */
public final class AnnotatorTagger implements EntityTagger {
    /** Bump when the built-in annotator changes what it finds. */
    private static final String RULES = "annotator-2";

    private final Function<Article, List<Mention>> mentionsOf;
    private final Function<Article, String> languageOf;
    private final String version;

    /** @param mentionsOf an article's mentions, over its whole text; the language is the one the article declares */
    public AnnotatorTagger(Function<Article, List<Mention>> mentionsOf, Path userGazetteer) {
        this(mentionsOf, a -> "", userGazetteer);
    }

    /**
     * @param mentionsOf an article's mentions, over its whole text
     * @param languageOf the language its mentions were found as (a BCP 47 tag; "" when not known),
     *                   asked right after its mentions
     */
    public AnnotatorTagger(Function<Article, List<Mention>> mentionsOf, Function<Article, String> languageOf,
                           Path userGazetteer) {
        this.mentionsOf = mentionsOf;
        this.languageOf = languageOf;
        this.version = RULES + "/" + checksum(userGazetteer);
    }

    @Override
    public Tags tag(Article article) {
        if (article.isBroken()) {
            return Tags.NONE;
        }
        Set<String> ids = new HashSet<>();
        Set<String> types = new HashSet<>();
        int indexed = SearchIndex.indexedText(article).length();
        for (Mention m : mentionsOf.apply(article)) {
            if (m.end() <= indexed) {
                ids.add(m.entityId());
                types.add(m.type().name());
            }
        }
        return new Tags(ids, types, languageOf.apply(article));
    }

    @Override
    public String version() {
        return version;
    }

    private static String checksum(Path file) {
        try {
            CRC32 crc = new CRC32();
            crc.update(Files.readAllBytes(file));
            return Long.toHexString(crc.getValue());
        } catch (NoSuchFileException e) {
            return "none";
        } catch (IOException e) {
            return "unreadable";
        }
    }
}
