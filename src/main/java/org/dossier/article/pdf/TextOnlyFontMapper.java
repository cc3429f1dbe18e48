package org.dossier.article.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Gives every font a PDF names but does not embed PDFBox's bundled Liberation Sans. PDFBox's own
 * mapper looks for a matching system font, and the first time it does it scans every font on the
 * machine (seconds) and writes a cache file to the user's home folder. Reading text needs neither:
 * widths come from the PDF or the standard fonts' metrics, letters from the encoding. Thread-safe.
 */
public final class TextOnlyFontMapper implements FontMapper {
    private static final String FALLBACK = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final TextOnlyFontMapper INSTANCE = new TextOnlyFontMapper();

    private TextOnlyFontMapper() {
    }

    /**
     * Makes PDFBox use this mapper, for reading and for writing (the benchmark corpus's PDFs): a JVM
     * that touches a PDF then never scans the machine's fonts. Idempotent; PDFBox's mapper is global.
     */
    public static void install() {
        if (org.apache.pdfbox.pdmodel.font.FontMappers.instance() != INSTANCE) {
            org.apache.pdfbox.pdmodel.font.FontMappers.set(INSTANCE);
        }
    }

    private volatile TrueTypeFont fallback;

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(fallback(), true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(fallback(), true);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, fallback(), true);
    }

    private TrueTypeFont fallback() {
        TrueTypeFont f = fallback;
        if (f == null) {
            synchronized (this) {
                f = fallback;
                if (f == null) {
                    try (InputStream in = TextOnlyFontMapper.class.getResourceAsStream(FALLBACK)) {
                        if (in == null) {
                            throw new IllegalStateException("PDFBox's fallback font is missing from its jar");
                        }
                        f = new TTFParser().parse(new RandomAccessReadBuffer(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    fallback = f;
                }
            }
        }
        return f;
    }
}
