package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The user gazetteer: its entries win, "-" lines silence text, bad lines are reported, changes are re-read. */
class UserGazetteerTest {
    @TempDir
    Path dir;

    @Test
    void userEntryWinsOverBuiltInList() throws IOException {
        Path file = write("ORG\tJordan Holdings\tJordan\n");
        List<Mention> m = Annotator.withUserGazetteer(file).annotate("Shares of Jordan rose.");
        assertEquals(List.of("ORG:Jordan Holdings"), m.stream().map(Mention::entityId).toList());
        assertEquals("user", m.get(0).source());
    }

    @Test
    void userEntryAddsNewNamesWithAliases() throws IOException {
        Path file = write("PERSON\tGrace Okonkwo-Bell\tOkonkwo-Bell\tGOB\n");
        List<Mention> m = Annotator.withUserGazetteer(file).annotate("Yesterday GOB arrived in Lagos.");
        assertTrue(m.stream().anyMatch(x -> x.text().equals("GOB") && x.entityId().equals("PERSON:Grace Okonkwo-Bell")),
                m::toString);
    }

    @Test
    void dashEntrySilencesText() throws IOException {
        Path file = write("-\tAfrica\n");
        List<Mention> m = Annotator.withUserGazetteer(file).annotate("Rains hit Africa and Asia.");
        assertEquals(List.of("Asia"), m.stream().map(Mention::text).toList());
    }

    @Test
    void missingFileMeansNoUserEntries() {
        Annotator a = Annotator.withUserGazetteer(dir.resolve("absent.tsv"));
        assertEquals(List.of(), a.problems());
        assertEquals(List.of("Asia"), a.annotate("Rains hit Asia.").stream().map(Mention::text).toList());
    }

    @ParameterizedTest(name = "line \"{0}\" is reported")
    @CsvSource(delimiter = '|', textBlock = """
            ORGANISATION\\tAcme
            ORG
            PERSON\\t
            """)
    void malformedLinesAreSkippedAndReported(String line) throws IOException {
        Path file = write(line.replace("\\t", "\t") + "\nLOCATION\tZorbania\n");
        Annotator a = Annotator.withUserGazetteer(file);
        assertEquals(1, a.problems().size(), a.problems()::toString);
        assertTrue(a.problems().get(0).contains(":1:"), a.problems()::toString);
        assertEquals(List.of("Zorbania"), a.annotate("Trade with Zorbania grew.").stream().map(Mention::text).toList());
    }

    @Test
    void changedFileIsReadAgain() throws IOException {
        Path file = write("LOCATION\tZorbania\n");
        Annotator a = Annotator.withUserGazetteer(file);
        assertEquals(1, a.annotate("Trade with Zorbania grew.").size());
        Files.writeString(file, "-\tZorbania\nLOCATION\tKeldovia\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        assertTrue(a.reloadIfChanged());
        assertEquals(List.of("Keldovia"),
                a.annotate("Trade with Zorbania and Keldovia grew.").stream().map(Mention::text).toList());
    }

    private Path write(String content) throws IOException {
        Path file = dir.resolve("gazetteer.tsv");
        Files.writeString(file, content);
        return file;
    }
}
