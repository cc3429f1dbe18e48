package org.dossier.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved pages too large or too deep to read whole: refused or cut, with a message, and the rest read. */
class SavedPageLimitsTest {
    @Test
    void twentyMegabytePageIsRefusedWithItsSize(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("huge.html");
        try (Writer w = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
            w.write("<html><body>");
            String p = "<p>Negotiators agreed on Thursday to share the water of the Karun basin, officials said.</p>\n";
            for (long written = 0; written < 20L * 1024 * 1024; written += p.length()) {
                w.write(p);
            }
        }
        Article a = ArticleReader.read(page);
        assertTrue(a.isBroken());
        assertEquals("Too large to open (20.0 MB; the limit is 10 MB).", a.problem());
    }

    @Test
    void pageNestedOneHundredThousandDeepIsReadWithAWarning(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("deep.html");
        Files.writeString(page, "<html><head><title>Deep</title></head><body>" + "<div>".repeat(100_000)
                + "<p>The story at the bottom still reads, though the page around it is broken.</p></body></html>");
        Article a = ArticleReader.read(page);
        assertTrue(a.text().contains("The story at the bottom still reads"), a.text());
        assertTrue(a.warnings().stream().anyMatch(w -> w.contains("nested more than")), a.warnings().toString());
    }
}
