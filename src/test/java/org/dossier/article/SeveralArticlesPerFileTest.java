package org.dossier.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dossier.base.Progress;

/** A feed or an e-mail is one file and several articles: the library, the list cache and the watcher agree on them. */
class SeveralArticlesPerFileTest {
    @TempDir
    Path dir;

    private static String feed(int items) {
        StringBuilder s = new StringBuilder("<rss version=\"2.0\"><channel><title>Harbour Times</title>");
        for (int i = 1; i <= items; i++) {
            s.append("<item><title>Item ").append(i).append("</title><description>Text of item ").append(i)
                    .append(".</description></item>");
        }
        return s.append("</channel></rss>").toString();
    }

    private Path folder() throws IOException {
        Path f = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(f.resolve("news.xml"), feed(3));
        Files.writeString(f.resolve("pom.xml"), "<project><modelVersion>4.0.0</modelVersion></project>");
        Files.writeString(f.resolve("talks.txt"), "Talks resume\n\nIn Geneva.\n");
        Files.createDirectories(f.resolve("Saved page_files"));
        Files.writeString(f.resolve("Saved page.html"), "<html><head><title>Saved page</title></head><body><p>Story.</p></body></html>");
        Files.writeString(f.resolve("Saved page_files/frame.html"), "<html><body><p>An ad frame.</p></body></html>");
        Files.writeString(f.resolve("Saved page_files/notes.txt"), "not an article\n");
        Files.createDirectories(f.resolve("kept_files"));
        Files.writeString(f.resolve("kept_files/real.txt"), "A folder named _files without its page is an ordinary folder.\n");
        return f;
    }

    @Test
    void theLibraryListsFeedsByTheirRootAndSkipsASavedPagesFolder() throws IOException {
        ArticleLibrary library = new ArticleLibrary(folder());
        assertEquals(List.of("Saved page.html", "kept_files/real.txt", "news.xml", "talks.txt"),
                library.scan().stream().map(library::idOf).toList());
        assertEquals("Item 2", library.read("news.xml#2").title());
        assertEquals(3, library.readAll(library.folder().resolve("news.xml")).size());
    }

    @Test
    void theListCacheKeepsEveryPartAndItsGroupAcrossRuns() throws IOException {
        ArticleLibrary library = new ArticleLibrary(folder());
        Path cacheFile = dir.resolve("cache/list.json");
        List<ArticleSummary> first = new MetadataCache(library.folder(), cacheFile).refresh(library, Progress.NONE);
        assertEquals(List.of("Saved page.html", "kept_files/real.txt", "news.xml#1", "news.xml#2", "news.xml#3", "talks.txt"),
                first.stream().map(ArticleSummary::id).toList());
        ArticleSummary item = first.get(3);
        assertEquals("feed-item", item.kind());
        assertEquals(new Article.Structure(2, "Harbour Times", List.of(), List.of()), item.structure());

        MetadataCache again = new MetadataCache(library.folder(), cacheFile);
        assertEquals(first, again.cached());
        int[] read = {-1};
        again.refresh(library, (done, total) -> read[0] = total);
        assertEquals(0, read[0], "an unchanged feed is not read again");
        assertEquals(List.of("news.xml#1", "news.xml#2", "news.xml#3"), again.idsOfFile("news.xml"));
    }

    @Test
    void aFeedThatLosesItemsLosesTheirEntries() throws IOException {
        ArticleLibrary library = new ArticleLibrary(folder());
        Path cacheFile = dir.resolve("cache/list.json");
        new MetadataCache(library.folder(), cacheFile).refresh(library, Progress.NONE);
        Path news = library.folder().resolve("news.xml");
        Files.writeString(news, feed(1));
        Files.setLastModifiedTime(news, FileTime.fromMillis(Files.getLastModifiedTime(news).toMillis() + 60_000));

        MetadataCache cache = new MetadataCache(library.folder(), cacheFile);
        List<String> removedFiles = new java.util.ArrayList<>();
        FolderSync sync = new FolderSync(library);
        FolderSync.Changes changes = sync.apply(Set.of(news), List.of(cache.syncTarget((read, removed) -> removedFiles.addAll(removed))));
        assertEquals(List.of("news.xml"), changes.read());
        assertEquals(List.of("news.xml#1"), cache.idsOfFile("news.xml"), "the items the feed lost are gone from the list");

        List<ArticleSummary> refreshed = new MetadataCache(library.folder(), dir.resolve("cache/other.json")).refresh(library, Progress.NONE);
        assertTrue(refreshed.stream().noneMatch(s -> s.id().equals("news.xml#2")));

        Files.delete(news);
        sync.apply(Set.of(news), List.of(cache.syncTarget((read, removed) -> removedFiles.addAll(removed))));
        assertEquals(List.of("news.xml"), removedFiles);
        assertEquals(List.of(), cache.idsOfFile("news.xml"));
    }

    @Test
    void readingPartsOneByOneFollowsAChangedFile() throws IOException {
        ArticleLibrary library = new ArticleLibrary(folder());
        assertEquals("Item 2", library.read("news.xml#2").title());
        assertEquals("Item 3", library.read("news.xml#3").title());
        Path news = library.folder().resolve("news.xml");
        Files.writeString(news, feed(3).replace("Item 2", "Revised"));
        Files.setLastModifiedTime(news, FileTime.fromMillis(Files.getLastModifiedTime(news).toMillis() + 60_000));
        assertEquals("Revised", library.read("news.xml#2").title());
        assertTrue(library.read("news.xml#7").isBroken());
    }

    @Test
    void partIdsNameTheirFileAndNumber() {
        assertEquals("news.rss", Article.fileIdOf("news.rss#12"));
        assertEquals(12, Article.partOf("news.rss#12"));
        assertEquals("notes#1.txt", Article.fileIdOf("notes#1.txt"));
        assertEquals(0, Article.partOf("notes#1.txt"));
        assertEquals("a/b.eml", Article.fileIdOf("a/b.eml"));
        assertEquals("x#", Article.fileIdOf("x#"));
        assertEquals("news.rss#3", Article.partId("news.rss", 3));
    }
}
