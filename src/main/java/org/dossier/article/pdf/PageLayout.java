package org.dossier.article.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts one page's rows into reading order. A page whose lines mostly fill less than half its text
 * width, with an empty vertical gutter between them, has columns: between the lines that cross the
 * columns (a title, a wide figure caption), each column is read top to bottom, left column first.
 * Otherwise the page is read row by row. Stateless.
 */
final class PageLayout {
    /** A segment at most this share of the text width may sit in a column. */
    private static final float NARROW = 0.6f;

    private PageLayout() {
    }

    static List<Line> read(List<List<Segment>> rows) {
        List<Segment> all = new ArrayList<>();
        rows.forEach(all::addAll);
        if (all.isEmpty()) {
            return List.of();
        }
        float minX = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        for (Segment s : all) {
            minX = Math.min(minX, s.x0());
            maxX = Math.max(maxX, s.x1());
        }
        float[] bounds = gutters(all, minX, maxX);
        if (bounds.length == 0) {
            return byRows(rows, minX, maxX);
        }
        return byColumns(all, bounds, minX, maxX);
    }

    /** The x of each gutter between columns, left to right; empty for a one-column page. */
    private static float[] gutters(List<Segment> all, float minX, float maxX) {
        float width = maxX - minX;
        if (all.size() < 6 || width < 50) {
            return new float[0];
        }
        List<Segment> narrow = new ArrayList<>();
        long narrowChars = 0;
        long allChars = 0;
        List<Float> sizes = new ArrayList<>();
        for (Segment s : all) {
            allChars += s.text().length();
            sizes.add(s.size());
            if (s.width() < NARROW * width) {
                narrow.add(s);
                narrowChars += s.text().length();
            }
        }
        if (narrowChars < 0.5 * allChars || narrow.size() < 6) {
            return new float[0];
        }
        sizes.sort(null);
        float em = sizes.get(sizes.size() / 2);
        int bins = (int) Math.ceil(width) + 1;
        boolean[] covered = new boolean[bins];
        for (Segment s : narrow) {
            for (int b = (int) (s.x0() - minX); b <= (int) (s.x1() - minX) && b < bins; b++) {
                covered[Math.max(0, b)] = true;
            }
        }
        List<Float> found = new ArrayList<>();
        int b = 0;
        while (b < bins) {
            if (covered[b]) {
                b++;
                continue;
            }
            int start = b;
            while (b < bins && !covered[b]) {
                b++;
            }
            // Only a gap inside the text, at least half an em wide, can be a gutter.
            if (start > 0 && b < bins && b - start >= Math.max(4f, 0.5f * em)) {
                float g = minX + (start + b) / 2f;
                if (balanced(narrow, g, narrowChars)) {
                    found.add(g);
                }
            }
        }
        float[] out = new float[found.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = found.get(i);
        }
        return out;
    }

    /** Whether a gutter at {@code g} has a real column's worth of lines on either side. */
    private static boolean balanced(List<Segment> narrow, float g, long narrowChars) {
        long left = 0;
        long right = 0;
        int leftRows = 0;
        int rightRows = 0;
        for (Segment s : narrow) {
            if (s.x1() <= g) {
                left += s.text().length();
                leftRows++;
            } else if (s.x0() >= g) {
                right += s.text().length();
                rightRows++;
            }
        }
        return leftRows >= 3 && rightRows >= 3 && left >= 0.15 * narrowChars && right >= 0.15 * narrowChars;
    }

    private static List<Line> byRows(List<List<Segment>> rows, float minX, float maxX) {
        List<Line> out = new ArrayList<>(rows.size());
        for (List<Segment> row : rows) {
            out.add(join(row, 0, minX, maxX));
        }
        return out;
    }

    private static List<Line> byColumns(List<Segment> all, float[] bounds, float minX, float maxX) {
        int columns = bounds.length + 1;
        List<Segment> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingDouble(Segment::y).thenComparingDouble(Segment::x0));
        List<List<Segment>> band = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            band.add(new ArrayList<>());
        }
        List<Line> out = new ArrayList<>();
        List<Segment> spanning = new ArrayList<>();
        for (Segment s : sorted) {
            int c = columnOf(s, bounds);
            if (c < 0) {
                if (!spanning.isEmpty() && Math.abs(spanning.get(0).y() - s.y()) > s.size() * 0.35f) {
                    out.add(join(spanning, 0, minX, maxX));
                    spanning.clear();
                }
                flush(band, bounds, minX, maxX, out);
                spanning.add(s);
            } else {
                if (!spanning.isEmpty()) {
                    out.add(join(spanning, 0, minX, maxX));
                    spanning.clear();
                }
                band.get(c).add(s);
            }
        }
        if (!spanning.isEmpty()) {
            out.add(join(spanning, 0, minX, maxX));
        }
        flush(band, bounds, minX, maxX, out);
        return out;
    }

    /** Writes out each column of a band top to bottom, left column first, and empties the band. */
    private static void flush(List<List<Segment>> band, float[] bounds, float minX, float maxX, List<Line> out) {
        for (int c = 0; c < band.size(); c++) {
            List<Segment> col = band.get(c);
            if (col.isEmpty()) {
                continue;
            }
            float left = Float.MAX_VALUE;
            float right = -Float.MAX_VALUE;
            for (Segment s : col) {
                left = Math.min(left, s.x0());
                right = Math.max(right, s.x1());
            }
            List<Segment> row = new ArrayList<>();
            for (Segment s : col) {
                if (!row.isEmpty() && Math.abs(row.get(0).y() - s.y()) > s.size() * 0.35f) {
                    out.add(join(row, c + 1, left, right));
                    row.clear();
                }
                row.add(s);
            }
            if (!row.isEmpty()) {
                out.add(join(row, c + 1, left, right));
            }
            col.clear();
        }
    }

    /** The column a segment lies in, or -1 when it crosses a gutter. */
    private static int columnOf(Segment s, float[] bounds) {
        for (int c = 0; c <= bounds.length; c++) {
            float lo = c == 0 ? -Float.MAX_VALUE : bounds[c - 1];
            float hi = c == bounds.length ? Float.MAX_VALUE : bounds[c];
            if (s.x0() >= lo - 1 && s.x1() <= hi + 1) {
                return c;
            }
        }
        return -1;
    }

    private static Line join(List<Segment> row, int column, float left, float right) {
        List<Segment> ordered = new ArrayList<>(row);
        ordered.sort(Comparator.comparingDouble(Segment::x0));
        StringBuilder text = new StringBuilder();
        float size = 0;
        for (Segment s : ordered) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(s.text());
            size = Math.max(size, s.size());
        }
        Segment first = ordered.get(0);
        Segment last = ordered.get(ordered.size() - 1);
        return new Line(text.toString(), first.x0(), last.x1(), first.y(), size, column, left, right);
    }
}
