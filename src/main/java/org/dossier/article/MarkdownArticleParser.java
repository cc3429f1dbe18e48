package org.dossier.article;

import org.dossier.base.Datelines;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Markdown articles: CommonMark turns them into HTML (headings, paragraphs, emphasis, lists, links),
 * which is cleaned and read like a saved page. A leading front-matter block ({@code ---} … {@code ---})
 * may give {@code title:}, {@code date:} and {@code source:}; otherwise the first heading is the title
 * and a dateline among the first blocks gives the date.
 */
final class MarkdownArticleParser {
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\uFEFF?---\\r?\\n(.*?)\\r?\\n---\\r?\\n", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("(?m)^(title|date|source|author|publisher)\\s*:\\s*(.+?)\\s*$");
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(false).build();
    /** Above this many inline marks a file is read as plain text (see {@link #markup}). */
    static final int MAX_MARKUP = 200_000;
    private static final Safelist SAFELIST = Safelist.relaxed().removeTags("img");

    private MarkdownArticleParser() {
    }

    static Article parse(String id, Path file, String markdown, List<String> warnings) {
        String title = "";
        String source = "";
        LocalDate date = null;
        String body = markdown;
        Matcher fm = FRONT_MATTER.matcher(markdown);
        if (fm.find()) {
            body = markdown.substring(fm.end());
            Matcher field = FIELD.matcher(fm.group(1));
            while (field.find()) {
                String value = unquote(field.group(2));
                switch (field.group(1)) {
                    case "title" -> title = value;
                    case "date" -> date = Datelines.metadata(value);
                    default -> source = source.isEmpty() ? value : source;
                }
            }
        }
        if (markup(body) > MAX_MARKUP) {
            // CommonMark keeps ~260 bytes a node: a million emphasised words would not fit the heap.
            warnings.add("This file has more than " + String.format(java.util.Locale.ROOT, "%,d", MAX_MARKUP)
                    + " Markdown marks, too many to lay out in memory: it is shown as plain text.");
            Article plain = TextArticleParser.parse(id, file, markdown, warnings);
            return new Article(id, file, Article.Format.MARKDOWN, title.isBlank() ? plain.title() : title,
                    date == null ? plain.date() : date, source, plain.text(), plain.blocks(), List.of(), plain.warnings(), null);
        }
        org.commonmark.node.Node tree = PARSER.parse(body);
        if (MarkdownDepth.flatten(tree)) {
            warnings.add("Quotations, lists or emphasis nested more than " + MarkdownDepth.MAX_DEPTH
                    + " levels deep were flattened to " + MarkdownDepth.MAX_DEPTH + " levels.");
        }
        String html = RENDERER.render(tree);
        if (FlatHtmlText.elements(html, FlatHtmlText.MAX_ELEMENTS) > FlatHtmlText.MAX_ELEMENTS) {
            Article flat = FlatHtmlText.parse(id, file, Article.Format.MARKDOWN, html, warnings,
                    FlatHtmlText.Why.TOO_MANY_ELEMENTS);
            return new Article(id, file, Article.Format.MARKDOWN, title.isBlank() ? flat.title() : title,
                    date == null ? flat.date() : date, source, flat.text(), flat.blocks(), List.of(), flat.warnings(), null);
        }
        Document shell = Jsoup.parseBodyFragment(html);
        Document clean = new Cleaner(SAFELIST).clean(shell);
        BlockTextExtractor.Result extracted = BlockTextExtractor.extract(clean.body());
        String text = extracted.text();
        List<Article.Block> blocks = extracted.blocks();
        if (title.isBlank() && !blocks.isEmpty()) {
            Article.Block first = blocks.get(0);
            String firstText = text.substring(first.start(), first.end());
            title = first.kind() == Article.Block.Kind.HEADING ? firstText : TextArticleParser.titleFromSentence(firstText);
        }
        for (int i = 0; i < Math.min(4, blocks.size()) && date == null; i++) {
            date = Datelines.dateline(text.substring(blocks.get(i).start(), blocks.get(i).end()));
        }
        if (title.isBlank()) {
            title = file.getFileName().toString();
        }
        return new Article(id, file, Article.Format.MARKDOWN, title, date, source, text, blocks,
                extracted.inlines(), warnings, null);
    }

    /** How many characters of {@code s} may open an inline node (emphasis, code, link, image, HTML). */
    private static int markup(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '_' || c == '`' || c == '[' || c == '<' || c == '~') {
                n++;
            }
        }
        return n;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
