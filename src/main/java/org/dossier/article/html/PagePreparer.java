package org.dossier.article.html;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Readies a parsed page for scoring, as a reader view sees it: scripts, styles, templates, vector
 * graphics and comments go; image placeholders go; runs of {@code <br>}s become paragraph breaks;
 * {@code <font>} becomes {@code <span>}. Changes the page in place. Stateless; thread-safe.
 */
final class PagePreparer {
    private PagePreparer() {
    }

    static void prepare(Document page) {
        removeReversed(page.getElementsByTag("img").stream().filter(PagePreparer::isPlaceholder).toList());
        removeReversed(page.select("script, noscript, style, template, svg"));
        removeComments(page);
        Element body = page.body();
        if (body != null) {
            replaceBrs(body);
        }
        for (Element font : page.getElementsByTag("font")) {
            Dom.rename(font, "span");
        }
    }

    /** Last first: removing a node re-indexes the siblings after it. */
    private static void removeReversed(List<Element> elements) {
        for (int i = elements.size() - 1; i >= 0; i--) {
            Dom.remove(elements.get(i));
        }
    }

    /** An image with no source and nothing that looks like one: a lazy-loading placeholder. */
    private static boolean isPlaceholder(Element img) {
        for (Attribute a : img.attributes()) {
            switch (a.getKey()) {
                case "src", "srcset", "data-src", "data-srcset" -> {
                    return false;
                }
                default -> {
                    if (Patterns.IMAGE_URL.matcher(a.getValue()).find()) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static void removeComments(Node root) {
        List<Node> comments = new ArrayList<>();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof Comment) {
                comments.add(node);
            }
        }, root);
        for (int i = comments.size() - 1; i >= 0; i--) {
            Dom.remove(comments.get(i));
        }
    }

    /**
     * Two or more {@code <br>}s in a row end a paragraph: the first becomes a {@code <p>} holding the
     * inline content that follows, up to the next such run; the others go. Each parent's children are
     * rebuilt in one pass (moving them one by one is quadratic in a page of many line breaks).
     */
    private static void replaceBrs(Element body) {
        java.util.Set<Element> parents = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Element> order = new ArrayList<>();
        for (Element br : body.getElementsByTag("br")) {
            Element parent = br.parent();
            if (parent != null && startsRun(br) && parents.add(parent)) {
                order.add(parent);
            }
        }
        for (Element parent : order) {
            rebuild(parent);
        }
    }

    /** A br followed (white space aside) by another br. */
    private static boolean startsRun(Node br) {
        return skipBlank(br.nextSibling()) instanceof Element e && e.normalName().equals("br");
    }

    private static boolean isBr(Node n) {
        return n instanceof Element e && e.normalName().equals("br");
    }

    private static void rebuild(Element parent) {
        List<Node> kids = new ArrayList<>(parent.childNodes());
        // Decide on the original order first: which brs start a run, which brs follow one and go.
        java.util.Set<Node> dropped = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        boolean[] runStart = new boolean[kids.size()];
        for (int i = 0; i < kids.size(); i++) {
            if (!isBr(kids.get(i)) || dropped.contains(kids.get(i))) {
                continue;
            }
            int j = i + 1;
            boolean run = false;
            while (true) {
                int k = j;
                while (k < kids.size() && !(kids.get(k) instanceof Element) && Dom.isWhitespace(kids.get(k))) {
                    k++;
                }
                if (k < kids.size() && isBr(kids.get(k))) {
                    dropped.add(kids.get(k));
                    run = true;
                    j = k + 1;
                } else {
                    break;
                }
            }
            runStart[i] = run;
        }
        parent.empty();
        Element p = null;
        boolean madeParagraph = false;
        for (int i = 0; i < kids.size(); i++) {
            Node n = kids.get(i);
            if (dropped.contains(n)) {
                continue;
            }
            if (runStart[i]) {
                closeParagraph(p);
                p = new Element("p");
                parent.appendChild(p);
                madeParagraph = true;
                continue;
            }
            if (p != null && !Dom.isPhrasing(n)) {
                closeParagraph(p);
                p = null;
            }
            (p != null ? p : parent).appendChild(n);
        }
        closeParagraph(p);
        if (madeParagraph && parent.normalName().equals("p")) {
            Dom.rename(parent, "div");
        }
    }

    private static void closeParagraph(Element p) {
        while (p != null && p.childNodeSize() > 0 && Dom.isWhitespace(p.childNode(p.childNodeSize() - 1))) {
            p.childNode(p.childNodeSize() - 1).remove();
        }
    }

    /** The node, or the first sibling after it that is not blank text. */
    private static Node skipBlank(Node node) {
        Node n = node;
        while (n != null && !(n instanceof Element) && Dom.isWhitespace(n)) {
            n = n.nextSibling();
        }
        return n;
    }
}
