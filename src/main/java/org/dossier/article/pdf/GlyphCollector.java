package org.dossier.article.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects each page's glyphs from PDFBox and turns them into rows of {@link Segment}s: glyphs on one baseline, split where a gap is wider
 * than a column gutter can be narrow. PDFBox's own line building is not used: it reads a two-column
 * page row by row when the producer wrote it that way. Not thread-safe: one instance per document.
 */
final class GlyphCollector extends PDFTextStripper {
    /** A gap wider than this many font sizes between two glyphs of a row splits it into segments. */
    private static final float SPLIT_EM = 0.9f;
    /** A gap wider than this many font sizes between two glyphs is a word space, when no space glyph was written. */
    private static final float SPACE_EM = 0.15f;

    private final List<List<List<Segment>>> pages = new ArrayList<>();
    private final List<Glyph> page = new ArrayList<>();
    private int glyphs;

    /** One glyph's place, read once from PDFBox's {@link TextPosition} (whose getters compute). */
    private record Glyph(String text, float x, float y, float width, float size) {
    }

    GlyphCollector() throws IOException {
        setSortByPosition(false);
    }

    /** Per page, its rows top to bottom, each row's segments left to right. */
    List<List<List<Segment>>> pages() {
        return pages;
    }

    /** How many visible glyphs the document's text layer has. */
    int glyphCount() {
        return glyphs;
    }

    /**
     * Takes each glyph as it is drawn, instead of PDFBox's own bookkeeping: its search for
     * overlapping duplicates (a TreeMap per glyph) took most of the time of a long report. Duplicates
     * are dropped per row instead (see {@link #segments}).
     */
    @Override
    protected void processTextPosition(TextPosition t) {
        String u = t.getUnicode();
        float size = t.getFontSizeInPt();
        if (u != null && !u.isEmpty() && size > 0.5f) {
            page.add(new Glyph(u, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size));
            if (!u.isBlank()) {
                glyphs++;
            }
        }
    }

    @Override
    protected void writePage() {
        pages.add(rows(page));
        page.clear();
    }

    private static List<List<Segment>> rows(List<Glyph> visible) {
        visible.sort((a, b) -> a.y() != b.y() ? Float.compare(a.y(), b.y()) : Float.compare(a.x(), b.x()));
        List<List<Glyph>> rows = new ArrayList<>();
        List<Glyph> row = null;
        float rowY = 0;
        for (Glyph t : visible) {
            float tolerance = Math.max(1f, t.size() * 0.35f);
            if (row == null || Math.abs(t.y() - rowY) > tolerance) {
                row = new ArrayList<>();
                rows.add(row);
                rowY = t.y();
            }
            row.add(t);
        }
        mergeRaisedMarks(rows);
        List<List<Segment>> out = new ArrayList<>(rows.size());
        for (List<Glyph> r : rows) {
            List<Segment> segments = segments(r);
            if (!segments.isEmpty()) {
                out.add(segments);
            }
        }
        return out;
    }

    /** A footnote mark or a superscript sits a little above its line: it belongs to that line. */
    private static void mergeRaisedMarks(List<List<Glyph>> rows) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            List<Glyph> r = rows.get(i);
            if (r.size() > 3 || i + 1 >= rows.size()) {
                continue;
            }
            List<Glyph> below = rows.get(i + 1);
            float gap = below.get(0).y() - r.get(0).y();
            if (gap > 0 && gap < below.get(0).size() * 0.6f && r.get(0).size() < below.get(0).size()) {
                below.addAll(r);
                rows.remove(i);
            }
        }
    }

    private static List<Segment> segments(List<Glyph> row) {
        row.sort((a, b) -> Float.compare(a.x(), b.x()));
        List<Segment> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        float x0 = 0;
        float x1 = 0;
        float y = 0;
        float size = 0;
        float lastEnd = Float.NaN;
        Glyph last = null;
        for (Glyph t : row) {
            String u = t.text();
            float x = t.x();
            float s = t.size();
            // Fake bold: the same glyph drawn again a hair to the right.
            if (last != null && u.equals(last.text()) && Math.abs(x - last.x()) < Math.max(0.5f, last.width() * 0.25f)) {
                continue;
            }
            last = t;
            if (!Float.isNaN(lastEnd) && x - lastEnd > SPLIT_EM * Math.max(s, size) && !u.isBlank()) {
                add(out, text, x0, x1, y, size);
                text.setLength(0);
                lastEnd = Float.NaN;
            }
            if (u.isBlank()) {
                if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
                continue;
            }
            if (text.length() == 0) {
                x0 = x;
                x1 = x;
                y = t.y();
                size = s;
            } else if (x - lastEnd > SPACE_EM * s && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
            text.append(u);
            size = Math.max(size, s);
            lastEnd = x + t.width();
            x1 = Math.max(x1, lastEnd);
        }
        add(out, text, x0, x1, y, size);
        return out;
    }

    private static void add(List<Segment> out, StringBuilder text, float x0, float x1, float y, float size) {
        String s = text.toString().strip();
        if (!s.isEmpty()) {
            out.add(new Segment(s, x0, x1, y, size));
        }
    }

}
