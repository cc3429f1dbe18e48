package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserPhrasesTest {
    @TempDir
    Path dir;

    private List<String> annotate(String gazetteer, String text) throws Exception {
        Path file = dir.resolve("gazetteer.tsv");
        Files.writeString(file, gazetteer);
        return Annotator.withUserGazetteer(file).annotate(text).stream()
                .map(m -> m.text() + "/" + m.type() + "/" + m.entityId() + "/" + m.source()).toList();
    }

    @Test
    void lowerCaseUserEntriesAreFoundAsWrittenAndAtASentenceStart() throws Exception {
        List<String> found = annotate("ORG\tdiplomats\n", "Western diplomats met. Diplomats left; the diplomatsX did not.");
        assertEquals(2, found.stream().filter(f -> f.startsWith("diplomats/ORG/ORG:diplomats/user")
                || f.startsWith("Diplomats/ORG/ORG:diplomats/user")).count(), found.toString());
    }

    @Test
    void aliasesTakeTheCanonicalNamesId() throws Exception {
        List<String> found = annotate("ORG\tthe monitoring group\tmonitors\n", "The monitors reported on Friday.");
        assertEquals(true, found.contains("monitors/ORG/ORG:the monitoring group/user"), found.toString());
    }

    @Test
    void aUserNameNeverCutsIntoALongerMention() throws Exception {
        List<String> found = annotate("ORG\tSecurity\n", "The UN Security Council met on Friday.");
        assertEquals(false, found.stream().anyMatch(f -> f.startsWith("Security/")), found.toString());
    }

    @Test
    void aUserPhraseReplacesTheMentionsItCovers() throws Exception {
        List<String> found = annotate("ORG\tthe Kremlin press office\n", "Yesterday the Kremlin press office said so.");
        assertEquals(true, found.contains("the Kremlin press office/ORG/ORG:the Kremlin press office/user"), found.toString());
        assertEquals(false, found.stream().anyMatch(f -> f.startsWith("Kremlin/")), found.toString());
    }
}
