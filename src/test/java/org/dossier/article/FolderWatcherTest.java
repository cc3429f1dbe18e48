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

    /** Issue 17: a pipe appearing in a watched folder is read as the bad entry it is, never opened. */
    @Test
    @SuppressWarnings("try") // the watcher only has to run
    void aPipeCreatedLaterIsReportedAndListedWithItsReason() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/mkfifo")), "no mkfifo: skipped");
        ArticleLibrary library = new ArticleLibrary(dir);
        LinkedBlockingQueue<Set<Path>> changes = new LinkedBlockingQueue<>();
        try (FolderWatcher watcher = new FolderWatcher(library, changes::add)) {
            Path pipe = library.folder().resolve("f.txt");
            assertEquals(0, new ProcessBuilder("/usr/bin/mkfifo", pipe.toString()).start().waitFor());
            Set<Path> changed = next(changes);
            assertEquals(Set.of(pipe), changed);
            java.util.List<Article> read = new java.util.ArrayList<>();
            SyncTarget recorder = new SyncTarget() {
                @Override
                public java.util.Map<String, FileStamp> known() {
                    return java.util.Map.of();
                }

                @Override
                public void accept(FileArticles file) {
                    read.addAll(file.articles());
                }

                @Override
                public void removed(String fileId) {
                }
            };
            new FolderSync(library).apply(changed, java.util.List.of(recorder));
            assertEquals(1, read.size());
            assertTrue(read.get(0).problem().startsWith("Not a regular file (a named pipe)"), read.get(0).problem());
        }
    }

    /** Issue 17: an unreadable sub-folder made the watcher (and so the window's folder) fail to start. */
    @Test
    @SuppressWarnings("try") // the watcher only has to run
    void anUnreadableSubFolderDoesNotStopTheWatcher() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "running as root, who reads any folder: skipped");
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
        try {
            ArticleLibrary library = new ArticleLibrary(dir);
            LinkedBlockingQueue<Set<Path>> changes = new LinkedBlockingQueue<>();
            try (FolderWatcher watcher = new FolderWatcher(library, changes::add)) {
                Path article = library.folder().resolve("talks.txt");
                Files.writeString(article, "Talks resume\n\nIn Geneva.\n");
                assertEquals(Set.of(article), next(changes));
            }
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }
}
