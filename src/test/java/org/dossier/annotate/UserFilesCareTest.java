package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 5: two windows' watch-lists and gazetteer corrections both survive (the last to
 * save used to win), and a file with one byte that is not UTF-8 keeps its entries and is kept aside
 * byte for byte (4 entries used to become 1).
 */
class UserFilesCareTest {
    @TempDir
    Path dir;

    @Test
    void twoWindowsWatchingDifferentThingsBothKeepTheirs() throws Exception {
        Path file = dir.resolve("watchlist.tsv");
        WatchList first = WatchList.load(file);
        WatchList second = WatchList.load(file);
        first.toggleEntity("PERSON:Sergey Lavrov");
        second.toggleEntity("PERSON:John Kerry");
        first.addTerm("no-fly zone");
        second.addTerm("safe zone");
        assertEquals(Set.of("PERSON:Sergey Lavrov", "PERSON:John Kerry"), WatchList.load(file).entities());
        assertEquals(Set.of("no-fly zone", "safe zone"), WatchList.load(file).terms());
        assertEquals(WatchList.load(file).entities(), second.entities(), "a save brings in the other window's changes");
        second.toggleEntity("PERSON:Sergey Lavrov");
        assertEquals(Set.of("PERSON:John Kerry"), WatchList.load(file).entities(), "unwatching in one window wins too");
    }

    @Test
    void manyConcurrentChangesAreAllKept() throws Exception {
        Path file = dir.resolve("watchlist.tsv");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> done = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String id = "PERSON:Person " + i;
            done.add(pool.submit(() -> WatchList.load(file).toggleEntity(id)));
        }
        for (Future<Boolean> f : done) {
            assertTrue(f.get());
        }
        pool.shutdown();
        assertEquals(40, WatchList.load(file).entities().size());
    }

    @Test
    void aWatchListWithABadByteKeepsItsEntriesAndIsKeptAsideBeforeItIsReplaced() throws Exception {
        Path file = dir.resolve("watchlist.tsv");
        byte[] bad = ("entity\tPERSON:Sergey Lavrov\nterm\tcaf\u00e9 talks\nentity\tLOCATION:Geneva\n"
                + "term\tno-fly zone\n").getBytes(StandardCharsets.ISO_8859_1); // é as one Latin-1 byte
        Files.write(file, bad);
        WatchList list = WatchList.load(file);
        assertTrue(list.problem().contains("not valid UTF-8"), list.problem());
        assertEquals(Set.of("PERSON:Sergey Lavrov", "LOCATION:Geneva"), list.entities());
        assertEquals(2, list.terms().size());

        list.toggleEntity("PERSON:John Kerry");
        WatchList again = WatchList.load(file);
        assertEquals(3, again.entities().size());
        assertEquals(2, again.terms().size(), "4 entries plus the new one: nothing lost");
        assertEquals("", again.problem());
        try (Stream<Path> files = Files.list(dir)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("watchlist.tsv.corrupt-")).findFirst().orElseThrow();
            assertArrayEquals(bad, Files.readAllBytes(aside));
        }
    }

    @Test
    void twoEditorsCorrectionsBothStayAndEachUndoesOnlyItsOwn() throws Exception {
        Path file = dir.resolve("gazetteer.tsv");
        GazetteerEditor first = new GazetteerEditor(file);
        GazetteerEditor second = new GazetteerEditor(file);
        first.markAs(EntityType.PERSON, "Staffan de Mistura");
        second.neverAnEntity("Friday");
        first.markAs(EntityType.ORG, "Syrian Democratic Forces");
        assertEquals(List.of("PERSON\tStaffan de Mistura", "-\tFriday", "ORG\tSyrian Democratic Forces"),
                Files.readAllLines(file).subList(1, 4));
        second.undo();
        assertEquals(List.of("PERSON\tStaffan de Mistura", "ORG\tSyrian Democratic Forces"),
                Files.readAllLines(file).subList(1, 3));
    }

    @Test
    void aGazetteerWithABadByteIsReportedInWordsAndKeptAsideWhenCorrected() throws Exception {
        Path file = dir.resolve("gazetteer.tsv");
        byte[] bad = "PERSON\tJos\u00e9 Mart\u00ed\nLOCATION\tGen\u00e8ve\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, bad);
        UserGazetteer.Result read = UserGazetteer.read(file);
        assertEquals(2, read.lines().size(), "its lines are still used");
        assertTrue(read.problems().get(0).contains("not valid UTF-8"), read.problems().toString());
        new GazetteerEditor(file).markAs(EntityType.PERSON, "Staffan de Mistura");
        assertEquals(3, UserGazetteer.read(file).lines().size());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.filter(p -> p.getFileName().toString().startsWith("gazetteer.tsv.corrupt-"))
                    .map(p -> {
                        try {
                            assertArrayEquals(bad, Files.readAllBytes(p));
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        return p;
                    }).count());
        }
    }
}
