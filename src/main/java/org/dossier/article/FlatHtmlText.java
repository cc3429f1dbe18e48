package org.dossier.article;

import org.dossier.base.Datelines;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.parser.Parser;

/**
 * The text of a page with too many elements to build its tree in memory (a million elements take
 * half a gigabyte as a jsoup document): one pass over the markup that drops tags, comments, scripts
 * and styles, decodes entities, starts a paragraph at each block tag and collapses white space. The
 * page's structure, emphasis and links are lost, its words are not. Stateless.
 */
final class FlatHtmlText {
    /** Above this many elements a page is read flat: about 60 MB as a tree, within the window's heap. */
    static final int MAX_ELEMENTS = 120_000;

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5",
            "h6", "blockquote", "pre", "tr", "table", "section", "article", "main", "header", "footer", "aside",
            "ul", "ol", "dl", "figure", "figcaption", "hr", "body", "address", "td", "th");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg");

    private FlatHtmlText() {
    }

    /** How many start tags {@code html} has, counting up to {@code limit + 1}. */
    static int elements(String html, int limit) {
        int n = 0;
        for (int i = html.indexOf('<'); i >= 0 && n <= limit; i = html.indexOf('<', i + 1)) {
            if (i + 1 < html.length() && Character.isLetter(html.charAt(i + 1))) {
                n++;
            }
        }
        return n;
    }

    /** Why a page is read flat, for its warning. */
    enum Why {
        TOO_MANY_ELEMENTS("This page has more than " + String.format(Locale.ROOT, "%,d", MAX_ELEMENTS)
                + " HTML elements, too many to lay out in memory: its text is shown without its structure."),
        TOO_DEEP("This page's elements are nested too deeply to lay out: its text is shown without its structure.");

        final String warning;

        Why(String warning) {
            this.warning = warning;
        }
    }

    static Article parse(String id, Path file, Article.Format format, String html, List<String> warnings, Why why) {
        StringBuilder text = new StringBuilder();
        List<Article.Block> blocks = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        String title = "";
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c != '<') {
                run.append(c);
                i++;
                continue;
            }
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            int close = html.indexOf('>', i + 1);
            if (close < 0) {
                run.append(html, i, n);
                break;
            }
            String name = tagName(html, i + 1, close);
            if (name.isEmpty()) {
                run.append(c);
                i++;
                continue;
            }
            boolean endTag = html.charAt(i + 1) == '/';
            if (!endTag && name.equals("title")) {
                int end = indexOfIgnoreCase(html, "</title", close + 1);
                title = Parser.unescapeEntities(html.substring(close + 1, end < 0 ? n : end), false).strip();
                i = end < 0 ? n : end;
                continue;
            }
            if (!endTag && SKIPPED.contains(name)) {
                int end = indexOfIgnoreCase(html, "</" + name, close + 1);
                i = end < 0 ? n : end;
                continue;
            }
            if (BLOCKS.contains(name)) {
                endBlock(run, text, blocks);
            }
            i = close + 1;
        }
        endBlock(run, text, blocks);
        if (title.isBlank()) {
            title = blocks.isEmpty() ? file.getFileName().toString()
                    : TextArticleParser.titleFromSentence(text.substring(blocks.get(0).start(), blocks.get(0).end()));
        }
        LocalDate date = null;
        for (int b = 0; b < Math.min(4, blocks.size()) && date == null; b++) {
            date = Datelines.dateline(text.substring(blocks.get(b).start(), blocks.get(b).end()));
        }
        List<String> all = new ArrayList<>(warnings);
        all.add(why.warning);
        return new Article(id, file, format, title, date, "", text.toString(), blocks, List.of(), all, null);
    }

    /** The lower-case name of the tag whose text starts at {@code from} (after '<' and an optional '/'). */
    private static String tagName(String html, int from, int close) {
        int s = from < close && html.charAt(from) == '/' ? from + 1 : from;
        int e = s;
        while (e < close && (Character.isLetterOrDigit(html.charAt(e)))) {
            e++;
        }
        return e == s || !Character.isLetter(html.charAt(s)) ? "" : html.substring(s, e).toLowerCase(Locale.ROOT);
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        for (int i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1)) {
            if (s.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }

    private static void endBlock(StringBuilder run, StringBuilder text, List<Article.Block> blocks) {
        if (run.isEmpty()) {
            return;
        }
        String decoded = Parser.unescapeEntities(run.toString(), false);
        run.setLength(0);
        StringBuilder collapsed = new StringBuilder(decoded.length());
        boolean space = false;
        for (int k = 0; k < decoded.length(); k++) {
            char ch = decoded.charAt(k);
            if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f') {
                space = !collapsed.isEmpty();
            } else {
                if (space) {
                    collapsed.append(' ');
                    space = false;
                }
                collapsed.append(ch);
            }
        }
        if (collapsed.isEmpty()) {
            return;
        }
        if (!text.isEmpty()) {
            text.append(BlockTextExtractor.SEPARATOR);
        }
        int start = text.length();
        text.append(collapsed);
        blocks.add(new Article.Block(Article.Block.Kind.PARAGRAPH, start, text.length()));
    }
}
