package org.dossier.ui;

import static org.dossier.ui.ReadingColumns.DIVIDER;
import static org.dossier.ui.ReadingColumns.LIST_MIN;
import static org.dossier.ui.ReadingColumns.READER_MIN;
import static org.dossier.ui.ReadingColumns.SIDE_MIN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReadingColumnsTest {
    @Test
    void withRoomEachSideColumnHasTheWidthAskedFor() {
        assertArrayEquals(new double[] {260, 1200 - 2 * DIVIDER - 550, 290}, ReadingColumns.widths(1200, true, true, 260, 290));
    }

    @Test
    void atNineHundredPixelsTheSideColumnsGiveWayFirst() {
        double[] w = ReadingColumns.widths(900, true, true, 260, 290);
        assertEquals(READER_MIN, w[1], 0.001, "the reader keeps a readable width");
        assertTrue(w[0] >= LIST_MIN && w[0] < 260, "the list gave some: " + w[0]);
        assertTrue(w[2] >= SIDE_MIN && w[2] < 290, "the side panel gave some: " + w[2]);
        assertEquals(900, w[0] + w[1] + w[2] + 2 * DIVIDER, 0.001);
    }

    @Test
    void onlyWhenBothAreAtTheirMinimumsDoesTheReaderGetNarrower() {
        double[] w = ReadingColumns.widths(700, true, true, 260, 290);
        assertEquals(LIST_MIN, w[0], 0.001);
        assertEquals(SIDE_MIN, w[2], 0.001);
        assertEquals(700 - LIST_MIN - SIDE_MIN - 2 * DIVIDER, w[1], 0.001);
    }

    @Test
    void aHiddenColumnGivesAllItsRoomToTheReader() {
        assertArrayEquals(new double[] {0, 900 - DIVIDER - 290, 290}, ReadingColumns.widths(900, false, true, 260, 290));
        assertArrayEquals(new double[] {0, 900, 0}, ReadingColumns.widths(900, false, false, 260, 290));
    }
}
