package org.dossier.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dossier.article.Article;
/**
 * Turns an article and the spans to highlight into one self-contained HTML document for the reading
 * pane. Only the article's text is taken from the article — never its markup — and it is escaped,
 * so nothing in it can run or load; a Content-Security-Policy forbids every fetch and inline script
 * as a second wall. The text content of the {@code #dossier-text} element equals the article's text
 * exactly: highlighting only wraps spans. Stateless; safe to share between threads.
 */
public final class ArticleRenderer {
    /** Blocks every network fetch and inline script; allows only our own inline style sheet. */
    public static final String CSP = "default-src 'none'; style-src 'unsafe-inline'";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final String STYLESHEET = loadStylesheet();

    /** Renders {@code article} with {@code spans} highlighted. Spans may overlap; they are nested or split. */
    public String render(Article article, List<Span> spans, RenderOptions options) {
        // Sized for the text, the marks and the page around them, so it need not grow (a grown builder
        // and the string made from it held three copies of a 10 MB article at once).
        StringBuilder html = new StringBuilder(article.text().length() + spans.size() * 200 + article.inlines().size() * 40
                + STYLESHEET.length() + 4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\" class=\"").append(options.rootClasses())
                .append("\" style=\"font-size:").append(options.fontPercent()).append("%\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
                .append("<title>");
        escape(html, article.title());
        html.append("</title>\n<style>\n").append(STYLESHEET).append("</style>\n</head>\n<body>\n<main class=\"page\">\n");

        List<Article.Block> blocks = article.blocks();
        boolean titleInText = !blocks.isEmpty() && blocks.get(0).kind() == Article.Block.Kind.HEADING
                && article.text().substring(blocks.get(0).start(), blocks.get(0).end()).strip().equals(article.title());
        html.append("<header class=\"meta\">\n<p class=\"byline\">");
        escape(html, byline(article));
        html.append("</p>\n");
        if (!titleInText && !titleOpensText(article)) {
            html.append("<h1 class=\"title\">");
            escape(html, article.title());
            html.append("</h1>\n");
        }
        for (String warning : article.warnings()) {
            html.append("<p class=\"warning\">");
            escape(html, warning);
            html.append("</p>\n");
        }
        html.append("</header>\n<article id=\"dossier-text\">");
        body(html, article, spans, titleInText);
        html.append("</article>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    /**
     * Whether the title is only the opening of the text (a title derived from the first sentence of an
     * untitled article): the list and the window show it, and the pane shows the text as written
     * rather than the same words twice, once cut off.
     */
    static boolean titleOpensText(Article article) {
        if (article.blocks().isEmpty()) {
            return false;
        }
        Article.Block first = article.blocks().get(0);
        String title = article.title().replaceAll("\\s+", " ").strip();
        // Only as much of the opening as the title could span: a one-line article may be 10 MB long.
        int end = (int) Math.min(first.end(), first.start() + 2L * article.title().length() + 16);
        String opening = article.text().substring(first.start(), end).replaceAll("\\s+", " ").strip();
        if (title.endsWith("…")) {
            title = title.substring(0, title.length() - 1).strip();
        }
        return !title.isEmpty() && opening.startsWith(title);
    }

    /** "Ardan Herald · Mara Voss · 8 July 2017 · 412 words · file": what the header shows above the title. */
    static String byline(Article article) {
        List<String> parts = new ArrayList<>();
        String site = article.meta().site().isBlank() ? article.source() : article.meta().site();
        if (!site.isBlank()) {
            parts.add(site);
        }
        String authors = article.meta().byline();
        if (!authors.isBlank() && !authors.equalsIgnoreCase(site)) {
            parts.add(authors);
        }
        article.publishedOn().ifPresent(d -> parts.add(DATE.format(d)));
        parts.add(article.wordCount() + (article.wordCount() == 1 ? " word" : " words"));
        int pages = article.structure().pageStarts().size();
        if (pages > 0) {
            parts.add(pages + (pages == 1 ? " page" : " pages"));
        }
        parts.add(article.id());
        List<String> attached = article.structure().attachments();
        if (!attached.isEmpty()) {
            parts.add((attached.size() == 1 ? "1 attachment: " : attached.size() + " attachments: ") + String.join(", ", attached));
        }
        return String.join(" · ", parts);
    }

    private void body(StringBuilder html, Article article, List<Span> spans, boolean titleInText) {
        String text = article.text();
        List<Span> all = new ArrayList<>(spans);
        for (Article.Inline inline : article.inlines()) {
            all.add(switch (inline.kind()) {
                case EMPHASIS -> new Span(inline.start(), inline.end(), "em", "", Map.of(), null);
                case STRONG -> new Span(inline.start(), inline.end(), "strong", "", Map.of(), null);
                case LINK -> new Span(inline.start(), inline.end(), "span", "link", Map.of("href", inline.href()),
                        inline.href());
            });
        }
        all.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));

        int pos = 0;
        boolean inList = false;
        // Page markers are empty elements whose label is drawn by the style sheet: the text stays the text.
        List<Integer> pageStarts = article.structure().pageStarts();
        int nextPage = 1;
        // An e-mail's quoted replies (consecutive quotation blocks) are folded into one <details>.
        boolean foldQuotes = article.format() == Article.Format.EMAIL;
        boolean inFold = false;
        boolean inTable = false;
        // Each block gets only the spans that reach into it: handing every block all the article's
        // spans made a 10 MB article (30,000 paragraphs, 150,000 marks) take minutes.
        int nextSpan = 0;
        List<Span> reaching = new ArrayList<>();
        for (int i = 0; i < article.blocks().size(); i++) {
            Article.Block block = article.blocks().get(i);
            List<Span> forBlock = new ArrayList<>();
            for (Span s : reaching) {
                if (s.end() > block.start()) {
                    forBlock.add(s);
                }
            }
            while (nextSpan < all.size() && all.get(nextSpan).start() < block.end()) {
                Span s = all.get(nextSpan++);
                if (s.end() > block.start()) {
                    forBlock.add(s);
                }
            }
            reaching = new ArrayList<>();
            for (Span s : forBlock) {
                if (s.end() > block.end()) {
                    reaching.add(s);
                }
            }
            boolean listItem = block.kind() == Article.Block.Kind.LIST_ITEM;
            boolean row = block.kind() == Article.Block.Kind.TABLE_ROW;
            if (inList && !listItem) {
                html.append("</ul>");
                inList = false;
            }
            boolean quote = foldQuotes && block.kind() == Article.Block.Kind.QUOTE;
            if (inFold && !quote) {
                html.append("</details>");
                inFold = false;
            }
            if (inTable && !row) {
                html.append("</tbody></table>");
                inTable = false;
            }
            escape(html, text, pos, block.start());
            while (nextPage < pageStarts.size() && pageStarts.get(nextPage) <= block.start()) {
                pageMarker(html, ++nextPage, true);
            }
            if (quote && !inFold) {
                html.append("<details class=\"quoted\"><summary></summary>");
                inFold = true;
            }
            if (listItem && !inList) {
                html.append("<ul>");
                inList = true;
            }
            if (row && !inTable) {
                html.append("<table><tbody>");
                inTable = true;
            }
            if (row) {
                tableRow(html, text, block, forBlock);
                pos = block.end();
                continue;
            }
            String tag = switch (block.kind()) {
                case HEADING -> i == 0 && titleInText ? "h1" : "h2";
                case LIST_ITEM -> "li";
                case QUOTE -> "blockquote";
                case CAPTION, PARAGRAPH, TABLE_ROW -> "p";
            };
            html.append('<').append(tag);
            if (i == 0 && titleInText) {
                html.append(" class=\"title\"");
            } else if (block.kind() == Article.Block.Kind.CAPTION) {
                html.append(" class=\"caption\"");
            }
            html.append('>');
            int from = block.start();
            while (nextPage < pageStarts.size() && pageStarts.get(nextPage) < block.end()) {
                int at = pageStarts.get(nextPage);
                new SpanWriter(html, text, from, at).write(forBlock);
                pageMarker(html, ++nextPage, false);
                from = at;
            }
            new SpanWriter(html, text, from, block.end()).write(forBlock);
            html.append("</").append(tag).append('>');
            pos = block.end();
        }
        if (inList) {
            html.append("</ul>");
        }
        if (inFold) {
            html.append("</details>");
        }
        if (inTable) {
            html.append("</tbody></table>");
        }
        escape(html, text, pos, text.length());
        while (nextPage < pageStarts.size()) {
            pageMarker(html, ++nextPage, true);
        }
    }

    /** A quiet "page N" label: an empty element, its words drawn by the style sheet (not part of the text). */
    private static void pageMarker(StringBuilder html, int page, boolean between) {
        html.append("<span class=\"page-marker").append(between ? " between" : "")
                .append("\" data-page=\"").append(page).append("\" aria-label=\"page ").append(page).append("\"></span>");
    }

    /**
     * One table row: a cell per tab-separated part of the block. The tabs stay in the document as the
     * white space between cells, which HTML keeps inside a table row, so the text is unchanged.
     */
    private static void tableRow(StringBuilder html, String text, Article.Block block, List<Span> spans) {
        html.append("<tr>");
        int cellStart = block.start();
        while (true) {
            int tab = text.indexOf('\t', cellStart);
            int cellEnd = tab < 0 || tab >= block.end() ? block.end() : tab;
            html.append("<td>");
            new SpanWriter(html, text, cellStart, cellEnd).write(spans);
            html.append("</td>");
            if (cellEnd == block.end()) {
                break;
            }
            html.append('\t');
            cellStart = cellEnd + 1;
        }
        html.append("</tr>");
    }

    /**
     * Escapes text for HTML content and attribute values. A carriage return is written as a character
     * reference because HTML parsing turns a raw one into a line feed, which would change the text.
     */
    static void escape(StringBuilder out, String s) {
        escape(out, s, 0, s.length());
    }

    /** {@link #escape(StringBuilder, String)} of {@code s[from, to)}, without copying it out first. */
    static void escape(StringBuilder out, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
    }

    private static String loadStylesheet() {
        try (InputStream in = ArticleRenderer.class.getResourceAsStream("reader.css")) {
            if (in == null) {
                throw new IllegalStateException("reader.css is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
