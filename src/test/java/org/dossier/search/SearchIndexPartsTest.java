package org.dossier.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dossier.article.ArticleLibrary;

/** A feed's items are searched one by one, under their ids FILE#N, and follow their file. */
class SearchIndexPartsTest {
    @TempDir
    Path tmp;

    private static String feed(String... descriptions) {
        StringBuilder s = new StringBuilder("<rss version=\"2.0\"><channel><title>Wire</title>");
        for (int i = 0; i < descriptions.length; i++) {
            s.append("<item><title>Story ").append(i + 1).append("</title><description>").append(descriptions[i])
                    .append("</description></item>");
        }
        return s.append("</channel></rss>").toString();
    }

    private static List<String> ids(SearchIndex index, String query) throws Exception {
        return index.search(SearchQuery.of(query), 10).stream().map(SearchHit::id).sorted().toList();
    }

    @Test
    void itemsAreFoundByTheirOwnWordsAndGoWithTheirFile() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("articles"));
        Path wire = Files.writeString(folder.resolve("wire.rss"), feed("Grain shipments resumed.", "Dock workers strike.",
                "Grain prices fell."));
        ArticleLibrary library = new ArticleLibrary(folder);
        try (SearchIndex index = SearchIndex.open(folder, tmp.resolve("index"), EntityTagger.NONE)) {
            assertEquals(1, index.sync(library).added());
            assertEquals(3, index.size());
            assertEquals(List.of("wire.rss#1", "wire.rss#3"), ids(index, "grain"));
            assertEquals(0, index.sync(library).added() + index.sync(library).updated(), "nothing changed");

            Files.writeString(wire, feed("Dock workers strike."));
            Files.setLastModifiedTime(wire, FileTime.fromMillis(Files.getLastModifiedTime(wire).toMillis() + 60_000));
            index.sync(library);
            assertEquals(1, index.size(), "the items the feed no longer has are gone");
            assertEquals(List.of("wire.rss#1"), ids(index, "dock"));

            Files.delete(wire);
            assertEquals(1, index.sync(library).removed());
            assertEquals(0, index.size());
        }
    }
}
