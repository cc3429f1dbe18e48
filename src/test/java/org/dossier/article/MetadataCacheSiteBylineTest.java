package org.dossier.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dossier.base.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list's cache keeps a saved page's site and byline; a cache written before it kept them is read again. */
class MetadataCacheSiteBylineTest {
    @Test
    void siteAndBylineSurviveTheCache(@TempDir Path tmp) throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("articles"));
        Files.copy(Path.of("src/test/resources/articles/html/metadata/json-ld.html"), folder.resolve("karun.html"));
        Path cacheFile = tmp.resolve("cache.json");
        ArticleLibrary library = new ArticleLibrary(folder);
        ArticleSummary read = new MetadataCache(folder, cacheFile).refresh(library, Progress.NONE).get(0);
        assertEquals("Ardan Herald", read.site());
        assertEquals("Mara Voss, Idris Kell", read.byline());
        ArticleSummary cached = new MetadataCache(folder, cacheFile).cached().get(0);
        assertEquals(read, cached);
    }

    @Test
    void cacheOfTheVersionBeforeSiteAndBylineIsIgnored(@TempDir Path tmp) throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("articles"));
        Files.copy(Path.of("src/test/resources/articles/html/metadata/json-ld.html"), folder.resolve("karun.html"));
        Path cacheFile = tmp.resolve("cache.json");
        new MetadataCache(folder, cacheFile).refresh(new ArticleLibrary(folder), Progress.NONE);
        String current = Files.readString(cacheFile);
        Files.writeString(cacheFile, current.replace("\"version\":" + MetadataCache.VERSION, "\"version\":2"));
        assertEquals(List.of(), new MetadataCache(folder, cacheFile).cached());
    }
}
