package org.dossier.article.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.apache.james.mime4j.dom.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.dossier.article.Article;
import org.dossier.article.ArticleReader;
import org.dossier.article.pdf.PdfFixtures;

class MailArticlesTest {
    /** 8 July 2017, 23:30 at +01:00. */
    private static final Date SENT = new Date(1499553000000L);

    @TempDir
    Path dir;

    private List<Article> read(Message m) throws IOException {
        return ArticleReader.readAll(Files.write(dir.resolve("message.eml"), Messages.bytes(m)));
    }

    private static List<String> blocks(Article a, Article.Block.Kind kind) {
        return a.blocks().stream().filter(b -> b.kind() == kind).map(b -> a.text().substring(b.start(), b.end())).toList();
    }

    @Test
    void aPlainMessageGivesSubjectSenderDateAndItsTextWithTheQuotedReplyFolded() throws IOException {
        String body = """
                Thanks Anne. The shipment left the harbour this morning and should reach the border crossing
                by Thursday, customs permitting.

                Jo
                Logistics desk

                On Fri, 7 Jul 2017 at 18:02, Anne Barnard <anne@example.org> wrote:
                > Has the grain shipment left yet? The ministry wants
                > to know before the weekend.
                >
                > Anne
                """;
        List<Article> all = read(Messages.message("Re: Grain shipment", "Jo Bloggs <jo@example.org>", SENT)
                .setBody(body, StandardCharsets.UTF_8).build());

        assertEquals(1, all.size());
        Article m = all.get(0);
        assertEquals("message.eml", m.id());
        assertEquals("eml", m.kind());
        assertEquals("Re: Grain shipment", m.title());
        assertEquals("Jo Bloggs", m.source());
        assertEquals(LocalDate.of(2017, 7, 8), m.date());
        assertEquals(List.of("Thanks Anne. The shipment left the harbour this morning and should reach the border "
                + "crossing by Thursday, customs permitting.", "Jo", "Logistics desk"), blocks(m, Article.Block.Kind.PARAGRAPH));
        assertEquals(List.of("On Fri, 7 Jul 2017 at 18:02, Anne Barnard <anne@example.org> wrote:",
                "Has the grain shipment left yet? The ministry wants to know before the weekend.", "Anne"),
                blocks(m, Article.Block.Kind.QUOTE));
        assertFalse(m.text().lines().anyMatch(l -> l.startsWith(">")), m.text());
    }

    @Test
    void ofAlternativesThePlainTextIsReadElseTheSanitizedHtml() throws IOException {
        List<Article> plain = read(Messages.message("Both", "a@example.org", SENT)
                .setBody(Messages.multipart("alternative", Messages.text("plain", "Plain words."),
                        Messages.text("html", "<p>HTML <b>words</b>.</p>"))).build());
        assertEquals("Plain words.", plain.get(0).text());

        List<Article> html = read(Messages.message("Only HTML", "a@example.org", SENT)
                .setBody(Messages.multipart("alternative", Messages.text("plain", "  \n"),
                        Messages.text("html", "<html><body><p>HTML <b>words</b>.</p><script>alert('x')</script>"
                                + "<img src='http://127.0.0.1:9/track.png'></body></html>"))).build());
        assertEquals("HTML words.", html.get(0).text());
        assertEquals(1, html.get(0).inlines().size());
    }

    @Test
    void attachmentsAreNamedAndThoseThatAreArticlesAreArticlesUnderTheMessage() throws IOException {
        byte[] pdf = new PdfFixtures().page(List.of(new PdfFixtures.Text(72, 90, 20, "Attached Report"),
                new PdfFixtures.Text(72, 130, 11, "The attached report says the harbour is open."))).bytes();
        Message m = Messages.message("Report attached", "Jo Bloggs <jo@example.org>", SENT)
                .setBody(Messages.multipart("mixed", Messages.text("plain", "Please see the report."),
                        Messages.file("report.pdf", "application/pdf", pdf),
                        Messages.file("photo.jpg", "image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, 1, 2, 3}),
                        Messages.file("notes.txt", "text/plain", "Notes on the harbour.\n".getBytes(StandardCharsets.UTF_8))))
                .build();
        List<Article> all = read(m);

        assertEquals(List.of("message.eml", "message.eml#1", "message.eml#2"), all.stream().map(Article::id).toList());
        Article message = all.get(0);
        assertEquals(List.of("report.pdf", "photo.jpg", "notes.txt"), message.structure().attachments());
        assertEquals("Please see the report.", message.text());
        Article report = all.get(1);
        assertEquals("attachment", report.kind());
        assertEquals(Article.Format.PDF, report.format());
        assertEquals("Attached Report", report.title());
        assertEquals("Report attached", report.structure().group());
        assertEquals(1, report.structure().part());
        assertEquals(List.of(0), report.structure().pageStarts());
        Article notes = all.get(2);
        assertEquals("Notes on the harbour.\n", notes.text());
        assertEquals("attachment", notes.kind());
        assertEquals(notes, ArticleReader.read(dir.resolve("message.eml"), "message.eml#2"));
    }

    @Test
    @Timeout(20)
    void messagesNestedFiftyDeepAreCutWithAMessage() throws IOException {
        Message inner = Messages.message("Level 50", "a@example.org", SENT).setBody("Deepest text.", StandardCharsets.UTF_8).build();
        for (int level = 49; level >= 0; level--) {
            inner = Messages.message("Level " + level, "a@example.org", SENT)
                    .setBody(Messages.multipart("mixed", Messages.text("plain", "Text of level " + level + "."),
                            Messages.attached(inner))).build();
        }
        List<Article> all = read(inner);

        assertEquals(1 + MailArticles.MAX_DEPTH, all.size());
        assertEquals("Level 0", all.get(0).title());
        assertEquals("Level " + MailArticles.MAX_DEPTH, all.get(MailArticles.MAX_DEPTH).title());
        assertEquals("message.eml#" + MailArticles.MAX_DEPTH, all.get(MailArticles.MAX_DEPTH).id());
        assertTrue(all.get(MailArticles.MAX_DEPTH).warnings().stream().anyMatch(w -> w.contains("levels deep were not read")),
                all.get(MailArticles.MAX_DEPTH).warnings().toString());
    }

    @Test
    void malformedMimeLosesOnlyWhatIsGarbled() throws IOException {
        Path f = Files.writeString(dir.resolve("bad.eml"), """
                From: Jo <jo@example.org>
                Subject: =?UTF-8?B?R3LDvMOfZSBhdXMgR2VuZg==?=
                Date: not a date at all
                Content-Type: multipart/mixed; boundary="zzz"
                This line is no header

                --zzz
                Content-Type: text/plain; charset=utf-8
                Content-Transfer-Encoding: quoted-printable

                Caf=C3=A9 talks go on=
                 tonight.
                --zzz
                Content-Type: application/pdf; name="broken.pdf"
                Content-Transfer-Encoding: base64

                !!!! not base64 !!!!
                """);
        List<Article> all = ArticleReader.readAll(f);
        Article m = all.get(0);
        assertFalse(m.isBroken(), m.problem());
        assertEquals("Grüße aus Genf", m.title());
        assertEquals(null, m.date());
        assertTrue(m.text().contains("Café talks go on tonight."), m.text());
        assertEquals(List.of("broken.pdf"), m.structure().attachments());
        assertTrue(all.get(1).isBroken());
        assertTrue(all.get(1).problem().startsWith("Not a readable PDF"), all.get(1).problem());
    }

    @Test
    void aFileThatIsNoMessageIsListedWithTheReason() throws IOException {
        Path f = Files.write(dir.resolve("noise.eml"), new byte[] {0, 1, 2, 3, 4, 5, (byte) 0xff, 10, 10, 65});
        Article a = ArticleReader.read(f);
        assertTrue(a.isBroken());
        assertEquals("Not an e-mail message: it has no From, Subject or Date header.", a.problem());
    }
}
