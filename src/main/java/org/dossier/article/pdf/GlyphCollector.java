package org.dossier.article.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects each page's glyphs from PDFBox (after its removal of the duplicate glyphs of fake bold)
 * and turns them into rows of {@link Segment}s: glyphs on one baseline, split where a gap is wider
 * than a column gutter can be narrow. PDFBox's own line building is not used: it reads a two-column
 * page row by row when the producer wrote it that way. Not thread-safe: one instance per document.
 */
final class GlyphCollector extends PDFTextStripper {
    /** A gap wider than this many font sizes between two glyphs of a row splits it into segments. */
    private static final float SPLIT_EM = 0.9f;
    /** A gap wider than this many font sizes between two glyphs is a word space, when no space glyph was written. */
    private static final float SPACE_EM = 0.15f;

    private final List<List<List<Segment>>> pages = new ArrayList<>();
    private int glyphs;

    GlyphCollector() throws IOException {
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
    }

    /** Per page, its rows top to bottom, each row's segments left to right. */
    List<List<List<Segment>>> pages() {
        return pages;
    }

    /** How many visible glyphs the document's text layer has. */
    int glyphCount() {
        return glyphs;
    }

    @Override
    protected void writePage() {
        List<TextPosition> all = new ArrayList<>();
        for (List<TextPosition> article : charactersByArticle) {
            all.addAll(article);
        }
        pages.add(rows(all));
    }

    private List<List<Segment>> rows(List<TextPosition> all) {
        List<TextPosition> visible = new ArrayList<>(all.size());
        for (TextPosition t : all) {
            String u = t.getUnicode();
            if (u != null && !u.isEmpty() && t.getFontSizeInPt() > 0.5f) {
                visible.add(t);
                if (!u.isBlank()) {
                    glyphs++;
                }
            }
        }
        visible.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
        List<List<TextPosition>> rows = new ArrayList<>();
        List<TextPosition> row = null;
        float rowY = 0;
        for (TextPosition t : visible) {
            float tolerance = Math.max(1f, size(t) * 0.35f);
            if (row == null || Math.abs(t.getYDirAdj() - rowY) > tolerance) {
                row = new ArrayList<>();
                rows.add(row);
                rowY = t.getYDirAdj();
            }
            row.add(t);
        }
        mergeRaisedMarks(rows);
        List<List<Segment>> out = new ArrayList<>(rows.size());
        for (List<TextPosition> r : rows) {
            List<Segment> segments = segments(r);
            if (!segments.isEmpty()) {
                out.add(segments);
            }
        }
        return out;
    }

    /** A footnote mark or a superscript sits a little above its line: it belongs to that line. */
    private static void mergeRaisedMarks(List<List<TextPosition>> rows) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            List<TextPosition> r = rows.get(i);
            if (r.size() > 3 || i + 1 >= rows.size()) {
                continue;
            }
            List<TextPosition> below = rows.get(i + 1);
            float gap = below.get(0).getYDirAdj() - r.get(0).getYDirAdj();
            if (gap > 0 && gap < size(below.get(0)) * 0.6f && size(r.get(0)) < size(below.get(0))) {
                below.addAll(r);
                rows.remove(i);
            }
        }
    }

    private static List<Segment> segments(List<TextPosition> row) {
        row.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
        List<Segment> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        float x0 = 0;
        float x1 = 0;
        float y = 0;
        float size = 0;
        float lastEnd = Float.NaN;
        for (TextPosition t : row) {
            String u = t.getUnicode();
            float x = t.getXDirAdj();
            float s = size(t);
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
                y = t.getYDirAdj();
                size = s;
            } else if (x - lastEnd > SPACE_EM * s && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
            text.append(u);
            size = Math.max(size, s);
            lastEnd = x + t.getWidthDirAdj();
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

    private static float size(TextPosition t) {
        return t.getFontSizeInPt();
    }
}
