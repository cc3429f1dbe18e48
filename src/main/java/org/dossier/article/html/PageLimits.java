package org.dossier.article.html;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Keeps a hostile or broken page from stalling the reader or exhausting memory: too much markup is
 * cut before parsing (a parsed element costs a few hundred bytes of heap), and nesting deeper than
 * any real page is flattened into text after it. Each cut is reported as a warning. Stateless; thread-safe.
 */
final class PageLimits {
    /** Far above real news pages (a few thousand elements; heavy ones 30,000), and about 30 MB parsed. */
    static final int MAX_TAGS = 60_000;
    static final int MAX_CHARS = 12_000_000;
    /** Browsers stop nesting at 512; no story needs half of that. */
    static final int MAX_DEPTH = 256;

    private PageLimits() {
    }

    /** Nesting the markup may have before parsing: parsing a page nested 100,000 deep takes seconds. */
    static final int MAX_MARKUP_DEPTH = 1000;
    private static final java.util.Set<String> VOID = java.util.Set.of("area", "base", "br", "col", "embed", "hr", "img",
            "input", "link", "meta", "param", "source", "track", "wbr", "keygen");
    private static final java.util.Set<String> RAW_TEXT = java.util.Set.of("script", "style", "textarea", "title",
            "xmp", "iframe", "noembed", "noframes", "plaintext");

    /**
     * The markup to parse: cut after {@link #MAX_TAGS} tags or {@link #MAX_CHARS} characters, and
     * without the tags that would nest deeper than {@link #MAX_MARKUP_DEPTH} (their text stays).
     */
    static String cut(String html, List<String> warnings) {
        String cut = html.length() > MAX_CHARS ? html.substring(0, MAX_CHARS) : html;
        boolean tooLarge = cut.length() < html.length();
        if (tooDeep(cut)) {
            cut = dropDeepTags(cut, warnings);
        }
        int end = tagLimit(cut);
        if (end < cut.length()) {
            cut = cut.substring(0, end);
            tooLarge = true;
        }
        if (tooLarge) {
            warnings.add(String.format("The page is too large to read whole (%,d characters): only its first %,d were read.",
                    html.length(), cut.length()));
        }
        return cut;
    }

    /** Where the tag after the first {@link #MAX_TAGS} starts, or the length of the markup. */
    private static int tagLimit(String html) {
        int tags = 0;
        for (int i = html.indexOf('<'); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
            if (isTagStart(html.charAt(i + 1)) && ++tags > MAX_TAGS) {
                return i;
            }
        }
        return html.length();
    }

    /** A rough count of open elements, as the tags say (the parser closes some implicitly: it may be less). */
    private static boolean tooDeep(String html) {
        int[] depth = {0};
        boolean[] deep = {false};
        scan(html, (tag, start, end, closing, selfClosing) -> {
            depth[0] += closing ? -1 : 1;
            depth[0] = Math.max(0, depth[0]);
            if (depth[0] > MAX_MARKUP_DEPTH) {
                deep[0] = true;
                return false;
            }
            return true;
        });
        return deep[0];
    }

    private static String dropDeepTags(String html, List<String> warnings) {
        StringBuilder out = new StringBuilder(html.length());
        int[] depth = {0};
        int[] copied = {0};
        scan(html, (tag, start, end, closing, selfClosing) -> {
            boolean keep;
            if (closing) {
                keep = depth[0] <= MAX_MARKUP_DEPTH;
                depth[0] = Math.max(0, depth[0] - 1);
            } else {
                depth[0]++;
                keep = depth[0] <= MAX_MARKUP_DEPTH;
            }
            out.append(html, copied[0], start);
            if (keep) {
                out.append(html, start, end);
            }
            copied[0] = end;
            return true;
        });
        out.append(html, copied[0], html.length());
        warnings.add("The page is nested more than " + MAX_MARKUP_DEPTH + " levels deep: its deepest tags were ignored.");
        return out.toString();
    }

    /** Called for each start or end tag of an element that can hold others; false stops the scan. */
    private interface TagVisitor {
        boolean tag(String name, int start, int end, boolean closing, boolean selfClosing);
    }

    /** Walks the tags of the markup, skipping comments and the contents of script, style and the like. */
    private static void scan(String html, TagVisitor visitor) {
        int i = 0;
        int n = html.length();
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                return;
            }
            if (html.startsWith("<!--", lt)) {
                int close = html.indexOf("-->", lt + 4);
                i = close < 0 ? n : close + 3;
                continue;
            }
            boolean closing = html.charAt(lt + 1) == '/';
            int nameStart = closing ? lt + 2 : lt + 1;
            int nameEnd = nameStart;
            while (nameEnd < n && (Character.isLetterOrDigit(html.charAt(nameEnd)) || html.charAt(nameEnd) == '-')) {
                nameEnd++;
            }
            if (nameEnd == nameStart || !isTagStart(html.charAt(nameStart))) {
                i = lt + 1;
                continue;
            }
            int gt = html.indexOf('>', nameEnd);
            if (gt < 0) {
                return;
            }
            String name = html.substring(nameStart, nameEnd).toLowerCase(java.util.Locale.ROOT);
            boolean selfClosing = html.charAt(gt - 1) == '/';
            i = gt + 1;
            if (!closing && RAW_TEXT.contains(name)) {
                int close = indexOfIgnoreCase(html, "</" + name, i);
                i = close < 0 ? n : close;
                continue;
            }
            if (VOID.contains(name) || selfClosing && !closing) {
                continue;
            }
            if (!visitor.tag(name, lt, gt + 1, closing, selfClosing)) {
                return;
            }
        }
    }

    /** Where {@code what} (which starts with '<') occurs next, in any case; -1 when it does not. */
    private static int indexOfIgnoreCase(String s, String what, int from) {
        int i = s.indexOf('<', from);
        while (i >= 0) {
            if (s.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
            i = s.indexOf('<', i + 1);
        }
        return -1;
    }

    private static boolean isTagStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Replaces what lies deeper than {@link #MAX_DEPTH} levels with its text; returns how many elements the page has. */
    static int flatten(Document page, List<String> warnings) {
        boolean flattened = false;
        int elements = 0;
        Element node = page;
        int depth = 0;
        // Iterative pre-order walk that tracks depth.
        while (node != null) {
            elements++;
            if (depth >= MAX_DEPTH && node.childrenSize() > 0) {
                String text = node.wholeText();
                node.empty();
                node.appendChild(new TextNode(text));
                flattened = true;
            }
            Element first = depth < MAX_DEPTH ? node.firstElementChild() : null;
            if (first != null) {
                node = first;
                depth++;
                continue;
            }
            while (node != null && node != page && node.nextElementSibling() == null) {
                node = node.parent();
                depth--;
            }
            node = node == null || node == page ? null : node.nextElementSibling();
        }
        if (flattened) {
            warnings.add("The page is nested more than " + MAX_DEPTH + " levels deep: the deepest parts were read as plain text.");
        }
        return elements;
    }
}
