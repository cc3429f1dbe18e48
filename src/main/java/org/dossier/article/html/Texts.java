package org.dossier.article.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of a page's elements as a browser's {@code textContent} gives them: all descendant
 * text, trimmed, white-space runs counted as one character. The scoring rules are stated in these
 * terms (paragraph length, commas, link density). Stateless; safe to share between threads.
 */
final class Texts {
    private Texts() {
    }

    /** White space as JavaScript's {@code \s} and {@code trim()} see it (no-break spaces included). */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B || c == '\u00a0'
                || c == '\u1680' || c >= '\u2000' && c <= '\u200a' || c == '\u2028' || c == '\u2029'
                || c == '\u202f' || c == '\u205f' || c == '\u3000' || c == '\ufeff';
    }

    /** The element's text, trimmed, each run of white space one space. */
    static String inner(Node node) {
        StringBuilder out = new StringBuilder();
        boolean[] space = {false};
        NodeTraversor.traverse((NodeVisitor) (n, depth) -> {
            if (n instanceof TextNode t) {
                String s = t.getWholeText();
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (isSpace(c)) {
                        space[0] = true;
                    } else {
                        if (space[0] && !out.isEmpty()) {
                            out.append(' ');
                        }
                        space[0] = false;
                        out.append(c);
                    }
                }
            }
        }, node);
        return out.toString();
    }

    /** The length of {@link #inner}, without building the string. */
    static int length(Node node) {
        int[] count = {0};
        boolean[] space = {false};
        NodeTraversor.traverse((NodeVisitor) (n, depth) -> {
            if (n instanceof TextNode t) {
                String s = t.getWholeText();
                int c = count[0];
                boolean sp = space[0];
                for (int i = 0; i < s.length(); i++) {
                    if (isSpace(s.charAt(i))) {
                        sp = true;
                    } else {
                        if (sp && c > 0) {
                            c++;
                        }
                        sp = false;
                        c++;
                    }
                }
                count[0] = c;
                space[0] = sp;
            }
        }, node);
        return count[0];
    }

    /** Whether the node holds any text that is not white space (stops at the first such character). */
    static boolean hasText(Node node) {
        if (node instanceof TextNode t) {
            return !isBlank(t.getWholeText());
        }
        Node n = node.childNodeSize() > 0 ? node.childNode(0) : null;
        // Iterative walk of the subtree: pages can nest deeply.
        while (n != null && n != node) {
            if (n instanceof TextNode t && !isBlank(t.getWholeText())) {
                return true;
            }
            if (n.childNodeSize() > 0) {
                n = n.childNode(0);
                continue;
            }
            while (n != node && n.nextSibling() == null) {
                n = n.parent();
            }
            if (n == node) {
                break;
            }
            n = n.nextSibling();
        }
        return false;
    }

    static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The share of the element's text that sits inside links; links to a fragment of the same page
     * ({@code href="#..."}) count for 0.3, as tables of contents and footnotes are not navigation.
     */
    static double linkDensity(Element e) {
        int total = length(e);
        if (total == 0) {
            return 0;
        }
        double links = 0;
        for (Element a : e.getElementsByTag("a")) {
            if (a == e) {
                continue; // the links inside, as the DOM's getElementsByTagName gives them
            }
            String href = a.attr("href");
            double weight = href.length() > 1 && href.charAt(0) == '#' ? 0.3 : 1;
            links += length(a) * weight;
        }
        return links / total;
    }

    /** How many commas (in the scripts that write them differently too) the text holds. */
    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case ',', '\u060C', '\uFE50', '\uFE10', '\uFE11', '\u2E41', '\u2E34', '\u2E32', '\uFF0C' -> n++;
                default -> { }
            }
        }
        return n;
    }

    /** Word tokens, lower case: letters and digits, as the similarity of titles and headings uses them. */
    static java.util.List<String> tokens(String s) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean word = i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_');
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(s.substring(start, i).toLowerCase(java.util.Locale.ROOT));
                start = -1;
            }
        }
        return out;
    }

    /**
     * How much of {@code b} is also in {@code a}: 1 when every word of b occurs in a, 0 when none
     * does, weighted by the length of the words (Readability's measure for "the same headline").
     */
    static double similarity(String a, String b) {
        java.util.List<String> ta = tokens(a);
        java.util.List<String> tb = tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0;
        }
        java.util.Set<String> inA = new java.util.HashSet<>(ta);
        int uniqueLength = -1;
        int allLength = -1;
        for (String t : tb) {
            allLength += t.length() + 1;
            if (!inA.contains(t)) {
                uniqueLength += t.length() + 1;
            }
        }
        return 1 - Math.max(0, uniqueLength) / (double) allLength;
    }
}
