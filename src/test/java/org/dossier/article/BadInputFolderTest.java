package org.dossier.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.james.mime4j.dom.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.dossier.article.mail.Messages;
import org.dossier.article.pdf.PdfFixtures;
import org.dossier.base.Progress;

/** A folder of every kind of bad file the formats can bring: each is listed with its reason, the good ones load. */
class BadInputFolderTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void everyBadFileIsListedWithItsReasonAndTheRestLoad() throws Exception {
        Path f = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(f.resolve("good.txt"), "Talks resume\n\nIn Geneva, on Monday.\n");
        new PdfFixtures().page(List.of(new PdfFixtures.Text(72, 100, 11, "Secret."))).password("pw").write(f.resolve("locked.pdf"));
        new PdfFixtures().emptyPage().write(f.resolve("scan.pdf"));
        try (RandomAccessFile huge = new RandomAccessFile(f.resolve("huge.pdf").toFile(), "rw")) {
            huge.setLength(200L * 1024 * 1024);
        }
        Files.writeString(f.resolve("broken.rss"), "<rss><channel><title>x</channel>");
        StringBuilder bomb = new StringBuilder("<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">");
        for (int i = 1; i <= 9; i++) {
            bomb.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        Files.writeString(f.resolve("bomb.rss"), bomb + "]><rss><channel><title>B</title><item><title>&a9;</title></item></channel></rss>");
        Files.writeString(f.resolve("noise.eml"), "\u0000\u0001 not mail at all");
        Message inner = Messages.message("Deepest", "a@example.org", new java.util.Date(0)).setBody("x", StandardCharsets.UTF_8).build();
        for (int i = 0; i < 50; i++) {
            inner = Messages.message("Level " + i, "a@example.org", new java.util.Date(0))
                    .setBody(Messages.multipart("mixed", Messages.text("plain", "Level " + i), Messages.attached(inner))).build();
        }
        Files.write(f.resolve("nested.eml"), Messages.bytes(inner));

        ArticleLibrary library = new ArticleLibrary(f);
        List<ArticleSummary> listed = new MetadataCache(f, dir.resolve("cache.json")).refresh(library, Progress.NONE);
        Map<String, ArticleSummary> byId = listed.stream().collect(Collectors.toMap(ArticleSummary::id, s -> s));

        assertFalse(byId.get("good.txt").isBroken());
        assertTrue(byId.get("locked.pdf").problem().startsWith("Password-protected"));
        assertTrue(byId.get("scan.pdf").problem().startsWith("No text layer — this PDF is a scan"));
        assertTrue(byId.get("huge.pdf").problem().startsWith("Too large to open"));
        assertTrue(byId.get("broken.rss").problem().startsWith("The feed's XML is damaged"));
        assertTrue(byId.get("noise.eml").problem().startsWith("Not an e-mail message"));
        assertTrue(byId.get("bomb.rss#1").problem().contains("were not expanded"), byId.get("bomb.rss#1").toString());
        assertEquals("Level 49", byId.get("nested.eml").title());
        assertEquals(11, listed.stream().filter(s -> s.fileId().equals("nested.eml")).count(), "cut at ten levels down");
        assertTrue(listed.stream().filter(s -> s.fileId().equals("nested.eml")).anyMatch(s -> s.warning().contains("levels deep")));
    }
}
