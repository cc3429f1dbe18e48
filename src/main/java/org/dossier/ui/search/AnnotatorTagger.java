package org.dossier.ui.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.CRC32;

import org.dossier.annotate.Annotator;
import org.dossier.annotate.Mention;
import org.dossier.article.Article;
import org.dossier.search.EntityTagger;

/**
 * Tags articles in the search index with the window's annotator, so the search tab can filter by
 * entity and entity type. The version names the annotator's rules and the user gazetteer's content
 * as it was when the tagger was made: after a correction, the next opening of the folder re-tags the
 * library. Thread-safe (the annotator is).
 */
final class AnnotatorTagger implements EntityTagger {
    /** Bump when the built-in annotator changes what it finds. */
    private static final String RULES = "annotator-2";

    private final java.util.function.Supplier<Annotator> annotator;
    private final String version;

    AnnotatorTagger(java.util.function.Supplier<Annotator> annotator, Path userGazetteer) {
        this.annotator = annotator;
        this.version = RULES + "/" + checksum(userGazetteer);
    }

    @Override
    public Tags tag(Article article) {
        if (article.isBroken()) {
            return Tags.NONE;
        }
        Set<String> ids = new HashSet<>();
        Set<String> types = new HashSet<>();
        for (Mention m : annotator.get().annotate(org.dossier.search.SearchIndex.indexedText(article), article.meta().lang())) {
            ids.add(m.entityId());
            types.add(m.type().name());
        }
        return new Tags(ids, types);
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
