package org.dossier.article;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Caps how deep a CommonMark tree goes before it is rendered: the renderer visits nodes recursively,
 * so 2,000 nested {@code >} quotes (a 2 KB file) overflowed the stack. A container deeper than the
 * cap is replaced by its children, in order: the text stays, only the extra levels of quoting, lists
 * or emphasis go. Walks the tree with its parent and sibling links, never recursively. Stateless.
 */
final class MarkdownDepth {
    /** Far deeper than any article nests, far shallower than what overflows a thread's stack. */
    static final int MAX_DEPTH = 48;

    private MarkdownDepth() {
    }

    /** Flattens {@code root}'s tree below {@link #MAX_DEPTH} in place; returns whether anything was flattened. */
    static boolean flatten(Node root) {
        return flatten(root, MAX_DEPTH);
    }

    static boolean flatten(Node root, int maxDepth) {
        boolean flattened = false;
        Node node = root.getFirstChild();
        int depth = 1;
        while (node != null) {
            Node first = node.getFirstChild();
            if (depth > maxDepth && first != null && liftable(node)) {
                for (Node child = first; child != null; ) {
                    Node next = child.getNext();
                    node.insertBefore(child);
                    child = next;
                }
                node.unlink();
                node = first;
                flattened = true;
                continue;
            }
            if (first != null) {
                node = first;
                depth++;
                continue;
            }
            while (node.getNext() == null) {
                node = node.getParent();
                depth--;
                if (node == root || node == null) {
                    return flattened;
                }
            }
            node = node.getNext();
        }
        return flattened;
    }

    /**
     * Containers whose children can stand in their place. A paragraph or heading is kept (its text
     * would run into its neighbours'), so the tree ends at most two levels below the cap.
     */
    private static boolean liftable(Node node) {
        return !(node instanceof Paragraph || node instanceof Heading);
    }
}
