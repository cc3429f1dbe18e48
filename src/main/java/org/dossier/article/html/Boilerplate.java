package org.dossier.article.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Drops the page furniture the scoring passes leave inside a story: widgets named as furniture
 * ({@link FurnitureClasses}), media players, credit-only captions ({@link Captions}), short blocks
 * that say what furniture says ({@link FurnitureText}), a label followed by a list of links ("More
 * about: · Hotels · Hygiene", "Read more:" and its links), a run of links closing the story, an
 * "About the author" box, and the headline repeated at the top. Nothing that holds a large share of
 * the story is dropped for its name. Changes the element in place. Not thread-safe: one call per story.
 */
final class Boilerplate {
    /** A widget holding more than this share of the story's text is part of the story, whatever its name. */
    private static final double MAX_WIDGET_SHARE = 0.4;
    private static final int EDGE_BLOCKS = 3;
    private static final Set<String> LEAVES = Set.of("p", "div", "section", "article", "header", "footer", "h1", "h2",
            "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "figcaption", "caption", "td", "th", "address");
    /** Headings of the lists of other stories and topics that close news pages. */
    private static final Pattern LIST_LABEL = Pattern.compile("^(?:topics|tags|more about|more on this( story)?|"
            + "related(?: (?:stories|articles|content|coverage|topics|links|posts))?|more (?:stories|from \\S.*|news)|"
            + "most (?:read|popular|viewed|shared)|you (?:may|might) (?:also )?like|read next|up next|recommended(?: for you)?|"
            + "trending(?: now)?|popular(?: now)?|in other news|see also|further reading|also in the news|"
            + "sur le même sujet|à lire aussi|lire aussi|mehr zum thema|weitere artikel|leia também|lea también|"
            + "relacionad[oa]s|noticias relacionadas|相关阅读|相关新闻|延伸阅读)[:.]?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ABOUT_AUTHOR = Pattern.compile("^(?:about (?:the )?(?:authors?|writer|reporter)|"
            + "the author|à propos de l'auteur|über den autor|sobre el autor|sobre o autor)[:.]?$", Pattern.CASE_INSENSITIVE);

    private Boilerplate() {
    }

    /** @param title the page's headline, to recognise its copy at the top ("" when unknown) */
    static void clean(Element content, String title, DataTables tables) {
        removeNamedWidgets(content, tables);
        Captions.clean(content);
        List<Element> blocks = leafBlocks(content, tables);
        dropFurnitureBlocks(blocks);
        blocks.removeIf(b -> b.parent() == null || !attached(b, content));
        dropLabelledLinkLists(blocks);
        blocks.removeIf(b -> b.parent() == null || !attached(b, content));
        dropTrailingLinks(blocks);
        blocks.removeIf(b -> b.parent() == null || !attached(b, content));
        dropTrailingLinkLists(content);
        blocks.removeIf(b -> b.parent() == null || !attached(b, content));
        dropSectionLink(blocks, content);
        blocks.removeIf(b -> b.parent() == null || !attached(b, content));
        dropAuthorBox(blocks);
        blocks.removeIf(b -> b.parent() == null || !attached(b, content));
        dropRepeatedHeadline(blocks, title);
    }

    private static void removeNamedWidgets(Element content, DataTables tables) {
        int total = Math.max(1, Texts.length(content));
        Element node = content.firstElementChild();
        while (node != null) {
            if (FurnitureClasses.isFurniture(node) && !tables.inData(node) && !inRunningText(node)
                    && Texts.length(node) <= MAX_WIDGET_SHARE * total && !isProse(node)) {
                node = Dom.removeAndNext(node);
                if (node != null && !attached(node, content)) {
                    node = null;
                }
                continue;
            }
            node = Dom.next(node, false);
            if (node != null && !attached(node, content)) {
                node = null;
            }
        }
    }

    /** An inline element with text beside it (a link in a sentence) is the sentence's, whatever its name. */
    private static boolean inRunningText(Element e) {
        if (!Dom.isPhrasing(e) && !e.normalName().equals("a")) {
            return false;
        }
        Element parent = e.parent();
        if (parent == null) {
            return false;
        }
        for (org.jsoup.nodes.Node n : parent.childNodes()) {
            if (n instanceof org.jsoup.nodes.TextNode t && !Texts.isBlank(t.getWholeText())) {
                return true;
            }
        }
        return false;
    }

    /** Several paragraphs of real length: a section of the story, not a widget (comments aside). */
    private static boolean isProse(Element e) {
        int long_ = 0;
        for (Element p : e.getElementsByTag("p")) {
            if (Texts.length(p) > 150 && ++long_ >= 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean attached(Element e, Element root) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == root) {
                return true;
            }
        }
        return false;
    }

    /** Elements that hold text but no block inside them, in document order, outside tables of data. */
    private static List<Element> leafBlocks(Element content, DataTables tables) {
        List<Element> out = new ArrayList<>();
        for (Element e : content.getAllElements()) {
            if (e == content || !LEAVES.contains(e.normalName())) {
                continue;
            }
            if (Dom.anyDescendant(e, d -> Patterns.BLOCK_TAGS.contains(d.normalName())) || !Texts.hasText(e) || tables.inData(e)) {
                continue;
            }
            out.add(e);
        }
        return out;
    }

    private static void dropFurnitureBlocks(List<Element> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Element b = blocks.get(i);
            boolean atEdge = i < EDGE_BLOCKS || i >= blocks.size() - EDGE_BLOCKS;
            if (FurnitureText.classify(Texts.inner(b), Texts.linkDensity(b), atEdge) != null) {
                Dom.remove(b);
            }
        }
    }

    /** "More about:" or "Topics" and the links that follow it. */
    private static void dropLabelledLinkLists(List<Element> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            String text = Texts.inner(blocks.get(i));
            if (text.length() > 40) {
                continue;
            }
            // A label of the kind ("Topics", "More about:") anywhere; any other "…:" only when its links close the story.
            boolean named = LIST_LABEL.matcher(text).matches() || FurnitureText.isLeadIn(text);
            if (!named && !text.endsWith(":")) {
                continue;
            }
            int j = i + 1;
            while (j < blocks.size() && isLinkItem(blocks.get(j))) {
                j++;
            }
            boolean last = j >= blocks.size();
            if (j > i + 1 && (named || last) || LIST_LABEL.matcher(text).matches() && last) {
                for (int k = i; k < j; k++) {
                    Dom.remove(blocks.get(k));
                }
                i = j - 1;
            }
        }
    }

    /** A run of two or more short link blocks that closes the story: other stories. */
    private static void dropTrailingLinks(List<Element> blocks) {
        int start = blocks.size();
        while (start > 0 && isLinkItem(blocks.get(start - 1))) {
            start--;
        }
        if (blocks.size() - start >= 2) {
            for (int k = start; k < blocks.size(); k++) {
                Dom.remove(blocks.get(k));
            }
        }
    }

    private static boolean isLinkItem(Element b) {
        int length = Texts.length(b);
        return length > 0 && length <= 200 && linkShare(b) >= 0.6;
    }

    /** The share of a block's text in links, counting a block inside a link as all link. */
    private static double linkShare(Element b) {
        for (Element p = b.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("a") && p.hasAttr("href")) {
                return 1;
            }
        }
        return Texts.linkDensity(b);
    }

    /**
     * A list of links after the story's last paragraph ("WWE terminates Hulk Hogan's contract · 49
     * minutes ago"): other stories, each item a headline link with perhaps a time.
     */
    private static void dropTrailingLinkLists(Element content) {
        List<Element> lists = content.select("ul, ol");
        for (int i = lists.size() - 1; i >= 0; i--) {
            Element list = lists.get(i);
            if (list.parent() == null || !attached(list, content) || Dom.hasAncestor(list, "li", -1, null)) {
                continue;
            }
            List<Element> items = list.children();
            if (textAfter(list, content) >= 200) {
                break; // lists are met last first: every list before this one has even more text after it
            }
            if (items.size() < 2 || !items.stream().allMatch(Boilerplate::isLinkItem)) {
                continue;
            }
            Dom.remove(list);
        }
    }

    /** How much text follows the element in the story. */
    private static int textAfter(Element e, Element root) {
        int after = 0;
        for (Element x = e; x != null && x != root; x = x.parent()) {
            for (Element s = x.nextElementSibling(); s != null; s = s.nextElementSibling()) {
                after += Texts.length(s);
            }
        }
        return after;
    }

    /** A short link opening the story ("US & Canada", "Biz & IT"): the section it is filed under. */
    private static void dropSectionLink(List<Element> blocks, Element content) {
        if (blocks.isEmpty()) {
            return;
        }
        Element first = blocks.get(0);
        if (Texts.length(first) <= 40 && linkShare(first) >= 0.9 && Texts.length(content) >= PageExtractor.ENOUGH_TEXT) {
            Dom.remove(first);
        }
    }

    /** "About the author" and what follows it in its section. */
    private static void dropAuthorBox(List<Element> blocks) {
        for (Element b : blocks) {
            if (b.parent() != null && ABOUT_AUTHOR.matcher(Texts.inner(b)).matches()) {
                Element parent = b.parent();
                List<Element> after = new ArrayList<>();
                boolean seen = false;
                for (Element sibling : parent.children()) {
                    if (sibling == b) {
                        seen = true;
                    }
                    if (seen) {
                        after.add(sibling);
                    }
                }
                after.forEach(Dom::remove);
                return;
            }
        }
    }

    /** The headline again among the first blocks, as a subheading or a bold paragraph. */
    private static void dropRepeatedHeadline(List<Element> blocks, String title) {
        if (title.isBlank()) {
            return;
        }
        for (int i = 0; i < Math.min(EDGE_BLOCKS, blocks.size()); i++) {
            Element b = blocks.get(i);
            String text = Texts.inner(b);
            if (text.length() <= title.length() * 1.3 + 10 && Texts.similarity(title, text) > 0.8
                    && Texts.similarity(text, title) > 0.6) {
                Dom.remove(b);
                return;
            }
        }
    }
}
