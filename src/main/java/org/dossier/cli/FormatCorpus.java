package org.dossier.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The benchmark corpus's other kinds of file, made from a generated article: a PDF report (running
 * header, page numbers, one or two columns), an e-mail with a text attachment, a single-file page
 * around the saved page, and an RSS feed whose items are the article's parts. Everything is derived
 * from its arguments (fixed boundaries, PDF ids and dates), so the same article gives the same bytes.
 * Stateless; thread-safe (PDFBox documents are per call).
 */
final class FormatCorpus {
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME;

    static {
        // Writing with the standard fonts must not make PDFBox scan the machine's fonts either.
        org.dossier.article.pdf.TextOnlyFontMapper.install();
    }
    private static final float LEADING = 13f;
    private static final float SIZE = 10f;

    private FormatCorpus() {
    }

    static byte[] pdf(String title, LocalDate date, String author, String source, List<String> paragraphs, boolean twoColumns) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
            float width = PDRectangle.A4.getWidth();
            float height = PDRectangle.A4.getHeight();
            int columns = twoColumns ? 2 : 1;
            float columnWidth = twoColumns ? 230 : 470;
            int perLine = (int) (columnWidth / (SIZE * 0.45f));
            List<String> lines = new ArrayList<>();
            for (String p : paragraphs) {
                lines.addAll(wrap(p, perLine));
                lines.add("");
            }
            int line = 0;
            int page = 0;
            while (line < lines.size() || page == 0) {
                page++;
                PDPage pdPage = new PDPage(PDRectangle.A4);
                doc.addPage(pdPage);
                try (PDPageContentStream cs = new PDPageContentStream(doc, pdPage)) {
                    show(cs, font, 8, 60, height - 36, source + " — " + title);
                    float top = 80;
                    if (page == 1) {
                        show(cs, bold, 18, 60, height - 80, title);
                        show(cs, font, SIZE, 60, height - 104, dateline(date) + " · " + author);
                        top = 130;
                    }
                    for (int c = 0; c < columns && line < lines.size(); c++) {
                        float x = 60 + c * (columnWidth + 30);
                        for (float y = top; y < height - 70 && line < lines.size(); y += LEADING) {
                            String text = lines.get(line++);
                            if (!text.isEmpty()) {
                                show(cs, font, SIZE, x, height - y, text);
                            }
                        }
                    }
                    show(cs, font, 8, width / 2 - 10, 30, "Page " + page);
                }
            }
            doc.getDocumentInformation().setTitle(title);
            doc.getDocumentInformation().setAuthor(author);
            byte[] id = (title + date).getBytes(StandardCharsets.UTF_8);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String eml(int index, String title, LocalDate date, String author, String source, List<String> paragraphs) {
        String boundary = "=_dossier_" + index;
        StringBuilder b = new StringBuilder();
        b.append("From: ").append(author).append(" <desk@").append(slug(source)).append(".example>\r\n")
                .append("To: Analysts <analysts@example.org>\r\n")
                .append("Subject: ").append(title).append("\r\n")
                .append("Date: ").append(RFC_1123.format(date.atTime(9, 30).atOffset(java.time.ZoneOffset.UTC))).append("\r\n")
                .append("Message-ID: <").append(index).append("@corpus.dossier.example>\r\n")
                .append("MIME-Version: 1.0\r\n")
                .append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\r\n\r\n")
                .append("--").append(boundary).append("\r\nContent-Type: text/plain; charset=utf-8\r\n")
                .append("Content-Transfer-Encoding: 8bit\r\n\r\n");
        int half = Math.max(1, paragraphs.size() - 1);
        for (String p : paragraphs.subList(0, half)) {
            for (String l : wrap(p, 72)) {
                b.append(l).append("\r\n");
            }
            b.append("\r\n");
        }
        b.append("--").append(boundary).append("\r\nContent-Type: text/plain; charset=utf-8; name=\"notes.txt\"\r\n")
                .append("Content-Disposition: attachment; filename=\"notes.txt\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
                .append("Notes on ").append(title).append("\r\n\r\n").append(paragraphs.get(paragraphs.size() - 1)).append("\r\n")
                .append("--").append(boundary).append("--\r\n");
        return b.toString();
    }

    static String mhtml(int index, String title, LocalDate date, String html) {
        String boundary = "----MultipartBoundary--dossier" + index + "----";
        return "From: <Saved by Blink>\r\n"
                + "Snapshot-Content-Location: https://news.example.org/" + index + "\r\n"
                + "Subject: " + title + "\r\n"
                + "Date: " + RFC_1123.format(date.atTime(12, 0).atOffset(java.time.ZoneOffset.UTC)) + "\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"" + boundary + "\"\r\n\r\n"
                + "--" + boundary + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n"
                + "Content-Location: https://news.example.org/" + index + "\r\n\r\n" + html.replace("\n", "\r\n") + "\r\n"
                + "--" + boundary + "\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
                + "Content-Location: https://news.example.org/logo.png\r\n\r\niVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==\r\n"
                + "--" + boundary + "--\r\n";
    }

    /** A feed of one item per paragraph (at most 12), a day apart, under the source's name. */
    static String rss(String title, LocalDate date, String author, String source, List<String> paragraphs) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n<title>").append(esc(source))
                .append("</title>\n<link>https://").append(slug(source)).append(".example/</link>\n<language>en</language>\n");
        int n = Math.min(12, paragraphs.size());
        for (int i = 0; i < n; i++) {
            b.append("<item>\n<title>").append(esc(i == 0 ? title : title + ", part " + (i + 1))).append("</title>\n")
                    .append("<link>https://").append(slug(source)).append(".example/").append(i).append("</link>\n")
                    .append("<dc:creator>").append(esc(author)).append("</dc:creator>\n")
                    .append("<pubDate>").append(RFC_1123.format(date.plusDays(i).atTime(8, 0).atOffset(java.time.ZoneOffset.UTC)))
                    .append("</pubDate>\n<description>").append(esc("<p>" + esc(paragraphs.get(i)) + "</p>"))
                    .append("</description>\n</item>\n");
        }
        return b.append("</channel>\n</rss>\n").toString();
    }

    private static void show(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String text) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(latin1(text));
        cs.endText();
    }

    /** The standard fonts' encoding has no curly quotes or dashes beyond Latin-1's: plain ones stand in. */
    private static String latin1(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(switch (c) {
                case '\u201C', '\u201D' -> '"';
                case '\u2018', '\u2019' -> '\'';
                case '\u2014', '\u2013' -> '-';
                default -> c < 256 ? c : '?';
            });
        }
        return out.toString();
    }

    private static List<String> wrap(String text, int perLine) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > perLine) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String dateline(LocalDate d) {
        return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear();
    }

    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
