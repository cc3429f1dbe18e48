package org.dossier.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.dossier.base.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderSyncTest {
    @TempDir
    Path tmp;
    private Path folder;
    private ArticleLibrary library;
    private final Map<String, Integer> reads = new ConcurrentHashMap<>();

    @BeforeEach
    void setUp() throws IOException {
        folder = Files.createDirectories(tmp.resolve("articles"));
        for (int i = 0; i < 150; i++) {
            Files.writeString(folder.resolve(String.format("a%03d.txt", i)), "Report " + i + "\n\nNothing happened on day " + i + ".\n");
        }
        library = new ArticleLibrary(folder);
    }

    /** A target that remembers everything it was given. */
    static class Recorder implements SyncTarget {
        final Map<String, FileStamp> known = new HashMap<>();
        final Map<String, FileArticles> accepted = new ConcurrentHashMap<>();
        final List<String> order = Collections.synchronizedList(new ArrayList<>());
        final List<String> removed = Collections.synchronizedList(new ArrayList<>());
        volatile Boolean finished;
        volatile int flushes;
        volatile IOException failOn;

        @Override
        public Map<String, FileStamp> known() {
            return known;
        }

        @Override
        public void accept(FileArticles file) throws IOException {
            if (failOn != null) {
                throw failOn;
            }
            accepted.put(file.fileId(), file);
            order.add(file.fileId());
        }

        @Override
        public void removed(String fileId) {
            removed.add(fileId);
        }

        @Override
        public void flush() {
            flushes++;
        }

        @Override
        public void finished(boolean complete) {
            finished = complete;
        }

        /** Knows every file as it is now, as if it had taken them in before. */
        Recorder knowingAll(ArticleLibrary library) throws IOException {
            for (Path f : library.scan()) {
                known.put(library.idOf(f), FileStamp.of(f));
            }
            return this;
        }
    }

    private FolderSync counting(Function<Path, List<Article>> reader) {
        return new FolderSync(library, f -> {
            reads.merge(library.idOf(f), 1, Integer::sum);
            return reader.apply(f);
        }, 2);
    }

    @Test
    void eachFileNeededIsReadOnceAndHandedToEveryTargetThatNeedsIt() throws Exception {
        Recorder list = new Recorder();
        Recorder index = new Recorder();
        Map<SyncTarget, FolderSync.Result> results = counting(library::readAll).run(List.of(list, index), Progress.NONE);
        assertEquals(150, reads.size());
        assertTrue(reads.values().stream().allMatch(n -> n == 1), "each file read once: " + reads);
        assertEquals(150, list.accepted.size());
        assertEquals(150, index.accepted.size());
        assertEquals("Report 7", list.accepted.get("a007.txt").articles().get(0).title());
        assertEquals(FileStamp.of(folder.resolve("a007.txt")), index.accepted.get("a007.txt").stamp());
        assertEquals(150, results.get(list).added());
        assertTrue(results.get(index).complete());
        assertEquals(Boolean.TRUE, list.finished);
    }

    @Test
    void unchangedFilesAreNotReadChangedOnesAreAndGoneOnesRemoved() throws Exception {
        Recorder target = new Recorder().knowingAll(library);
        target.known.put("gone.txt", new FileStamp(10, 10));
        Path changed = folder.resolve("a003.txt");
        Files.setLastModifiedTime(changed, FileTime.fromMillis(Files.getLastModifiedTime(changed).toMillis() + 60_000));
        Files.writeString(folder.resolve("new.md"), "# New\n\nA new report.\n");
        FolderSync.Result r = counting(library::readAll).run(List.of(target), Progress.NONE).get(target);
        assertEquals(Set.of("a003.txt", "new.md"), reads.keySet());
        assertEquals(List.of("gone.txt"), target.removed);
        assertEquals(1, r.added());
        assertEquals(1, r.updated());
        assertEquals(1, r.removed());
        assertEquals(149, r.unchanged());
    }

    @Test
    void aFileWhoseReadingFailsInAnyWayIsThatFilesProblemAndTheOthersLoad() throws Exception {
        Recorder target = new Recorder();
        FolderSync sync = counting(f -> switch (f.getFileName().toString()) {
            case "a010.txt" -> throw new IllegalStateException("the parser gave up");
            case "a020.txt" -> deeper(0);
            case "a030.txt" -> List.of(new Article("x", f, Article.Format.TEXT, "x", null, "", String.valueOf(new long[Integer.MAX_VALUE].length),
                    List.of(), List.of(), List.of(), null));
            default -> library.readAll(f);
        });
        FolderSync.Result r = sync.run(List.of(target), Progress.NONE).get(target);
        assertEquals(150, target.accepted.size(), "every file is listed, the failed ones with their reason");
        assertEquals("Cannot be read: the parser gave up", target.accepted.get("a010.txt").articles().get(0).problem());
        assertEquals("Cannot be read: it is nested too deeply to take apart.", target.accepted.get("a020.txt").articles().get(0).problem());
        assertEquals("Cannot be read: it needs more memory than Dossier has.", target.accepted.get("a030.txt").articles().get(0).problem());
        assertFalse(target.accepted.get("a011.txt").articles().get(0).isBroken());
        assertEquals(Set.of("a010.txt", "a020.txt", "a030.txt"), r.problems().keySet());
        assertTrue(r.complete());
    }

    /** Recurses until the stack runs out, as a parser given 100,000 nested elements would. */
    private static List<Article> deeper(int depth) {
        return depth < Integer.MAX_VALUE ? deeper(depth + 1) : List.of();
    }

    @Test
    void aTargetWithNothingToReadIsFinishedBeforeAnyFileIsRead() throws Exception {
        Recorder list = new Recorder().knowingAll(library);
        Recorder entities = new Recorder();
        CountDownLatch release = new CountDownLatch(1);
        FolderSync.Run run = counting(f -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return library.readAll(f);
        }).start(List.of(list, entities), Progress.NONE);
        FolderSync.Result listed = run.result(list).get(10, TimeUnit.SECONDS);
        assertEquals(150, listed.unchanged());
        assertTrue(listed.complete());
        assertFalse(run.result(entities).isDone(), "the other target is still being fed");
        release.countDown();
        assertTrue(run.result(entities).get(20, TimeUnit.SECONDS).complete());
        assertEquals(150, entities.accepted.size());
    }

    @Test
    void theFirstTargetsFilesAreReadFirst() throws Exception {
        Recorder list = new Recorder().knowingAll(library);
        list.known.remove("a140.txt");
        list.known.remove("a149.txt");
        Recorder index = new Recorder();
        counting(library::readAll).run(List.of(list, index), Progress.NONE);
        List<String> firstBatch = index.order.subList(0, FolderSync.BATCH);
        assertTrue(firstBatch.containsAll(List.of("a140.txt", "a149.txt")), "the list's files lead: " + firstBatch);
        assertEquals(List.of("a140.txt", "a149.txt"), list.order.stream().sorted().toList());
    }

    @Test
    void aTargetThatFailsGetsNothingMoreAndTheOthersGoOn() throws Exception {
        Recorder broken = new Recorder();
        broken.failOn = new IOException("disk full");
        Recorder fine = new Recorder();
        Map<SyncTarget, FolderSync.Result> results = counting(library::readAll).run(List.of(broken, fine), Progress.NONE);
        assertEquals("disk full", results.get(broken).error().getMessage());
        assertFalse(results.get(broken).complete());
        assertEquals(Boolean.FALSE, broken.finished);
        assertEquals(150, fine.accepted.size());
        assertTrue(results.get(fine).complete());
    }

    @Test
    void stoppingEndsTheRunAfterTheBatchWithTargetsIncomplete() throws Exception {
        Recorder target = new Recorder();
        CountDownLatch firstRead = new CountDownLatch(1);
        FolderSync.Run[] run = new FolderSync.Run[1];
        run[0] = counting(f -> {
            firstRead.countDown();
            return library.readAll(f);
        }).start(List.of(target), Progress.NONE);
        assertTrue(firstRead.await(10, TimeUnit.SECONDS));
        run[0].stop();
        FolderSync.Result r = run[0].result(target).get(10, TimeUnit.SECONDS);
        assertFalse(r.complete());
        assertEquals(Boolean.FALSE, target.finished);
        assertTrue(target.accepted.size() < 150, target.accepted.size() + " files were handed over");
    }

    @Test
    void aFolderThatCannotBeListedFailsTheRunWithoutAskingTheTargets() {
        Recorder target = new Recorder();
        FolderSync sync = new FolderSync(new ArticleLibrary(tmp.resolve("nowhere")));
        assertThrows(java.nio.file.NoSuchFileException.class, () -> sync.run(List.of(target), Progress.NONE));
        assertEquals(null, target.finished);
    }

    @Test
    void theWatchersChangesAreReadOnceForAllTargetsAndFlushed() throws Exception {
        Recorder list = new Recorder();
        Recorder index = new Recorder();
        Path added = Files.writeString(folder.resolve("geneva.md"), "# Talks resume in Geneva\n\nDelegates arrived.\n");
        Path gone = folder.resolve("a001.txt");
        Files.delete(gone);
        FolderSync.Changes changes = counting(library::readAll).apply(Set.of(added, gone), List.of(list, index));
        assertFalse(changes.rescan());
        assertEquals(List.of("geneva.md"), changes.read());
        assertEquals(List.of("a001.txt"), changes.removed());
        assertEquals(Map.of("geneva.md", 1), reads);
        assertNotNull(list.accepted.get("geneva.md"));
        assertNotNull(index.accepted.get("geneva.md"));
        assertEquals(List.of("a001.txt"), index.removed);
        assertEquals(1, list.flushes);
        assertTrue(counting(library::readAll).apply(Set.of(folder), List.of(list)).rescan());
    }

    @Test
    void progressCountsTheFilesReadForTheRun() throws Exception {
        List<int[]> reports = Collections.synchronizedList(new ArrayList<>());
        counting(library::readAll).run(List.of(new Recorder()), (done, total) -> reports.add(new int[] {done, total}));
        assertEquals(0, reports.get(0)[0]);
        assertEquals(150, reports.get(reports.size() - 1)[0]);
        assertEquals(150, reports.get(reports.size() - 1)[1]);
    }

    @Test
    void aSlowTargetIsAskedWhileTheFirstBatchIsReadAndGetsItWithoutASecondRead() throws Exception {
        Recorder list = new Recorder();
        CountDownLatch released = new CountDownLatch(1);
        Recorder slow = new Recorder() {
            @Override
            public Map<String, FileStamp> known() {
                try {
                    released.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.known();
            }
        };
        FolderSync.Run run = counting(library::readAll).start(List.of(list, slow), Progress.NONE);
        Poll.until(() -> list.accepted.size() == FolderSync.BATCH);
        assertEquals(FolderSync.BATCH, reads.size(), "only the first batch is read while the other target is asked");
        assertEquals(0, slow.accepted.size());
        released.countDown();
        run.done().get(20, TimeUnit.SECONDS);
        assertEquals(150, slow.accepted.size());
        assertEquals(150, list.accepted.size());
        assertTrue(reads.values().stream().allMatch(n -> n == 1), "nothing read twice: " + reads);
    }

    @Test
    void aTargetThatKnowsNullTakesNoPart() throws Exception {
        Recorder none = new Recorder() {
            @Override
            public Map<String, FileStamp> known() {
                return null;
            }
        };
        Recorder other = new Recorder();
        Map<SyncTarget, FolderSync.Result> results = counting(library::readAll).run(List.of(none, other), Progress.NONE);
        assertEquals(0, none.accepted.size());
        assertEquals(Boolean.TRUE, none.finished);
        assertTrue(results.get(none).complete());
        assertEquals(150, other.accepted.size());
    }

    /** Polls a condition for up to ten seconds. */
    static final class Poll {
        static void until(java.util.function.BooleanSupplier condition) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!condition.getAsBoolean()) {
                assertTrue(System.nanoTime() < end, "timed out");
                Thread.sleep(10);
            }
        }
    }
}
