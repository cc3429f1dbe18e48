package org.dossier.notebook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 17, items 4, 8 and 9 (the store's part): a notebook keeps its permissions when saved and a new
 * one is private; a write-protected notebook and one of a newer format open read-only and are left
 * byte for byte; a second store waits briefly for a lock; failures are described in words.
 */
class NotebookProtectionTest {
    private static final StoreOptions FAST = StoreOptions.defaults().withSaveDelay(Duration.ofMillis(5))
            .withRetry(Duration.ofMillis(20), Duration.ofMillis(200)).withClock(Fixtures.CLOCK);

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("notebook.json");
    }

    private static boolean posix(Path p) {
        return Files.getFileAttributeView(p, PosixFileAttributeView.class) != null;
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rw-------", "rw-r-----", "rw-rw-r--"})
    void savingKeepsTheNotebooksPermissionsAndItsBackupsToo(String permissions) throws IOException {
        assumeTrue(posix(dir), "no POSIX permissions here: skipped");
        Files.write(file(), NotebookJson.write(List.of(Fixtures.bookmark("held in Geneva", "first")), java.util.Map.of()));
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString(permissions));
        try (NotebookStore store = NotebookStore.open(file(), FAST)) {
            store.notebook().add(Fixtures.bookmark("Sergei Lavrov", "second"));
            store.flush();
            store.notebook().add(Fixtures.bookmark("John Kerry", "third"));
            store.flush();
        }
        assertEquals(3, NotebookJson.read(Files.readAllBytes(file()), Fixtures.CLOCK).size());
        assertEquals(permissions, mode(file()));
        assertEquals(permissions, mode(AtomicFiles.backupOf(file())));
    }

    @Test
    void aNewNotebookIsReadableByItsOwnerOnly() throws IOException {
        assumeTrue(posix(dir), "no POSIX permissions here: skipped");
        try (NotebookStore store = NotebookStore.open(file(), FAST)) {
            store.notebook().add(Fixtures.bookmark("held in Geneva", "first"));
            store.flush();
        }
        assertEquals("rw-------", mode(file()));
    }

    @Test
    void aWriteProtectedNotebookOpensReadOnlyWithAMessageAndIsLeftAsItIs() throws IOException {
        assumeTrue(posix(dir), "no POSIX permissions here: skipped");
        Files.write(file(), NotebookJson.write(List.of(Fixtures.bookmark("held in Geneva", "first")), java.util.Map.of()));
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(file());
        try (NotebookStore store = NotebookStore.open(file(), FAST)) {
            assertTrue(store.isReadOnly());
            assertEquals(1, store.notebook().size());
            LoadReport report = store.loadReport();
            assertTrue(report.readOnly());
            assertTrue(report.message().contains("is write-protected") && report.message().contains("open read-only"),
                    report.message());
            assertThrows(IllegalStateException.class, () -> store.notebook().add(Fixtures.bookmark("Sergei Lavrov", "x")));
        }
        assertArrayEquals(before, Files.readAllBytes(file()));
        assertEquals("r--r--r--", mode(file()));
        assertFalse(Files.exists(AtomicFiles.backupOf(file())));
    }

    @Test
    void aNotebookOfANewerVersionOpensReadOnlyAndIsNotSetAside() throws IOException {
        String newer = new String(NotebookJson.write(List.of(Fixtures.bookmark("held in Geneva", "first")),
                java.util.Map.of()), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"version\": 1", "\"version\": 99")
                .replace("\"bookmarks\"", "\"shelves\": [\"future\"],\n  \"bookmarks\"");
        Files.writeString(file(), newer);
        byte[] before = Files.readAllBytes(file());
        try (NotebookStore store = NotebookStore.open(file(), FAST)) {
            LoadReport report = store.loadReport();
            assertEquals(LoadReport.Status.NEWER_VERSION, report.status());
            assertNull(report.movedTo());
            assertTrue(store.isReadOnly());
            assertEquals(1, store.notebook().size(), "its bookmarks are shown");
            assertTrue(report.message().contains("newer version of Dossier (format version 99")
                    && report.message().contains("open read-only"), report.message());
        }
        assertArrayEquals(before, Files.readAllBytes(file()));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("notebook.json"), files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith(".lock")).toList(), "nothing set aside, no new notebook started");
        }
    }

    @Test
    void aSecondStoreWaitsBrieflyForTheLockInsteadOfGivingUp() throws Exception {
        NotebookStore first = NotebookStore.open(file(), FAST);
        Thread closer = new Thread(() -> {
            try {
                Thread.sleep(300);
                first.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        closer.start();
        try (NotebookStore second = NotebookStore.open(file(), FAST.withLockWait(Duration.ofSeconds(10)))) {
            assertFalse(second.isReadOnly(), second.loadReport().message());
        }
        closer.join();
        try (NotebookStore holder = NotebookStore.open(file(), FAST);
             NotebookStore refused = NotebookStore.open(file(), FAST.withLockWait(Duration.ofMillis(100)))) {
            assertFalse(holder.isReadOnly());
            assertTrue(refused.isReadOnly(), "a lock still held after the wait means read-only");
        }
    }

    @Test
    void failuresAreDescribedInWordsNotAsABarePath() {
        String denied = NotebookStore.describe(new AccessDeniedException(dir.resolve("notebook.json.tmp").toString()));
        assertEquals("permission denied in the folder " + dir, denied);
    }

    @Test
    void aStoreThatDoesNotRetryCountsTheUnsavedBookmarksAndSaysTheFileIsUnchanged() throws IOException {
        NotebookStore.FileWriter failing = (target, bytes, backup) -> {
            throw new IOException("No space left on device");
        };
        List<String> messages = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (NotebookStore store = NotebookStore.open(file(), FAST.withRetrying(false), failing)) {
            store.addSaveListener(new SaveListener() {
                @Override
                public void saveFailed(Path f, IOException error, Duration retryIn, String message) {
                    messages.add(message);
                }
            });
            store.notebook().add(Fixtures.bookmark("held in Geneva", "first"));
            store.notebook().add(Fixtures.bookmark("Sergei Lavrov", "second"));
            assertThrows(IOException.class, store::flush);
            assertEquals(2, store.unsavedBookmarks());
        } catch (IOException closing) {
            // the last save on close fails too, as it must
        }
        assertTrue(messages.get(0).contains("The file was not changed") && !messages.get(0).contains("retried"), messages.get(0));
    }
}
