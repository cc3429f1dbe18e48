package org.dossier.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Where the notebook search's words show in a quote or note, for highlighting them. */
class NotebookQueryTest {
    private static String marked(String query, String shown) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (int[] m : NotebookQuery.text(query).marks(shown)) {
            b.append(shown, at, m[0]).append('[').append(shown, m[0], m[1]).append(']');
            at = m[1];
        }
        return b.append(shown.substring(at)).toString();
    }

    @Test
    void everyOccurrenceOfEveryWordIsMarkedWhateverItsCase() {
        assertEquals("[Astana] [talk]s stalled; [astana] again, [TALK]s",
                marked("astana talk", "Astana talks stalled; astana again, TALKs"));
    }

    @Test
    void overlappingWordsAreOneMark() {
        assertEquals("[ceasefire] holds", marked("cease ceasefire fire", "ceasefire holds"));
        assertEquals("a [grain]-[deal]", marked("grain deal", "a grain-deal"));
    }

    @Test
    void noTextMarksNothing() {
        assertEquals(List.of(), NotebookQuery.ALL.marks("anything"));
        assertEquals(List.of(), NotebookQuery.text("  ").marks("anything"));
    }
}
