package org.dossier.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleReaderTest {
    private static final Path BROKEN = Path.of("src/test/resources/articles/broken");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            empty.txt      | The file is empty.
            binary.txt     | Not a text file (it contains binary data).
            whitespace.txt | The file holds only white space.
            """)
    void badFilesAreListedWithAClearReason(String name, String reason) {
        Article a = ArticleReader.read(BROKEN.resolve(name));
        assertTrue(a.isBroken());
        assertEquals(reason, a.problem());
        assertEquals(name, a.title());
        assertEquals("", a.text());
    }

    @Test
    void invalidUtf8IsReadAsWindows1252AndFlagged() {
        Article a = ArticleReader.read(BROKEN.resolve("latin1.txt"));
        assertFalse(a.isBroken());
        assertEquals("Café talks in Genève", a.title());
        assertTrue(a.text().contains("café near the lake – quietly"), a.text());
        assertEquals(1, a.warnings().size());
        assertTrue(a.warnings().get(0).contains("Windows-1252"));
    }

    @Test
    void oversizedFileIsRefusedWithItsSize(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(ArticleReader.MAX_BYTES + 1);
        }
        Article a = ArticleReader.read(big);
        assertTrue(a.isBroken());
        assertTrue(a.problem().startsWith("Too large to open (10.0 MB"), a.problem());
    }

    @Test
    void vanishedFileIsReportedNotThrown(@TempDir Path dir) {
        Article a = ArticleReader.read(dir.resolve("gone.txt"));
        assertTrue(a.isBroken());
        assertEquals("Cannot be read: the file no longer exists.", a.problem());
    }

    @Test
    void htmlWithNoTextIsBroken(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("empty.html");
        Files.writeString(f, "<html><head><script>x()</script></head><body><nav>Home</nav></body></html>");
        Article a = ArticleReader.read(f);
        assertTrue(a.isBroken());
        assertEquals("No readable text was found in the file.", a.problem());
    }

    @Test
    void utf8CheckAgreesWithTheStrictDecoderOnRandomBytes() {
        java.util.Random random = new java.util.Random(17);
        byte[] valid = "Zürich, Genève, 北京, 😀 and U+FFFD \uFFFD itself".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < 20_000; i++) {
            byte[] b = i % 2 == 0 ? new byte[random.nextInt(12)] : valid.clone();
            if (i % 2 == 0) {
                random.nextBytes(b);
            } else {
                b[random.nextInt(b.length)] = (byte) random.nextInt(256);
            }
            boolean strict;
            try {
                java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b));
                strict = true;
            } catch (java.nio.charset.CharacterCodingException e) {
                strict = false;
            }
            assertEquals(strict, ArticleReader.isUtf8(b), java.util.Arrays.toString(b));
            java.util.List<String> warnings = new java.util.ArrayList<>();
            ArticleReader.decode(b, warnings);
            assertEquals(strict, warnings.isEmpty(), java.util.Arrays.toString(b));
        }
    }
}
