package org.dossier.article.html;

import java.util.List;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Cleans the story a pass found, after Readability's {@code prepArticle}: forms, embeds, asides and
 * footers go; share widgets, headings with furniture class names, and blocks that look like
 * navigation, galleries or forms (by their share of links, images, list items and inputs) go unless
 * they are or sit in a table of data. Changes the element in place. Not thread-safe: one instance per pass.
 */
final class ContentCleaner {
    private static final int SHARE_MAX_CHARS = 500;
    // Parsed once: a query string is parsed again on every select(String), for every element asked.
    private static final Evaluator MEDIA = QueryParser.parse("img, embed, object, iframe");
    private static final Evaluator LISTS = QueryParser.parse("ul, ol");
    private static final Evaluator EMBEDS = QueryParser.parse("object, embed, iframe");
    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, h6");
    private static final Evaluator TEXTISH = QueryParser.parse("span, li, td, blockquote, dl, div, img, ol, p, pre, table, ul");

    private final Rules rules;
    private final DataTables tables;

    ContentCleaner(Rules rules, DataTables tables) {
        this.rules = rules;
        this.tables = tables;
    }

    void clean(Element content) {
        tables.mark(content);
        cleanConditionally(content, "form");
        cleanConditionally(content, "fieldset");
        removeAll(content, java.util.Set.of("object", "embed", "footer", "link", "aside"));
        for (Element child : content.children()) {
            removeShareWidgets(child);
        }
        removeAll(content, java.util.Set.of("iframe", "input", "textarea", "select", "button"));
        for (Element h : reversed(content.select("h1, h2"))) {
            if (rules.classWeight(h) < 0) {
                Dom.remove(h);
            }
        }
        cleanConditionally(content, "table");
        cleanConditionally(content, "ul");
        cleanConditionally(content, "div");
        for (Element h1 : content.getElementsByTag("h1")) {
            Dom.rename(h1, "h2");
        }
        for (Element p : reversed(content.getElementsByTag("p"))) {
            if (p.select(MEDIA).isEmpty() && !Texts.hasText(p)) {
                Dom.remove(p);
            }
        }
        for (Element br : content.getElementsByTag("br")) {
            Node next = br.nextSibling();
            while (next != null && !(next instanceof Element) && Dom.isWhitespace(next)) {
                next = next.nextSibling();
            }
            if (next instanceof Element e && e.normalName().equals("p")) {
                Dom.remove(br);
            }
        }
        unwrapSingleCellTables(content);
    }

    /** Removes every element of these tags (in one walk), except embeds of the well-known video players. */
    private static void removeAll(Element root, java.util.Set<String> tags) {
        List<Element> found = new java.util.ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e != root && tags.contains(e.normalName())) {
                found.add(e);
            }
        }
        for (Element e : reversed(found)) {
            String tag = e.normalName();
            boolean embed = tag.equals("object") || tag.equals("embed") || tag.equals("iframe");
            if (e.parent() == null || embed && isAllowedVideo(e)) {
                continue;
            }
            Dom.remove(e);
        }
    }

    private static boolean isAllowedVideo(Element e) {
        for (Attribute a : e.attributes()) {
            if (Patterns.VIDEOS.matcher(a.getValue()).find()) {
                return true;
            }
        }
        return e.normalName().equals("object") && Patterns.VIDEOS.matcher(e.html()).find();
    }

    /** Descendants (not the element itself) named like share buttons and holding little text. */
    private static void removeShareWidgets(Element top) {
        Element end = Dom.next(top, true);
        Element next = Dom.next(top, false);
        while (next != null && next != end) {
            if (Patterns.SHARE.matcher(Patterns.classAndId(next)).find() && next.wholeText().length() < SHARE_MAX_CHARS) {
                next = Dom.removeAndNext(next);
            } else {
                next = Dom.next(next, false);
            }
        }
    }

    /**
     * Drops {@code tag} elements that look like furniture: a furniture class name; or, with few
     * commas, more images than paragraphs, list items outside a list, inputs, almost no text, many
     * links, or an embed that is not a known video player. Innermost first, as Readability does.
     */
    private void cleanConditionally(Element root, String tag) {
        if (!rules.cleanConditionally()) {
            return;
        }
        for (Element node : reversed(root.getElementsByTag(tag))) {
            if (node == root || node.parent() == null) {
                continue;
            }
            if (shouldRemove(node, tag)) {
                Dom.remove(node);
            }
        }
    }

    private boolean shouldRemove(Element node, String tag) {
        boolean isList = tag.equals("ul") || tag.equals("ol");
        int textLength = Texts.length(node);
        if (!isList) {
            int listLength = 0;
            for (Element list : node.select(LISTS)) {
                listLength += Texts.length(list);
            }
            isList = textLength > 0 && listLength / (double) textLength > 0.9;
        }
        if (tag.equals("table") && tables.contains(node)) {
            return false;
        }
        if (Dom.hasAncestor(node, "table", -1, tables::contains) || Dom.hasAncestor(node, "code")) {
            return false;
        }
        for (Element t : node.getElementsByTag("table")) {
            if (t != node && tables.contains(t)) {
                return false;
            }
        }
        int weight = rules.classWeight(node);
        if (weight < 0) {
            return true;
        }
        String text = Texts.inner(node);
        if (count(text, ',') >= 10) {
            return false;
        }
        int p = node.getElementsByTag("p").size() - (tag.equals("p") ? 1 : 0);
        int img = node.getElementsByTag("img").size();
        int li = node.getElementsByTag("li").size() - 100;
        int input = node.getElementsByTag("input").size();
        double headingDensity = density(node, textLength, HEADINGS);
        int embeds = 0;
        for (Element embed : node.select(EMBEDS)) {
            if (isAllowedVideo(embed)) {
                return false;
            }
            embeds++;
        }
        if (Patterns.AD_WORDS.matcher(text).find() || Patterns.LOADING_WORDS.matcher(text).find()) {
            return true;
        }
        int contentLength = text.length();
        double linkDensity = Texts.linkDensity(node);
        double textDensity = density(node, textLength, TEXTISH);
        boolean inFigure = Dom.hasAncestor(node, "figure");
        boolean remove = !inFigure && img > 1 && p / (double) img < 0.5
                || !isList && li > p
                || input > Math.floor(p / 3.0)
                || !isList && !inFigure && headingDensity < 0.9 && contentLength < 25 && (img == 0 || img > 2)
                    && linkDensity > 0
                || !isList && weight < 25 && linkDensity > 0.2
                || weight >= 25 && linkDensity > 0.5
                || embeds == 1 && contentLength < 75 || embeds > 1
                || img == 0 && textDensity == 0;
        if (isList && remove) {
            // A list of images (a gallery of one image per item) stays.
            for (Element child : node.children()) {
                if (child.childrenSize() > 1) {
                    return true;
                }
            }
            return img != node.getElementsByTag("li").size();
        }
        return remove;
    }

    /** The share of the node's text inside descendants matching {@code query} (nested ones count again). */
    private static double density(Element node, int textLength, Evaluator query) {
        if (textLength == 0) {
            return 0;
        }
        int inside = 0;
        for (Element e : node.select(query)) {
            if (e != node) {
                inside += Texts.length(e);
            }
        }
        return inside / (double) textLength;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** A table of one row of one cell is a paragraph (or a div) in disguise. */
    private static void unwrapSingleCellTables(Element root) {
        for (Element table : reversed(root.getElementsByTag("table"))) {
            if (table == root) {
                continue;
            }
            Element body = Dom.hasSingleChild(table, "tbody") ? table.child(0) : table;
            if (!Dom.hasSingleChild(body, "tr")) {
                continue;
            }
            Element row = body.child(0);
            if (!Dom.hasSingleChild(row, "td")) {
                continue;
            }
            Element cell = row.child(0);
            boolean phrasing = true;
            for (Node n : cell.childNodes()) {
                phrasing &= Dom.isPhrasing(n);
            }
            Dom.rename(cell, phrasing ? "p" : "div");
            table.replaceWith(cell);
        }
    }

    private static List<Element> reversed(List<Element> elements) {
        List<Element> list = new java.util.ArrayList<>(elements);
        java.util.Collections.reverse(list);
        return list;
    }
}
