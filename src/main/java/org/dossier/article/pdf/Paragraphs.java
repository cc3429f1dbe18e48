package org.dossier.article.pdf;

import java.util.ArrayList;
import java.util.List;

import org.dossier.article.Article;
import org.dossier.article.TextBuilder;

/**
 * Rebuilds paragraphs from the lines of a document's pages in reading order: lines are joined with a
 * space, or without the hyphen when a word was broken at the line's end; a paragraph ends at a wider
 * gap than the lines' spacing, a change of font size, an indented first line, or a short line that
 * ends a sentence. A paragraph broken by a column or page end goes on when the next line continues
 * the sentence. Lines clearly larger than the body text are headings. Records where each page starts
 * in the text. Not thread-safe: one instance per document.
 */
final class Paragraphs {
    /** A line this much larger than the body text is a heading. */
    private static final float HEADING_RATIO = 1.15f;

    private final TextBuilder text = new TextBuilder();
    private final List<Integer> pageStarts = new ArrayList<>();
    private final float bodySize;
    private final StringBuilder current = new StringBuilder();
    private Article.Block.Kind currentKind = Article.Block.Kind.PARAGRAPH;
    private float currentSize;
    private int currentPage;
    private Line previous;
    /** Pages that start inside {@link #current}: {page index, offset within it}. */
    private final List<int[]> pendingPages = new ArrayList<>();
    private String title = "";
    private float titleSize;
    private int page;

    private float documentSpacing;

    private Paragraphs(float bodySize) {
        this.bodySize = bodySize;
    }

    /** @param largestOpeningHeading the largest heading of the first page that has text, or "" */
    record Result(String text, List<Article.Block> blocks, List<Integer> pageStarts, String largestOpeningHeading) {
    }

    static Result of(List<List<Line>> pages) {
        Paragraphs p = new Paragraphs(bodySize(pages));
        List<Line> all = new ArrayList<>();
        pages.forEach(all::addAll);
        p.documentSpacing = lineSpacing(all);
        for (List<Line> lines : pages) {
            p.page(lines);
        }
        p.endParagraph();
        // A page without text starts where the next page's text does.
        int next = p.text.text().length();
        for (int i = p.pageStarts.size() - 1; i >= 0; i--) {
            if (p.pageStarts.get(i) < 0) {
                p.pageStarts.set(i, next);
            }
            next = p.pageStarts.get(i);
        }
        if (!p.pageStarts.isEmpty()) {
            p.pageStarts.set(0, 0);
        }
        return new Result(p.text.text(), p.text.blocks(), p.pageStarts, p.title);
    }

    /** The font size most of the text is set in. */
    private static float bodySize(List<List<Line>> pages) {
        java.util.Map<Float, Integer> chars = new java.util.HashMap<>();
        for (List<Line> lines : pages) {
            for (Line l : lines) {
                chars.merge(Math.round(l.size() * 2) / 2f, l.text().length(), Integer::sum);
            }
        }
        return chars.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse(10f);
    }

    private void page(List<Line> lines) {
        page++;
        pageStarts.add(-1);
        float spacing = lineSpacing(lines);
        if (spacing <= 0) {
            spacing = documentSpacing;
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (previous != null && breaksBefore(previous, line, spacing, i == 0)) {
                endParagraph();
            }
            append(line, i == 0);
            previous = line;
        }
    }

    private boolean breaksBefore(Line prev, Line line, float spacing, boolean firstOfPage) {
        boolean heading = isHeading(line);
        if (heading != isHeading(prev) || Math.abs(line.size() - prev.size()) > 0.15f * prev.size()) {
            return true;
        }
        boolean newFlow = firstOfPage || line.column() != prev.column() || line.y() < prev.y() - prev.size() * 0.5f;
        if (newFlow) {
            return !continuesSentence(prev, line);
        }
        float gap = line.y() - prev.y();
        if (spacing > 0 && gap > spacing * 1.4f || gap > prev.size() * 2.2f) {
            return true;
        }
        float indent = line.x0() - line.left();
        float prevIndent = prev.x0() - prev.left();
        if (indent > 0.8f * line.size() && prevIndent < 0.5f * line.size() && !heading) {
            return true;
        }
        boolean prevShort = prev.x1() < prev.right() - 0.15f * (prev.right() - prev.left());
        return prevShort && endsSentence(prev.text());
    }

    private boolean isHeading(Line line) {
        return line.size() >= bodySize * HEADING_RATIO && line.text().length() < 200;
    }

    private static boolean continuesSentence(Line prev, Line next) {
        String p = prev.text();
        String n = next.text();
        if (n.isEmpty() || p.isEmpty()) {
            return false;
        }
        return !endsSentence(p) && (Character.isLowerCase(n.codePointAt(0)) || brokenWord(p));
    }

    private static boolean endsSentence(String s) {
        char c = s.charAt(s.length() - 1);
        return ".!?:;\"”’)]".indexOf(c) >= 0;
    }

    /** A word broken at the line's end: a letter, then a hyphen (or soft hyphen). */
    private static boolean brokenWord(String s) {
        int n = s.length();
        char last = s.charAt(n - 1);
        return n >= 2 && (last == '-' || last == '\u00ad' || last == '\u2010') && Character.isLetter(s.charAt(n - 2));
    }

    private void append(Line line, boolean firstOfPage) {
        String t = line.text().strip();
        if (t.isEmpty()) {
            return;
        }
        if (current.length() == 0) {
            currentKind = isHeading(line) ? Article.Block.Kind.HEADING : Article.Block.Kind.PARAGRAPH;
            currentSize = line.size();
            currentPage = page;
        } else if (brokenWord(current.toString()) && Character.isLowerCase(t.codePointAt(0))) {
            current.setLength(current.length() - 1);
        } else {
            current.append(' ');
        }
        if (firstOfPage) {
            pendingPages.add(new int[] {page - 1, current.length()});
        }
        current.append(t);
        currentSize = Math.max(currentSize, line.size());
    }

    private void endParagraph() {
        if (current.length() == 0) {
            return;
        }
        String paragraph = current.toString();
        int start = text.add(currentKind, paragraph);
        if (currentKind == Article.Block.Kind.HEADING && currentPage == firstPageWithText() && currentSize > titleSize) {
            titleSize = currentSize;
            title = paragraph.strip();
        }
        for (int[] p : pendingPages) {
            pageStarts.set(p[0], start + p[1]);
        }
        pendingPages.clear();
        current.setLength(0);
    }

    private int firstPageWithText() {
        for (int i = 0; i < pageStarts.size(); i++) {
            if (pageStarts.get(i) >= 0) {
                return i + 1;
            }
        }
        return currentPage;
    }

    /** The usual distance between baselines of consecutive lines of one column on this page. */
    private static float lineSpacing(List<Line> lines) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            Line a = lines.get(i - 1);
            Line b = lines.get(i);
            float gap = b.y() - a.y();
            if (a.column() == b.column() && gap > 0 && gap < a.size() * 3 && Math.abs(a.size() - b.size()) < 0.5f) {
                gaps.add(gap);
            }
        }
        if (gaps.size() < 3) {
            return 0;
        }
        gaps.sort(null);
        return gaps.get(gaps.size() / 4);
    }
}
