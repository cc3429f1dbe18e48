package org.dossier.notebook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotebookStoreTest {
    private static final StoreOptions FAST = StoreOptions.defaults().withSaveDelay(Duration.ofMillis(5))
            .withRetry(Duration.ofMillis(20), Duration.ofMillis(200)).withClock(Fixtures.CLOCK);

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("notebook.json");
    }

    @Test
    void missingFileOpensAnEmptyNotebookAndCreatesTheFileOnFirstSave() throws IOException {
        try (NotebookStore store = NotebookStore.open(file(), FAST)) {
            assertEquals(LoadReport.Status.NEW, store.loadReport().status());
            assertFalse(store.loadReport().needsAttention());
            assertEquals(0, store.notebook().size());
            assertFalse(Files.exists(file()));
            store.notebook().add(Fixtures.bookmark("held in Geneva", "venue"));
            store.flush();
            assertTrue(Files.exists(file()));
        }
    }

    @Test
    void bookmarksSurviveReopening() throws IOException {
        Bookmark b = Fixtures.bookmark("held in Geneva", "venue", "geneva");
        try (NotebookStore store = NotebookStore.open(file(), FAST)) {
            store.notebook().add(b);
        }
        try (NotebookStore store = NotebookStore.open(file(), FAST)) {
            assertEquals(LoadReport.Status.LOADED, store.loadReport().status());
            assertEquals(List.of(b), store.notebook().bookmarks());
        }
    }

    @Test
    void changesAreSavedInTheBackgroundWithoutFlush() throws Exception {
        try (NotebookStore store = NotebookStore.open(file(), FAST)) {
            CountDownLatch saved = new CountDownLatch(1);
            store.addSaveListener(new SaveListener() {
                @Override
                public void saved(Path f, long revision) {
                    saved.countDown();
                }
            });
            store.notebook().add(Fixtures.bookmark("held in Geneva", "venue"));
            assertTrue(saved.await(5, TimeUnit.SECONDS));
            assertEquals(1, NotebookJson.read(Files.readAllBytes(file()), Fixtures.CLOCK).size());
        }
    }

    @Test
    void manyQuickChangesAreCoalescedIntoFewSaves() throws Exception {
        AtomicInteger writes = new AtomicInteger();
        StoreOptions slow = FAST.withSaveDelay(Duration.ofMillis(200));
        try (NotebookStore store = NotebookStore.open(file(), slow, (target, bytes, backup) -> {
            writes.incrementAndGet();
            AtomicFiles.write(target, bytes, backup);
        })) {
            for (Bookmark b : Fixtures.many(100)) {
                store.notebook().add(b);
            }
            store.flush();
            assertTrue(writes.get() <= 2, "100 changes took " + writes.get() + " writes");
            assertEquals(100, NotebookJson.read(Files.readAllBytes(file()), Fixtures.CLOCK).size());
        }
    }

    @Test
    void saveKeepsThePreviousVersionAsBackupAndLeavesNoTemporaryFile() throws IOException {
        try (NotebookStore store = NotebookStore.open(file(), FAST)) {
            store.notebook().add(Fixtures.bookmark("held in Geneva", "first"));
            store.flush();
            byte[] first = Files.readAllBytes(file());
            store.notebook().add(Fixtures.bookmark("Sergei Lavrov", "second"));
            store.flush();
            assertArrayEquals(first, Files.readAllBytes(dir.resolve("notebook.json.bak")));
            assertEquals(2, NotebookJson.read(Files.readAllBytes(file()), Fixtures.CLOCK).size());
        }
        assertFalse(Files.exists(dir.resolve("notebook.json.tmp")));
        assertFalse(Files.exists(dir.resolve("notebook.json.bak.tmp")));
    }

    /** Malformed notebooks: each is moved aside unchanged, reported, and a fresh notebook is used. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"corrupt", "truncated", "empty", "blank", "binary", "array", "no version",
            "version zero", "version as text", "bookmark without quote", "bookmark with bad id",
            "repeated id", "bad time", "deeply nested", "trailing garbage", "null bookmark", "bookmarks not a list",
            "position as text", "note as number", "huge number"})
    void malformedNotebookIsMovedAsideNeverOverwritten(String kind) throws IOException {
        byte[] bad = malformed(kind);
        Files.write(file(), bad);
        try (NotebookStore store = NotebookStore.open(file(), FAST)) {
            LoadReport report = store.loadReport();
            assertEquals(LoadReport.Status.RESET, report.status(), report.message());
            assertTrue(report.needsAttention());
            Path movedTo = report.movedTo();
            assertNotNull(movedTo);
            assertTrue(movedTo.getFileName().toString().startsWith("notebook.json.corrupt-20260212T101530Z"));
            assertTrue(report.message().contains(movedTo.toString()), report.message());
            assertArrayEquals(bad, Files.readAllBytes(movedTo));

            store.notebook().add(Fixtures.bookmark("held in Geneva", "after the reset"));
            store.flush();
            assertArrayEquals(bad, Files.readAllBytes(movedTo));
            assertEquals(1, NotebookJson.read(Files.readAllBytes(file()), Fixtures.CLOCK).size());
        }
    }

    @Test
    void hugeFileIsRefusedWithoutReadingIt() throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file().toFile(), "rw")) {
            f.setLength(NotebookStore.MAX_FILE_BYTES + 1); // sparse: costs no disk
        }
        try (NotebookStore store = NotebookStore.open(file(), FAST)) {
            assertEquals(LoadReport.Status.RESET, store.loadReport().status());
            assertTrue(store.loadReport().message().contains("too large"), store.loadReport().message());
            assertEquals(NotebookStore.MAX_FILE_BYTES + 1, Files.size(store.loadReport().movedTo()));
        }
    }

    @Test
    void largeValidNotebookLoads() throws IOException {
        Files.write(file(), NotebookJson.write(Fixtures.many(10_000), java.util.Map.of()));
        try (NotebookStore store = NotebookStore.open(file(), FAST)) {
            assertEquals(LoadReport.Status.LOADED, store.loadReport().status());
            assertEquals(10_000, store.notebook().size());
        }
    }

    @Test
    void unreadableNotebookFallsBackToItsBackup() throws IOException {
        Bookmark b = Fixtures.bookmark("held in Geneva", "in the backup");
        Files.write(dir.resolve("notebook.json.bak"), NotebookJson.write(List.of(b), java.util.Map.of()));
        Files.writeString(file(), "{\"version\": 1, \"bookmarks\": [");
        try (NotebookStore store = NotebookStore.open(file(), FAST)) {
            assertEquals(LoadReport.Status.RECOVERED_FROM_BACKUP, store.loadReport().status());
            assertTrue(store.loadReport().message().contains("backup"));
            assertEquals(List.of(b), store.notebook().bookmarks());
            store.flush();
            assertEquals(List.of(b), NotebookJson.read(Files.readAllBytes(file()), Fixtures.CLOCK).bookmarks());
        }
        assertEquals("{\"version\": 1, \"bookmarks\": [",
                Files.readString(dir.resolve("notebook.json.corrupt-20260212T101530Z")));
    }

    @Test
    void secondCorruptionOnTheSameSecondGetsItsOwnName() throws IOException {
        Files.writeString(file(), "garbage one");
        NotebookStore.open(file(), FAST).close();
        Files.writeString(file(), "garbage two");
        try (NotebookStore store = NotebookStore.open(file(), FAST)) {
            assertTrue(store.loadReport().movedTo().toString().endsWith("-2"));
        }
        assertEquals("garbage one", Files.readString(dir.resolve("notebook.json.corrupt-20260212T101530Z")));
    }

    @Test
    void secondStoreOnTheSameFileIsReadOnlyAndNeverWrites() throws IOException {
        try (NotebookStore first = NotebookStore.open(file(), FAST)) {
            first.notebook().add(Fixtures.bookmark("held in Geneva", "mine"));
            first.flush();
            byte[] before = Files.readAllBytes(file());
            try (NotebookStore second = NotebookStore.open(file(), FAST)) {
                assertTrue(second.isReadOnly());
                assertTrue(second.loadReport().readOnly());
                assertTrue(second.loadReport().message().contains("read-only"));
                assertEquals(1, second.notebook().size());
                assertThrows(IllegalStateException.class,
                        () -> second.notebook().add(Fixtures.bookmark("Sergei Lavrov", "theirs")));
                second.flush();
            }
            assertArrayEquals(before, Files.readAllBytes(file()));
        }
        try (NotebookStore third = NotebookStore.open(file(), FAST)) {
            assertFalse(third.isReadOnly(), "the lock is released on close");
        }
    }

    @Test
    void readOnlyOpenerLeavesACorruptFileWhereItIs() throws IOException {
        Files.writeString(file(), "not json");
        try (NotebookStore store = NotebookStore.openReadOnly(file())) {
            assertEquals(LoadReport.Status.RESET, store.loadReport().status());
            assertEquals(null, store.loadReport().movedTo());
        }
        assertEquals("not json", Files.readString(file()));
    }

    @Test
    void failedSaveIsReportedRetriedAndKeepsTheBookmarkInMemory() throws Exception {
        Path folder = dir.resolve("data");
        Path nb = folder.resolve("notebook.json");
        List<String> failures = new CopyOnWriteArrayList<>();
        CountDownLatch failed = new CountDownLatch(2);
        CountDownLatch savedAgain = new CountDownLatch(1);
        try (NotebookStore store = NotebookStore.open(nb, FAST)) {
            store.notebook().add(Fixtures.bookmark("held in Geneva", "first"));
            store.flush();
            // The folder becomes unwritable: it is replaced by a regular file (chmod does not stop root).
            Path away = dir.resolve("away");
            Files.move(folder, away);
            Files.writeString(folder, "not a folder");
            store.addSaveListener(new SaveListener() {
                @Override
                public void saveFailed(Path f, IOException error, Duration retryIn, String message) {
                    failures.add(message);
                    failed.countDown();
                }

                @Override
                public void saved(Path f, long revision) {
                    savedAgain.countDown();
                }
            });
            Bookmark second = Fixtures.bookmark("Sergei Lavrov", "second");
            store.notebook().add(second);
            assertThrows(IOException.class, store::flush);
            assertTrue(failed.await(5, TimeUnit.SECONDS), "the retry should fail too");
            assertFalse(store.isSaved());
            assertEquals(2, store.notebook().size());
            assertTrue(failures.get(0).contains(nb.toString()) && failures.get(0).contains("kept in memory"),
                    failures.get(0));

            Files.delete(folder);
            Files.move(away, folder);
            assertTrue(savedAgain.await(5, TimeUnit.SECONDS), "a retry should succeed once the folder is back");
            assertTrue(store.isSaved());
            assertEquals(2, NotebookJson.read(Files.readAllBytes(nb), Fixtures.CLOCK).size());
        }
    }

    @Test
    void saveFailingLikeAFullDiskIsRetriedWithGrowingWaits() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        List<Duration> waits = new CopyOnWriteArrayList<>();
        CountDownLatch saved = new CountDownLatch(1);
        try (NotebookStore store = NotebookStore.open(file(), FAST, (target, bytes, backup) -> {
            if (attempts.incrementAndGet() <= 3) {
                throw new IOException("No space left on device");
            }
            AtomicFiles.write(target, bytes, backup);
        })) {
            store.addSaveListener(new SaveListener() {
                @Override
                public void saveFailed(Path f, IOException error, Duration retryIn, String message) {
                    waits.add(retryIn);
                }

                @Override
                public void saved(Path f, long revision) {
                    saved.countDown();
                }
            });
            store.notebook().add(Fixtures.bookmark("held in Geneva", "kept"));
            assertTrue(saved.await(5, TimeUnit.SECONDS));
            assertEquals(List.of(Duration.ofMillis(20), Duration.ofMillis(40), Duration.ofMillis(80)), waits);
            assertEquals(1, NotebookJson.read(Files.readAllBytes(file()), Fixtures.CLOCK).size());
        }
    }

    @Test
    void notebookFolderThatCannotBeCreatedStillOpensAndReportsSaves() throws Exception {
        Files.writeString(dir.resolve("blocker"), "a file where the folder should be");
        Path nb = dir.resolve("blocker").resolve("notebook.json");
        try (NotebookStore store = NotebookStore.open(nb, FAST)) {
            assertFalse(store.isReadOnly());
            assertTrue(store.loadReport().needsAttention());
            assertTrue(store.loadReport().message().contains("cannot be written"), store.loadReport().message());
            store.notebook().add(Fixtures.bookmark("held in Geneva", "in memory"));
            assertThrows(IOException.class, store::flush);
            assertEquals(1, store.notebook().size());
        } catch (IOException expectedOnClose) {
            // close() reports that the last save failed too
        }
    }

    @Test
    void closeSavesPendingChangesAndMakesTheNotebookReadOnly() throws IOException {
        NotebookStore store = NotebookStore.open(file(), FAST.withSaveDelay(Duration.ofHours(1)));
        store.notebook().add(Fixtures.bookmark("held in Geneva", "pending"));
        store.close();
        assertEquals(1, NotebookJson.read(Files.readAllBytes(file()), Fixtures.CLOCK).size());
        assertTrue(store.notebook().isReadOnly());
    }

    @Test
    void missingNotebookWithABackupIsRestoredFromIt() throws IOException {
        Bookmark b = Fixtures.bookmark("held in Geneva", "only in the backup");
        Files.write(dir.resolve("notebook.json.bak"), NotebookJson.write(List.of(b), java.util.Map.of()));
        try (NotebookStore store = NotebookStore.open(file(), FAST)) {
            assertEquals(LoadReport.Status.RECOVERED_FROM_BACKUP, store.loadReport().status());
            assertTrue(store.loadReport().message().contains("missing"), store.loadReport().message());
            store.flush();
        }
        assertEquals(List.of(b), NotebookJson.read(Files.readAllBytes(file()), Fixtures.CLOCK).bookmarks());
    }

    @Test
    void unknownFieldsSurviveEditingThroughTheStore() throws Exception {
        String valid = new String(NotebookJson.write(List.of(Fixtures.bookmark("held in Geneva", "n")),
                java.util.Map.of()), StandardCharsets.UTF_8);
        Files.writeString(file(), valid.replace("\"note\": \"n\",", "\"note\": \"n\",\n      \"colour\": \"amber\",")
                .replace("\"version\": 1,", "\"version\": 1,\n  \"sharedWith\": [\"ana\"],"));
        try (NotebookStore store = NotebookStore.open(file(), FAST)) {
            Bookmark b = store.notebook().bookmarks().get(0);
            store.notebook().editNote(b.id(), "edited");
        }
        String saved = Files.readString(file());
        assertTrue(saved.contains("\"colour\": \"amber\"") && saved.contains("\"sharedWith\"")
                && saved.contains("\"edited\""), saved);
    }

    @Test
    void concurrentChangesFromManyThreadsAreAllSaved() throws Exception {
        List<Bookmark> all = Fixtures.many(400);
        try (NotebookStore store = NotebookStore.open(file(), FAST.withSaveDelay(Duration.ofMillis(1)))) {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            for (int t = 0; t < 4; t++) {
                List<Bookmark> part = all.subList(t * 100, t * 100 + 100);
                pool.submit(() -> part.forEach(b -> {
                    store.notebook().add(b);
                    store.notebook().editNote(b.id(), "edited " + b.id());
                }));
            }
            pool.shutdown();
            assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        }
        Notebook saved = NotebookJson.read(Files.readAllBytes(file()), Fixtures.CLOCK);
        assertEquals(400, saved.size());
        assertTrue(saved.bookmarks().stream().allMatch(b -> b.note().equals("edited " + b.id())));
    }

    private byte[] malformed(String kind) {
        String valid = new String(NotebookJson.write(List.of(Fixtures.bookmark("held in Geneva", "n")),
                java.util.Map.of()), StandardCharsets.UTF_8);
        String s = switch (kind) {
            case "corrupt" -> valid.replace("\"quote\"", "\"quote\" @#!");
            case "truncated" -> valid.substring(0, valid.length() / 2);
            case "empty" -> "";
            case "blank" -> "  \n\t\n";
            case "binary" -> null;
            case "array" -> "[1, 2, 3]";
            case "no version" -> "{\"bookmarks\": []}";
            case "version zero" -> valid.replace("\"version\": 1", "\"version\": 0");
            case "newer version" -> valid.replace("\"version\": 1", "\"version\": 2");
            case "version as text" -> valid.replace("\"version\": 1", "\"version\": \"one\"");
            case "bookmark without quote" -> valid.replace("\"exact\": \"held in Geneva\",", "");
            case "bookmark with bad id" -> valid.replaceFirst("\"id\": \"[0-9a-f-]+\"", "\"id\": \"nope\"");
            case "repeated id" -> {
                String one = valid.substring(valid.indexOf("    {"), valid.lastIndexOf("  ]"));
                yield valid.replace(one, one.stripTrailing() + ",\n" + one);
            }
            case "bad time" -> valid.replaceFirst("\"created\": \"[^\"]+\"", "\"created\": \"yesterday\"");
            case "deeply nested" -> "{\"version\": 1, \"x\": " + "[".repeat(100_000);
            case "trailing garbage" -> valid + "}{";
            case "null bookmark" -> "{\"version\": 1, \"bookmarks\": [null]}";
            case "bookmarks not a list" -> "{\"version\": 1, \"bookmarks\": {\"a\": 1}}";
            case "position as text" -> valid.replace("\"start\": 140", "\"start\": \"140\"");
            case "note as number" -> valid.replace("\"note\": \"n\"", "\"note\": 5");
            case "huge number" -> valid.replace("\"end\": 154", "\"end\": 99999999999999999999");
            default -> throw new IllegalArgumentException(kind);
        };
        if (s == null) {
            byte[] bytes = new byte[4096];
            new java.util.Random(7).nextBytes(bytes);
            return bytes;
        }
        if (!kind.equals("empty") && !kind.equals("blank") && s.equals(valid)) {
            throw new IllegalStateException("fixture did not change: " + kind);
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
