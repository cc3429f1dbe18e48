package org.dossier.article.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import org.dossier.article.Article;
import org.dossier.article.ArticleParsers;
import org.dossier.base.Datelines;

/**
 * A PDF as an article: its text layer in reading order with paragraphs rebuilt (see
 * {@link GlyphCollector}, {@link RunningLines}, {@link PageLayout}, {@link Paragraphs}) and where
 * each page starts. Title from the document's metadata, else its largest opening heading; date from
 * a dateline on the first page, else the creation date; source from the author. A password-protected
 * PDF, or one without a text layer (a scan), is a broken article saying so. Only the first
 * {@value #MAX_PAGES} pages are read. Thread-safe.
 */
public final class PdfArticles {
    static final int MAX_PAGES = 2000;
    static final String SCAN = "No text layer — this PDF is a scan (Dossier does not read text from images).";
    /** PDFBox warns through java.util.logging about every odd font or object; the reason reaches the user instead. */
    private static final Logger[] QUIET = {Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox")};

    static {
        for (Logger l : QUIET) {
            l.setLevel(Level.SEVERE);
        }
        TextOnlyFontMapper.install();
    }

    private PdfArticles() {
    }

    /** Reads the PDF {@code file} (from the file, not into memory) as the article {@code id}. */
    public static Article read(String id, Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
                IOUtils.createTempFileOnlyStreamCache())) {
            return article(id, file, doc);
        } catch (InvalidPasswordException e) {
            return Article.broken(id, file, Article.Format.PDF, "Password-protected: this PDF cannot be opened without its password.");
        } catch (IOException e) {
            return Article.broken(id, file, Article.Format.PDF, "Not a readable PDF (" + message(e) + ").");
        }
    }

    /** Reads a PDF held in memory (an e-mail attachment); {@code file} is where it came from. */
    public static Article parse(String id, Path file, byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(bytes, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            return article(id, file, doc);
        } catch (InvalidPasswordException e) {
            return Article.broken(id, file, Article.Format.PDF, "Password-protected: this PDF cannot be opened without its password.");
        } catch (IOException e) {
            return Article.broken(id, file, Article.Format.PDF, "Not a readable PDF (" + message(e) + ").");
        }
    }

    private static Article article(String id, Path file, PDDocument doc) throws IOException {
        int pageCount = doc.getNumberOfPages();
        if (pageCount == 0) {
            return Article.broken(id, file, Article.Format.PDF, "The PDF has no pages.");
        }
        List<String> warnings = new ArrayList<>();
        GlyphCollector collector = new GlyphCollector();
        collector.setStartPage(1);
        collector.setEndPage(Math.min(pageCount, MAX_PAGES));
        collector.getText(doc);
        if (pageCount > MAX_PAGES) {
            warnings.add("Only the first " + MAX_PAGES + " of the PDF's " + pageCount + " pages were read.");
        }
        if (collector.glyphCount() == 0) {
            return Article.broken(id, file, Article.Format.PDF, SCAN);
        }
        List<List<List<Segment>>> pages = collector.pages();
        RunningLines.remove(pages);
        List<List<Line>> ordered = new ArrayList<>(pages.size());
        List<Integer> empty = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            List<Line> lines = PageLayout.read(pages.get(i));
            ordered.add(lines);
            if (lines.isEmpty()) {
                empty.add(i + 1);
            }
        }
        Paragraphs.Result text = Paragraphs.of(ordered);
        if (text.text().isBlank()) {
            return Article.broken(id, file, Article.Format.PDF, SCAN);
        }
        if (!empty.isEmpty() && empty.size() * 4 >= pages.size()) {
            warnings.add((empty.size() == 1 ? "Page " : "Pages ") + listed(empty)
                    + " have no text layer (scanned pages are not read).");
        }
        PdfMetadata meta = PdfMetadata.of(doc);
        String title = !meta.title().isEmpty() ? meta.title() : text.largestOpeningHeading();
        if (title.isEmpty()) {
            title = ArticleParsers.titleFromSentence(firstBlock(text));
        }
        LocalDate date = dateline(text);
        if (date == null) {
            date = meta.createdOn();
        }
        return new Article(id, file, Article.Format.PDF, title.isEmpty() ? file.getFileName().toString() : title, date,
                meta.author(), text.text(), text.blocks(), List.of(), warnings, null,
                new Article.Meta(meta.author(), "", meta.language(), "", meta.subject(), meta.created(), meta.modified()),
                Article.Structure.paged(text.pageStarts()));
    }

    /** A dateline among the first blocks ("12 March 2019", "Published: 2019-03-12"). */
    private static LocalDate dateline(Paragraphs.Result text) {
        List<Article.Block> blocks = text.blocks();
        for (int i = 0; i < Math.min(8, blocks.size()); i++) {
            Article.Block b = blocks.get(i);
            LocalDate d = Datelines.dateline(text.text().substring(b.start(), b.end()));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static String firstBlock(Paragraphs.Result text) {
        if (text.blocks().isEmpty()) {
            return "";
        }
        Article.Block b = text.blocks().get(0);
        return text.text().substring(b.start(), b.end());
    }

    private static String listed(List<Integer> pages) {
        if (pages.size() <= 8) {
            return pages.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
        }
        return pages.subList(0, 8).stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")) + "…";
    }

    private static String message(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
