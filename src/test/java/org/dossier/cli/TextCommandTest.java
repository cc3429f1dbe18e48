package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class TextCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run("text", List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsATextFileExactlyAsItIs() throws Exception {
        Path seed = Path.of("articles/000_12460f19fc3bbb18.txt");
        assertEquals(0, run(seed.toString()));
        assertEquals(Files.readString(seed), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void printsTheExtractedTextOfAPage() {
        assertEquals(0, run("src/test/resources/articles/html/saved-page.html"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Ceasefire holds in southern Syria\n\nBy Jane Reporter"));
    }

    @Test
    void missingFileFailsWithAClearMessage() {
        assertEquals(1, run("no/such/file.txt"));
        assertEquals("dossier text: no such file: no/such/file.txt", err.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void brokenFileFailsWithItsReason() {
        assertEquals(1, run("src/test/resources/articles/broken/empty.txt"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("The file is empty."));
    }

    @Test
    void wrongUsageExitsWithTwoAndTheUsageLine() {
        assertEquals(2, run());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: dossier text FILE"));
    }
}
