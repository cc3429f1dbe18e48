package org.dossier.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dossier.base.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 1: one bad entry in a folder — a named pipe, a loop of links, a link back up the
 * tree, a link to a device, a file that overflows a parser's stack or the heap, an unreadable
 * sub-folder — is listed with its reason, and every other article still loads. Each case goes
 * through the list's own path ({@link MetadataCache#refresh}), with a generous time limit that
 * catches a hang (the pipe once blocked the load for good), not a speed claim.
 */
class BadFolderEntriesTest {
    private static final Duration HANG = Duration.ofSeconds(60);

    @TempDir
    Path tmp;
    private Path folder;

    @BeforeEach
    void seeds() throws IOException {
        folder = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(folder.resolve("good.txt"), "Talks resume in Geneva\n\nDiplomats met on Monday.\n");
        Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("sub/second.md"), "# Ceasefire holds\n\nThe ceasefire held overnight.\n");
    }

    /** Refreshes the list of the folder and returns it by id, asserting the two good articles are in it. */
    private Map<String, ArticleSummary> list() {
        List<ArticleSummary> list = assertTimeoutPreemptively(HANG, () -> new MetadataCache(folder, tmp.resolve("cache.json"))
                .refresh(new ArticleLibrary(folder), Progress.NONE));
        Map<String, ArticleSummary> byId = list.stream().collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
        assertEquals("Talks resume in Geneva", byId.get("good.txt").title(), byId.toString());
        assertEquals("Ceasefire holds", byId.get("sub/second.md").title(), byId.toString());
        assertFalse(byId.get("good.txt").isBroken());
        return byId;
    }

    private static String problemOf(Map<String, ArticleSummary> list, String id) {
        ArticleSummary s = list.get(id);
        assertNotNull(s, id + " is listed: " + list.keySet());
        assertTrue(s.isBroken(), id + " is listed as broken");
        return s.problem();
    }

    private static boolean posix() {
        return Files.getFileAttributeView(Path.of("."), java.nio.file.attribute.PosixFileAttributeView.class) != null;
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).inheritIO().start();
        assertEquals(0, p.waitFor(), String.join(" ", command));
    }

    @Test
    void namedPipeIsListedAsNotARegularFileWithoutBeingOpened() throws Exception {
        assumeTrue(posix() && Files.isExecutable(Path.of("/usr/bin/mkfifo")), "no mkfifo on this system: skipped");
        run("/usr/bin/mkfifo", folder.resolve("f.txt").toString());
        assertEquals("Not a regular file (a named pipe): only ordinary files are read as articles.", problemOf(list(), "f.txt"));
    }

    @Test
    void loopOfFileLinksIsListedAsALoop() throws Exception {
        assumeTrue(posix(), "symbolic links need a POSIX file system: skipped");
        Files.createSymbolicLink(folder.resolve("a.txt"), Path.of("b.txt"));
        Files.createSymbolicLink(folder.resolve("b.txt"), Path.of("a.txt"));
        Map<String, ArticleSummary> list = list();
        assertTrue(problemOf(list, "a.txt").contains("loop of links"), list.get("a.txt").problem());
        assertTrue(problemOf(list, "b.txt").contains("loop of links"));
    }

    @Test
    void linkToAFolderAboveIsListedOnceAndNotFollowed() throws Exception {
        assumeTrue(posix(), "symbolic links need a POSIX file system: skipped");
        Files.createSymbolicLink(folder.resolve("sub/up"), Path.of(".."));
        Map<String, ArticleSummary> list = list();
        assertTrue(problemOf(list, "sub/up").startsWith("Not followed: this link leads back to a folder"), list.get("sub/up").problem());
        assertEquals(3, list.size(), "nothing is listed twice through the loop: " + list.keySet());
    }

    @Test
    void linkToADeviceIsNotRead() throws Exception {
        assumeTrue(posix() && Files.exists(Path.of("/dev/zero")), "no /dev/zero: skipped");
        Files.createSymbolicLink(folder.resolve("zero.txt"), Path.of("/dev/zero"));
        assertEquals("Not a regular file (a device): only ordinary files are read as articles.", problemOf(list(), "zero.txt"));
    }

    @Test
    void danglingLinkIsListedWithWhereItPoints() throws Exception {
        assumeTrue(posix(), "symbolic links need a POSIX file system: skipped");
        Files.createSymbolicLink(folder.resolve("gone.txt"), Path.of("nowhere.txt"));
        assertEquals("Cannot be read: it is a link to nowhere.txt, which does not exist.", problemOf(list(), "gone.txt"));
    }

    @Test
    void deeplyNestedMarkdownIsReadFlattenedWithANote() throws Exception {
        Files.writeString(folder.resolve("q.md"), "# Q\n\n" + ">".repeat(2000) + " x\n");
        ArticleSummary q = list().get("q.md");
        assertFalse(q.isBroken(), q.problem());
        assertEquals("Q", q.title());
        assertEquals(2, q.wordCount());
        assertTrue(q.warning().contains("flattened"), q.warning());
    }

    @Test
    void pageOfAMillionElementsIsReadFlatInsteadOfRunningOutOfMemory() throws Exception {
        Files.writeString(folder.resolve("million.html"), "<html><head><title>Million</title></head><body><p>"
                + "<b>a</b> ".repeat(1_000_000) + "</p></body></html>");
        ArticleSummary m = list().get("million.html");
        assertFalse(m.isBroken(), m.problem());
        assertEquals("Million", m.title());
        assertEquals(1_000_000, m.wordCount());
        assertTrue(m.warning().contains("without its structure"), m.warning());
    }

    @Test
    void unreadableSubFolderIsListedWithItsReason() throws Exception {
        assumeTrue(posix(), "POSIX permissions needed: skipped");
        assumeFalse(isRoot(), "running as root, which reads any folder: an unreadable folder cannot be made here, skipped");
        Path locked = Files.createDirectories(folder.resolve("locked"));
        Files.writeString(locked.resolve("in.txt"), "Inside\n\nText.\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assertEquals("This folder cannot be opened (permission denied): the articles in it are not listed.",
                    problemOf(list(), "locked"));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static void assumeFalse(boolean condition, String message) {
        assumeTrue(!condition, message);
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
