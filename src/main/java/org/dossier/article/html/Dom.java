package org.dossier.article.html;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Small tree operations the extraction passes share. Every walk is iterative, so a page nested
 * thousands of levels deep cannot overflow the stack. Stateless; safe to share between threads.
 */
final class Dom {
    private static final Pattern DISPLAY_NONE = Pattern.compile("display\\s*:\\s*none", Pattern.CASE_INSENSITIVE);
    private static final Pattern VISIBILITY_HIDDEN = Pattern.compile("visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

    private Dom() {
    }

    /** The next element in document order: the first child, else the next sibling, else an ancestor's next sibling. */
    static Element next(Element node, boolean skipChildren) {
        if (!skipChildren) {
            Element first = node.firstElementChild();
            if (first != null) {
                return first;
            }
        }
        Element e = node;
        while (e != null) {
            Element sibling = e.nextElementSibling();
            if (sibling != null) {
                return sibling;
            }
            e = e.parent();
        }
        return null;
    }

    /** Removes {@code node} and returns the element that follows it in document order. */
    static Element removeAndNext(Element node) {
        Element next = next(node, true);
        remove(node);
        return next;
    }

    /**
     * Takes the node out of its parent by putting an empty text in its place: jsoup re-indexes all
     * the following siblings on a real removal, which made a page of 20,000 siblings take seconds.
     * The empty text is nothing to every reader of the tree.
     */
    static void remove(Node node) {
        if (node.parent() != null) {
            node.replaceWith(new TextNode(""));
        }
    }

    /** Whether an ancestor within {@code maxDepth + 1} levels (any level when negative) has the tag and passes the test. */
    static boolean hasAncestor(Element node, String tag, int maxDepth, Predicate<Element> test) {
        int depth = 0;
        for (Element p = node.parent(); p != null && !(p instanceof Document); p = p.parent()) {
            if (maxDepth > 0 && depth > maxDepth) {
                return false;
            }
            if (p.normalName().equals(tag) && (test == null || test.test(p))) {
                return true;
            }
            depth++;
        }
        return false;
    }

    static boolean hasAncestor(Element node, String tag) {
        return hasAncestor(node, tag, 3, null);
    }

    /** Up to {@code max} ancestors (all when 0), nearest first, below the document node. */
    static List<Element> ancestors(Element node, int max) {
        List<Element> out = new ArrayList<>();
        for (Element p = node.parent(); p != null && !(p instanceof Document); p = p.parent()) {
            out.add(p);
            if (max > 0 && out.size() == max) {
                break;
            }
        }
        return out;
    }

    /** Text, or an element that is phrasing content (links, del and ins only when all they hold is). */
    static boolean isPhrasing(Node node) {
        if (node instanceof TextNode) {
            return true;
        }
        if (!(node instanceof Element e)) {
            return false;
        }
        String tag = e.normalName();
        if (Patterns.PHRASING.contains(tag)) {
            return true;
        }
        if (tag.equals("a") || tag.equals("del") || tag.equals("ins")) {
            for (Node child : e.childNodes()) {
                if (!isPhrasing(child)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    static boolean isWhitespace(Node node) {
        return node instanceof TextNode t && Texts.isBlank(t.getWholeText())
                || node instanceof Element e && e.normalName().equals("br");
    }

    /** Exactly one child element, with the tag, and no text beside it. */
    static boolean hasSingleChild(Element e, String tag) {
        if (e.childrenSize() != 1 || !e.child(0).normalName().equals(tag)) {
            return false;
        }
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t && !Texts.isBlank(t.getWholeText())) {
                return false;
            }
        }
        return true;
    }

    /** No text, and no children but line breaks and rules. */
    static boolean isEmpty(Element e) {
        if (Texts.hasText(e)) {
            return false;
        }
        int children = e.childrenSize();
        if (children == 0) {
            return true;
        }
        return children == e.getElementsByTag("br").size() + e.getElementsByTag("hr").size();
    }

    /** Whether a descendant is a block a paragraph cannot hold (a div, list, table, quotation, image…). */
    static boolean hasBlockDescendant(Element e) {
        return anyDescendant(e, d -> Patterns.BLOCKS_IN_DIV.contains(d.normalName()));
    }

    /** Whether a descendant element (not {@code root} itself) passes the test; stops at the first. */
    static boolean anyDescendant(Element root, Predicate<Element> test) {
        Element n = root.firstElementChild();
        while (n != null) {
            if (test.test(n)) {
                return true;
            }
            Element first = n.firstElementChild();
            if (first != null) {
                n = first;
                continue;
            }
            while (n != root && n.nextElementSibling() == null) {
                n = n.parent();
            }
            n = n == root ? null : n.nextElementSibling();
        }
        return false;
    }

    /** Hidden by its own style or attributes (a stylesheet's rules are not known here). */
    static boolean isProbablyVisible(Element e) {
        String style = e.attr("style");
        if (!style.isEmpty() && (DISPLAY_NONE.matcher(style).find() || VISIBILITY_HIDDEN.matcher(style).find())) {
            return false;
        }
        if (e.hasAttr("hidden")) {
            return false;
        }
        return !e.attr("aria-hidden").equals("true") || e.attr("class").contains("fallback-image");
    }

    /**
     * The element's child nodes, detached from it at once. Moving children one by one costs a
     * re-index of the rest each time: quadratic in a page with thousands of siblings.
     */
    static List<Node> detachChildren(Element e) {
        List<Node> children = new ArrayList<>(e.childNodes());
        e.empty();
        return children;
    }

    /** Appends the nodes (detached ones: see {@link #detachChildren}) in order. */
    static void appendAll(Element to, List<Node> nodes) {
        for (Node n : nodes) {
            to.appendChild(n);
        }
    }

    /** Renames the element in place, keeping its attributes and children. */
    static Element rename(Element e, String tag) {
        e.tagName(tag);
        return e;
    }
}
