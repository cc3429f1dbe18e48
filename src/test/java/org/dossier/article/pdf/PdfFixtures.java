package org.dossier.article.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes test PDFs with PDFBox: pages of lines at given positions and sizes, so a test can lay out
 * one or two columns, running headers and footers, page numbers and broken words as a producer
 * would, in whatever order the producer writes them.
 */
public final class PdfFixtures {
    public static final float WIDTH = PDRectangle.A4.getWidth();
    public static final float HEIGHT = PDRectangle.A4.getHeight();

    /** One line of text at {@code (x, y)} from the page's top left, in {@code size} points. */
    public record Text(float x, float y, float size, String text) {
    }

    static {
        // As the reader does: no scan of the machine's fonts (nor a cache file in the home folder).
        TextOnlyFontMapper.install();
        java.util.logging.Logger.getLogger("org.apache.pdfbox").setLevel(java.util.logging.Level.SEVERE);
    }

    private final List<List<Text>> pages = new ArrayList<>();
    private String title;
    private String author;
    private java.util.Calendar created;
    private String userPassword;

    public PdfFixtures page(List<Text> lines) {
        pages.add(List.copyOf(lines));
        return this;
    }

    public PdfFixtures emptyPage() {
        pages.add(List.of());
        return this;
    }

    public PdfFixtures title(String t) {
        title = t;
        return this;
    }

    public PdfFixtures author(String a) {
        author = a;
        return this;
    }

    public PdfFixtures created(java.util.Calendar c) {
        created = c;
        return this;
    }

    public PdfFixtures password(String p) {
        userPassword = p;
        return this;
    }

    public byte[] bytes() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            for (List<Text> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (Text t : lines) {
                        cs.beginText();
                        cs.setFont(regular, t.size());
                        cs.newLineAtOffset(t.x(), HEIGHT - t.y());
                        cs.showText(t.text());
                        cs.endText();
                    }
                }
            }
            if (title != null) {
                doc.getDocumentInformation().setTitle(title);
            }
            if (author != null) {
                doc.getDocumentInformation().setAuthor(author);
            }
            if (created != null) {
                doc.getDocumentInformation().setCreationDate(created);
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path write(Path file) throws IOException {
        java.nio.file.Files.write(file, bytes());
        return file;
    }

    /**
     * Lines of {@code words} words each, wrapped to fit {@code width} points at {@code size}: a rough
     * measure (half an em per character), enough to fill a column as a typesetter would.
     */
    public static List<String> wrap(String text, float width, float size) {
        int perLine = Math.max(10, (int) (width / (size * 0.45f)));
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

    /** A paragraph of made-up but sentence-shaped text, different for each {@code seed}. */
    public static String prose(int seed, int sentences) {
        String[] subjects = {"The ministry", "Negotiators", "The committee", "Local officials", "The delegation", "Observers"};
        String[] verbs = {"reported", "confirmed", "questioned", "announced", "reviewed", "described"};
        String[] objects = {"the grain shipments", "a ceasefire proposal", "the harbour repairs", "new customs rules",
            "the budget figures", "an agreement on water"};
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            int k = seed * 7 + i * 3;
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(subjects[k % subjects.length]).append(' ').append(verbs[(k / 2) % verbs.length]).append(' ')
                    .append(objects[(k / 3) % objects.length]).append(" on day ").append(seed * 10 + i).append('.');
        }
        return s.toString();
    }
}
