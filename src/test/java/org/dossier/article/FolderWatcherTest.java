package org.dossier.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatcherTest {
    @TempDir
    Path dir;

    @Test
    void reportsAddedChangedAndRemovedArticles() throws Exception {
        ArticleLibrary library = new ArticleLibrary(dir);
        LinkedBlockingQueue<Set<Path>> changes = new LinkedBlockingQueue<>();
        try (FolderWatcher watcher = new FolderWatcher(library, changes::add)) {
            Path article = library.folder().resolve("talks.txt");
            Files.writeString(article, "Talks resume\n\nIn Geneva.\n");
            assertEquals(Set.of(article), next(changes));

            Files.writeString(article, "Talks resume\n\nIn Geneva, on Monday.\n");
            assertEquals(Set.of(article), next(changes));

            Files.delete(article);
            assertEquals(Set.of(article), next(changes));
        }
    }

    @Test
    void ignoresFilesThatAreNotArticles() throws Exception {
        ArticleLibrary library = new ArticleLibrary(dir);
        LinkedBlockingQueue<Set<Path>> changes = new LinkedBlockingQueue<>();
        try (FolderWatcher watcher = new FolderWatcher(library, changes::add)) {
            Files.writeString(library.folder().resolve("notes.docx"), "x");
            Files.writeString(library.folder().resolve(".hidden.txt"), "x");
            Path real = library.folder().resolve("real.md");
            Files.writeString(real, "# Real\n");
            assertEquals(Set.of(real), next(changes));
        }
    }

    @Test
    void aNewSubFolderAsksForAFullRescan() throws Exception {
        ArticleLibrary library = new ArticleLibrary(dir);
        LinkedBlockingQueue<Set<Path>> changes = new LinkedBlockingQueue<>();
        try (FolderWatcher watcher = new FolderWatcher(library, changes::add)) {
            Files.createDirectory(library.folder().resolve("2017"));
            assertTrue(next(changes).contains(library.folder()));
        }
    }

    private static Set<Path> next(LinkedBlockingQueue<Set<Path>> changes) throws InterruptedException {
        Set<Path> change = changes.poll(10, TimeUnit.SECONDS);
        assertNotNull(change, "no change reported within 10 s");
        return change;
    }
}
