package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerEditorTest {
    @TempDir
    Path dir;

    @Test
    void correctionsAreWrittenInTheUserGazetteerFormat() throws Exception {
        Path file = dir.resolve("data/gazetteer.tsv");
        GazetteerEditor editor = new GazetteerEditor(file);
        editor.markAs(EntityType.ORG, "Shaddadah Council");
        editor.neverAnEntity("Moreover");
        editor.aliasOf(EntityType.PERSON, "Bashar al-Assad", "Assad");
        List<String> lines = Files.readAllLines(file);
        assertTrue(lines.get(0).startsWith("#"), "a comment explains the format");
        assertEquals(List.of("ORG\tShaddadah Council", "-\tMoreover", "PERSON\tBashar al-Assad\tAssad"), lines.subList(1, 4));
    }

    @Test
    void theAnnotatorReadsWhatTheEditorWrites() throws Exception {
        Path file = dir.resolve("gazetteer.tsv");
        new GazetteerEditor(file).markAs(EntityType.ORG, "Blue Lantern");
        Annotator annotator = Annotator.withUserGazetteer(file);
        List<Mention> mentions = annotator.annotate("Members of Blue Lantern met on Monday.");
        assertTrue(mentions.stream().anyMatch(m -> m.text().equals("Blue Lantern") && m.type() == EntityType.ORG), mentions.toString());
        assertEquals(List.of(), annotator.problems());
    }

    @Test
    void undoRemovesTheLastCorrectionFirstAndKeepsOtherLines() throws Exception {
        Path file = dir.resolve("gazetteer.tsv");
        Files.writeString(file, "PERSON\tJane Analyst\n");
        GazetteerEditor editor = new GazetteerEditor(file);
        editor.markAs(EntityType.ORG, "Alpha");
        editor.markAs(EntityType.ORG, "Beta");
        assertEquals("ORG\tBeta", editor.undo());
        assertEquals(List.of("PERSON\tJane Analyst", "ORG\tAlpha"), Files.readAllLines(file));
        assertEquals("ORG\tAlpha", editor.undo());
        assertFalse(editor.canUndo());
        assertEquals(null, editor.undo());
        assertEquals(List.of("PERSON\tJane Analyst"), Files.readAllLines(file), "lines the user wrote are kept");
    }

    @Test
    void tabsAndLineBreaksCannotBreakTheFormat() throws Exception {
        Path file = dir.resolve("gazetteer.tsv");
        GazetteerEditor editor = new GazetteerEditor(file);
        editor.markAs(EntityType.ORG, "Two\tWords\nHere");
        assertEquals("ORG\tTwo Words Here", Files.readAllLines(file).get(1));
        assertThrows(IllegalArgumentException.class, () -> editor.markAs(EntityType.ORG, " \t "));
    }
}
