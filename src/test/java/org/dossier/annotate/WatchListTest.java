package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchListTest {
    @TempDir
    Path dir;

    @Test
    void watchedItemsSurviveAReload() throws Exception {
        Path file = dir.resolve("watchlist.tsv");
        WatchList list = WatchList.load(file);
        assertTrue(list.toggleEntity("PERSON:Sergey Lavrov"));
        list.addTerm("  no-fly   zone ");
        list.addTerm("No-fly zone");
        WatchList again = WatchList.load(file);
        assertTrue(again.isWatched("PERSON:Sergey Lavrov"));
        assertEquals(java.util.Set.of("no-fly zone"), again.terms(), "spaces folded, case-insensitive duplicates dropped");
        assertFalse(again.toggleEntity("PERSON:Sergey Lavrov"));
        assertFalse(WatchList.load(file).isWatched("PERSON:Sergey Lavrov"));
    }

    @Test
    void termsMatchWholeWordsIgnoringCase() {
        // "ceasefire-ish" holds the word; "ceasefires" does not.
        List<int[]> found = WatchList.occurrences("Ceasefire talks; a ceasefire-ish ceasefires ceasefire.", "ceasefire");
        assertEquals(List.of("0-9", "19-28", "44-53"), found.stream().map(a -> a[0] + "-" + a[1]).toList());
    }

    @Test
    void hitsCountWatchedMentionsAndTerms() throws Exception {
        WatchList list = WatchList.load(dir.resolve("w.tsv"));
        list.toggleEntity("LOCATION:Syria");
        list.addTerm("talks");
        String text = "Syria talks resume; Syria agrees.";
        List<Mention> mentions = List.of(new Mention(0, 5, EntityType.LOCATION, "Syria", "LOCATION:Syria", "t"),
                new Mention(20, 25, EntityType.LOCATION, "Syria", "LOCATION:Syria", "t"));
        assertEquals(3, list.hits(text, mentions));
    }

    @Test
    void unreadableOrStrangeLinesAreIgnored() throws Exception {
        Path file = dir.resolve("w.tsv");
        Files.writeString(file, "garbage\nentity\tORG:UN\nother\tx\nterm\t\n");
        WatchList list = WatchList.load(file);
        assertEquals(java.util.Set.of("ORG:UN"), list.entities());
        assertEquals(java.util.Set.of(), list.terms());
    }
}
