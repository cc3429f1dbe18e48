package org.dossier.ui.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dossier.annotate.Annotator;
import org.dossier.annotate.EntityIndex;
import org.dossier.annotate.Mention;
import org.junit.jupiter.api.Test;

class LibraryEntitiesTest {
    private static final Annotator ANNOTATOR = Annotator.standard();
    private static final String A = "Sergey Lavrov met John Kerry in Geneva. Lavrov said the talks in Geneva went well.";
    private static final String B = "John Kerry flew to Moscow on Monday.";
    private static final String B2 = "Catherine Ashton flew to Vienna on Tuesday.";

    private static void assertSameIndex(EntityIndex expected, EntityIndex actual) {
        assertEquals(List.copyOf(expected.all()), List.copyOf(actual.all()));
        for (EntityIndex.Entry e : expected.all()) {
            assertEquals(expected.articlesMentioning(e.id()), actual.articlesMentioning(e.id()), e.id());
        }
    }

    @Test
    void theIndexRebuiltFromMemoryEqualsOneBuiltFromEveryMention() {
        LibraryEntities library = new LibraryEntities();
        library.put("a.txt", ANNOTATOR.annotate(A), 0);
        library.put("b.txt", ANNOTATOR.annotate(B), 2);
        Map<String, List<Mention>> full = new LinkedHashMap<>();
        full.put("a.txt", ANNOTATOR.annotate(A));
        full.put("b.txt", ANNOTATOR.annotate(B));
        assertSameIndex(EntityIndex.of(full), library.index());
        assertEquals(Map.of("b.txt", 2), library.hits());

        // b.txt changed on disk, then a.txt went away.
        library.put("b.txt", ANNOTATOR.annotate(B2), 0);
        library.remove("a.txt");
        assertSameIndex(EntityIndex.of(Map.of("b.txt", ANNOTATOR.annotate(B2))), library.index());
        assertEquals(Map.of(), library.hits());
    }
}
