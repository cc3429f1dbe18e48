package org.dossier.article.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text length ({@link Texts#length}) and link density ({@link Texts#linkDensity}) of every element
 * of a tree, from one walk of it: asking each candidate of a large page for its own would walk its
 * subtree again each time. Exact (white-space runs joined across text nodes, ends trimmed); valid
 * until the tree changes. Not thread-safe: one instance per pass.
 */
final class TextIndex {
    /** A stretch of text: its length with each white-space run as one character, and its ends. */
    private static final class Stretch {
        int count;
        boolean leadingSpace;
        boolean trailingSpace;
        boolean empty = true;
        double links;

        void append(Stretch b) {
            links += b.links;
            if (b.empty) {
                return;
            }
            if (empty) {
                count = b.count;
                leadingSpace = b.leadingSpace;
                trailingSpace = b.trailingSpace;
                empty = false;
                return;
            }
            count += b.count - (trailingSpace && b.leadingSpace ? 1 : 0);
            trailingSpace = b.trailingSpace;
        }

        int trimmed() {
            return empty ? 0 : Math.max(0, count - (leadingSpace ? 1 : 0) - (trailingSpace ? 1 : 0));
        }
    }

    private record Entry(int length, double links) {
    }

    private final Map<Element, Entry> entries = new IdentityHashMap<>();

    private TextIndex() {
    }

    static TextIndex of(Element root) {
        TextIndex index = new TextIndex();
        Deque<Stretch> open = new ArrayDeque<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element) {
                    open.push(new Stretch());
                } else if (node instanceof TextNode t && !open.isEmpty()) {
                    open.peek().append(stretch(t.getWholeText()));
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                Stretch s = open.pop();
                int length = s.trimmed();
                // Links inside count for the element; the element itself, if a link, counts for its parent.
                index.entries.put(e, new Entry(length, s.links));
                if (!open.isEmpty()) {
                    double own = 0;
                    if (e.normalName().equals("a")) {
                        String href = e.attr("href");
                        own = length * (href.length() > 1 && href.charAt(0) == '#' ? 0.3 : 1);
                    }
                    s.links += own;
                    open.peek().append(s);
                }
            }
        }, root);
        return index;
    }

    private static Stretch stretch(String text) {
        Stretch s = new Stretch();
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            boolean isSpace = Texts.isSpace(text.charAt(i));
            if (s.empty) {
                s.empty = false;
                s.leadingSpace = isSpace;
                s.count = 1;
            } else if (!(isSpace && space)) {
                s.count++;
            }
            space = isSpace;
        }
        s.trailingSpace = space;
        return s;
    }

    int length(Element e) {
        Entry entry = entries.get(e);
        return entry == null ? Texts.length(e) : entry.length();
    }

    double linkDensity(Element e) {
        Entry entry = entries.get(e);
        if (entry == null) {
            return Texts.linkDensity(e);
        }
        return entry.length() == 0 ? 0 : entry.links() / entry.length();
    }
}
