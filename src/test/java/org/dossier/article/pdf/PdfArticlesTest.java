package org.dossier.article.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dossier.article.Article;
import org.dossier.article.ArticleReader;
import org.dossier.article.pdf.PdfFixtures.Text;

class PdfArticlesTest {
    private static final float BODY = 11f;
    private static final float LEADING = 14f;

    @TempDir
    Path dir;

    /** Lines of {@code paragraph} wrapped to {@code width}, from {@code y} down, at {@code x}. */
    private static List<Text> column(String paragraph, float x, float y, float width) {
        List<Text> out = new ArrayList<>();
        for (String line : PdfFixtures.wrap(paragraph, width, BODY)) {
            out.add(new Text(x, y, BODY, line));
            y += LEADING;
        }
        return out;
    }

    private Article read(PdfFixtures pdf) throws IOException {
        return ArticleReader.read(pdf.write(dir.resolve("report.pdf")));
    }

    private static List<String> blockTexts(Article a) {
        return a.blocks().stream().map(b -> a.text().substring(b.start(), b.end())).toList();
    }

    @Test
    void linesAreJoinedIntoParagraphsUnderTheLargestOpeningHeading() throws IOException {
        String first = PdfFixtures.prose(1, 6);
        String second = PdfFixtures.prose(2, 5);
        List<Text> page = new ArrayList<>();
        page.add(new Text(72, 90, 20, "Harbour Repairs Behind Schedule"));
        List<Text> p1 = column(first, 72, 130, 450);
        page.addAll(p1);
        page.addAll(column(second, 72, 130 + p1.size() * LEADING + LEADING, 450));
        Article a = read(new PdfFixtures().page(page));

        assertFalse(a.isBroken(), a.problem());
        assertEquals(Article.Format.PDF, a.format());
        assertEquals("pdf", a.kind());
        assertEquals("Harbour Repairs Behind Schedule", a.title());
        assertEquals(List.of("Harbour Repairs Behind Schedule", first, second), blockTexts(a));
        assertEquals(Article.Block.Kind.HEADING, a.blocks().get(0).kind());
        assertEquals(List.of(0), a.structure().pageStarts());
    }

    @Test
    void twoColumnsWrittenRowByRowAreReadColumnByColumn() throws IOException {
        String left = PdfFixtures.prose(3, 8);
        String right = PdfFixtures.prose(4, 8);
        List<Text> l = column(left, 56, 120, 220);
        List<Text> r = column(right, 310, 120, 220);
        List<Text> interleaved = new ArrayList<>();
        interleaved.add(new Text(56, 80, 18, "Two Columns of News"));
        for (int i = 0; i < Math.max(l.size(), r.size()); i++) {
            if (i < l.size()) {
                interleaved.add(l.get(i));
            }
            if (i < r.size()) {
                interleaved.add(r.get(i));
            }
        }
        Article a = read(new PdfFixtures().page(interleaved));

        assertEquals(List.of("Two Columns of News", left, right), blockTexts(a));
    }

    @Test
    void runningHeadersFootersAndPageNumbersAreDropped() throws IOException {
        PdfFixtures pdf = new PdfFixtures();
        List<String> bodies = new ArrayList<>();
        for (int p = 1; p <= 3; p++) {
            String body = PdfFixtures.prose(10 + p, 4);
            bodies.add(body);
            List<Text> page = new ArrayList<>();
            page.add(new Text(72, 40, 9, "Ministry of Trade — Quarterly Review"));
            page.addAll(column(body, 72, 100, 450));
            page.add(new Text(280, 800, 9, "Page " + p + " of 3"));
            pdf.page(page);
        }
        Article a = read(pdf);

        assertEquals(bodies, blockTexts(a));
        assertFalse(a.text().contains("Quarterly Review"), a.text());
        assertFalse(a.text().contains("of 3"), a.text());
        List<Integer> starts = a.structure().pageStarts();
        assertEquals(3, starts.size());
        for (int p = 0; p < 3; p++) {
            assertEquals(bodies.get(p), a.text().substring(starts.get(p), starts.get(p) + bodies.get(p).length()));
            assertEquals(p + 1, a.structure().pageAt(starts.get(p)));
        }
    }

    @Test
    void aWordBrokenAtTheLineEndIsMadeWholeAgain() throws IOException {
        List<Text> page = List.of(
                new Text(72, 100, BODY, "The long and difficult negoti-"),
                new Text(72, 114, BODY, "ations over the harbour went on until late in the evening of the"),
                new Text(72, 128, BODY, "second day, when both delegations signed."));
        Article a = read(new PdfFixtures().page(page));

        assertEquals("The long and difficult negotiations over the harbour went on until late in the evening of the "
                + "second day, when both delegations signed.", a.text());
    }

    @Test
    void aParagraphGoesOnAcrossAPageBreakAndThePageStartsInsideIt() throws IOException {
        PdfFixtures pdf = new PdfFixtures()
                .page(List.of(new Text(72, 100, BODY, "Customs officers at the northern crossing said that the new"),
                        new Text(72, 114, BODY, "rules on grain shipments would be applied from the first of")))
                .page(List.of(new Text(72, 100, BODY, "next month, and that inspections would double."),
                        new Text(72, 128, BODY, "A second paragraph starts here.")));
        Article a = read(pdf);

        String first = "Customs officers at the northern crossing said that the new rules on grain shipments would be "
                + "applied from the first of next month, and that inspections would double.";
        assertEquals(List.of(first, "A second paragraph starts here."), blockTexts(a));
        int page2 = a.structure().pageStarts().get(1);
        assertEquals(first.indexOf("next month"), page2);
        assertEquals(1, a.structure().pageAt(page2 - 1));
        assertEquals(2, a.structure().pageAt(page2));
    }

    @Test
    void textDrawnTwiceForFakeBoldIsReadOnce() throws IOException {
        Article a = read(new PdfFixtures().page(List.of(new Text(72, 100, BODY, "Heavy words here."),
                new Text(72.3f, 100, BODY, "Heavy words here."))));
        assertEquals("Heavy words here.", a.text());
    }

    @Test
    void metadataGivesTitleAuthorAndDateButAProducersFileNameIsNoTitle() throws IOException {
        GregorianCalendar created = new GregorianCalendar(TimeZone.getTimeZone("GMT+02:00"));
        created.clear();
        created.set(2019, 2, 12, 23, 30, 0);
        List<Text> page = List.of(new Text(72, 80, 22, "Water Agreement Signed"),
                new Text(72, 120, BODY, "Both sides agreed on the sharing of the river's water."));
        Article named = read(new PdfFixtures().page(page).title("Annual Water Report").author("Jo Analyst").created(created));
        assertEquals("Annual Water Report", named.title());
        assertEquals("Jo Analyst", named.source());
        assertEquals(java.time.LocalDate.of(2019, 3, 12), named.date());

        Article junk = read(new PdfFixtures().page(page).title("Microsoft Word - draft3.docx"));
        assertEquals("Water Agreement Signed", junk.title());
        assertNull(junk.date());
    }

    @Test
    void aDatelineOnTheFirstPageIsTheDate() throws IOException {
        List<Text> page = List.of(new Text(72, 80, 20, "Port Reopens"), new Text(72, 110, BODY, "Geneva, 8 July 2017"),
                new Text(72, 140, BODY, "The port reopened on Saturday after four months."));
        assertEquals(java.time.LocalDate.of(2017, 7, 8), read(new PdfFixtures().page(page)).date());
    }

    @Test
    void aPasswordProtectedPdfIsListedWithTheReason() throws IOException {
        Article a = read(new PdfFixtures().page(List.of(new Text(72, 100, BODY, "Secret text."))).password("open-sesame"));
        assertTrue(a.isBroken());
        assertTrue(a.problem().startsWith("Password-protected"), a.problem());
    }

    @Test
    void aPdfWithoutATextLayerIsAScan() throws IOException {
        Article a = read(new PdfFixtures().emptyPage().emptyPage());
        assertTrue(a.isBroken());
        assertTrue(a.problem().toLowerCase().startsWith("no text layer — this pdf is a scan"), a.problem());
    }

    @Test
    void aFileThatIsNoPdfIsListedWithTheReason() throws IOException {
        Path f = Files.writeString(dir.resolve("fake.pdf"), "this is not a PDF at all\n");
        Article a = ArticleReader.read(f);
        assertTrue(a.isBroken());
        assertTrue(a.problem().startsWith("Not a readable PDF"), a.problem());
    }

    @Test
    void aPdfOverTheSizeLimitIsRefusedUnread() throws IOException {
        Path huge = dir.resolve("huge.pdf");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            // Sparse: 200 MB on paper, nothing written, so the test costs nothing.
            f.setLength(200L * 1024 * 1024);
        }
        List<Article> all = ArticleReader.readAll(huge);
        assertEquals(1, all.size());
        assertTrue(all.get(0).isBroken());
        assertTrue(all.get(0).problem().startsWith("Too large to open (200.0 MB"), all.get(0).problem());
    }
}
