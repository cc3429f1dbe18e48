package org.dossier.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes one block's text with spans wrapped around it. Overlapping spans cannot nest in HTML, so
 * when an inner span outlives an outer one the outer is closed and the inner reopened after it (the
 * usual way to draw overlapping ranges). Spans are clipped to the block. One instance per block.
 */
final class SpanWriter {
    private final StringBuilder html;
    private final String text;
    private final int blockStart;
    private final int blockEnd;

    SpanWriter(StringBuilder html, String text, int blockStart, int blockEnd) {
        this.html = html;
        this.text = text;
        this.blockStart = blockStart;
        this.blockEnd = blockEnd;
    }

    /** {@code sorted}: all spans of the article by start, longer first. */
    void write(List<Span> sorted) {
        List<Span> inBlock = new ArrayList<>();
        for (Span s : sorted) {
            int start = Math.max(s.start(), blockStart);
            int end = Math.min(s.end(), blockEnd);
            if (end > start) {
                inBlock.add(start == s.start() && end == s.end() ? s
                        : new Span(start, end, s.tag(), s.cssClass(), s.data(), s.tooltip()));
            }
        }
        List<Span> open = new ArrayList<>();
        int pos = blockStart;
        int next = 0;
        while (pos < blockEnd) {
            // Close what ends here: pop down to it, then reopen the survivors in their order.
            final int at = pos;
            List<Span> reopen = new ArrayList<>();
            while (open.stream().anyMatch(s -> s.end() == at)) {
                Span top = open.remove(open.size() - 1);
                close(top);
                if (top.end() > at) {
                    reopen.add(0, top);
                }
            }
            List<Span> starting = new ArrayList<>(reopen);
            while (next < inBlock.size() && inBlock.get(next).start() == pos) {
                starting.add(inBlock.get(next++));
            }
            // Longer spans outside, so they are split less often.
            starting.sort(Comparator.comparingInt(Span::end).reversed());
            for (Span s : starting) {
                open(s);
                open.add(s);
            }
            int stop = blockEnd;
            for (Span s : open) {
                stop = Math.min(stop, s.end());
            }
            if (next < inBlock.size()) {
                stop = Math.min(stop, inBlock.get(next).start());
            }
            ArticleRenderer.escape(html, text, pos, stop);
            pos = stop;
        }
        for (int i = open.size() - 1; i >= 0; i--) {
            close(open.get(i));
        }
    }

    private void open(Span s) {
        html.append('<').append(s.tag());
        if (!s.cssClass().isEmpty()) {
            attribute("class", s.cssClass());
        }
        for (Map.Entry<String, String> e : s.data().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            attribute("data-" + e.getKey(), e.getValue());
        }
        if (s.tooltip() != null) {
            attribute("title", s.tooltip());
        }
        html.append('>');
    }

    private void attribute(String name, String value) {
        html.append(' ').append(name).append("=\"");
        ArticleRenderer.escape(html, value);
        html.append('"');
    }

    private void close(Span s) {
        html.append("</").append(s.tag()).append('>');
    }
}
