package org.dossier.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Turns cleaned article HTML into Dossier's plain text: one block per paragraph, heading, list item,
 * quotation or caption, blocks separated by a blank line, white space collapsed as a browser would
 * show it. A table is read row by row: one block per row, its cells separated by a tab. Emphasis and
 * links are kept as {@link Article.Inline} spans over that text. Not thread-safe: one instance per
 * extraction.
 */
final class BlockTextExtractor implements NodeVisitor {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption",
            "table", "tr", "td", "th", "thead", "tbody", "tfoot", "caption", "header", "footer", "aside", "address", "hr",
            "body");
    static final String SEPARATOR = "\n\n";
    /** Between the cells of a {@link Article.Block.Kind#TABLE_ROW} block. */
    static final char CELL_SEPARATOR = '\t';

    private final StringBuilder text = new StringBuilder();
    private final List<Article.Block> blocks = new ArrayList<>();
    private final List<Article.Inline> inlines = new ArrayList<>();
    private final List<Open> open = new ArrayList<>();
    private int blockStart = -1;
    private Article.Block.Kind blockKind = Article.Block.Kind.PARAGRAPH;
    private boolean pendingSpace;
    private int preDepth;
    /** Table rows open (nested tables inside a cell make it more than one); cells of the row seen. */
    private int rowDepth;
    private int cellsInRow;
    private int pendingTabs;

    private record Open(Element element, Article.Inline.Kind kind, int start, String href) {
    }

    record Result(String text, List<Article.Block> blocks, List<Article.Inline> inlines) {
    }

    static Result extract(Element root) {
        BlockTextExtractor extractor = new BlockTextExtractor();
        root.traverse(extractor);
        extractor.endBlock();
        return new Result(extractor.text.toString(), extractor.blocks, extractor.inlines);
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            appendText(t.getWholeText());
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("br")) {
                pendingSpace = true;
            } else if (tag.equals("tr")) {
                if (rowDepth++ == 0) {
                    endBlock();
                    blockKind = Article.Block.Kind.TABLE_ROW;
                    cellsInRow = 0;
                    pendingTabs = 0;
                } else {
                    pendingSpace = true;
                }
            } else if (rowDepth > 0 && BLOCKS.contains(tag)) {
                // Inside a row the cells are the only breaks; a paragraph in a cell is part of the cell.
                if ((tag.equals("td") || tag.equals("th")) && rowDepth == 1) {
                    if (cellsInRow++ > 0) {
                        pendingTabs++;
                    }
                    pendingSpace = false;
                } else {
                    pendingSpace = true;
                }
            } else if (BLOCKS.contains(tag)) {
                endBlock();
                blockKind = kindOf(tag, blockKind);
                if (tag.equals("pre")) {
                    preDepth++;
                }
            } else {
                Article.Inline.Kind kind = switch (tag) {
                    case "em", "i", "cite" -> Article.Inline.Kind.EMPHASIS;
                    case "strong", "b" -> Article.Inline.Kind.STRONG;
                    case "a" -> e.hasAttr("href") ? Article.Inline.Kind.LINK : null;
                    default -> null;
                };
                if (kind != null) {
                    if (pendingTabs > 0) {
                        flushPendingTabs();
                    } else {
                        flushPendingSpace();
                    }
                    open.add(new Open(e, kind, text.length(), kind == Article.Inline.Kind.LINK ? e.attr("href") : null));
                }
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        if (tag.equals("tr")) {
            if (--rowDepth == 0) {
                endBlock();
                blockKind = Article.Block.Kind.PARAGRAPH;
            }
            return;
        }
        if (rowDepth > 0 && BLOCKS.contains(tag)) {
            pendingSpace = !(tag.equals("td") || tag.equals("th")) || rowDepth > 1;
            return;
        }
        if (BLOCKS.contains(tag)) {
            endBlock();
            if (tag.equals("pre")) {
                preDepth--;
            }
            // Text after a nested block (e.g. loose text after a list) is a plain paragraph again.
            Element parent = e.parent();
            blockKind = parent == null ? Article.Block.Kind.PARAGRAPH : kindOf(parent.normalName(), Article.Block.Kind.PARAGRAPH);
            return;
        }
        for (int i = open.size() - 1; i >= 0; i--) {
            Open o = open.get(i);
            if (o.element == e) {
                open.remove(i);
                int end = text.length();
                if (end > o.start && blockStart >= 0 && o.start >= blockStart) {
                    inlines.add(new Article.Inline(o.kind, o.start, end, o.href));
                }
                break;
            }
        }
    }

    private static Article.Block.Kind kindOf(String tag, Article.Block.Kind inherited) {
        return switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> Article.Block.Kind.HEADING;
            case "li", "dt", "dd" -> Article.Block.Kind.LIST_ITEM;
            case "blockquote" -> Article.Block.Kind.QUOTE;
            case "figcaption", "caption" -> Article.Block.Kind.CAPTION;
            // A paragraph inside a quotation, a loose list item or a caption keeps its container's kind.
            case "p" -> inherited == Article.Block.Kind.QUOTE || inherited == Article.Block.Kind.LIST_ITEM
                    || inherited == Article.Block.Kind.CAPTION ? inherited : Article.Block.Kind.PARAGRAPH;
            case "ul", "ol", "dl", "div", "section", "article", "main", "body", "table", "tr", "tbody", "thead",
                    "figure", "header", "footer", "aside" -> inherited == Article.Block.Kind.HEADING
                    ? Article.Block.Kind.PARAGRAPH : inherited;
            default -> Article.Block.Kind.PARAGRAPH;
        };
    }

    private void appendText(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            // Collapsible white space as in HTML; a no-break space is text. Inside <pre> spaces are
            // kept, but line breaks become spaces: a block is one line of Dossier's text.
            boolean lineBreak = c == '\n' || c == '\r' || c == '\f';
            boolean space = c == ' ' || c == '\t';
            if (lineBreak || space && preDepth == 0) {
                pendingSpace = true;
                continue;
            }
            if (pendingTabs > 0) {
                flushPendingTabs();
            } else if (blockStart < 0) {
                startBlock();
            } else {
                flushPendingSpace();
            }
            text.append(c);
        }
    }

    private boolean onlyTabsSince(int from) {
        if (text.length() <= from) {
            return false;
        }
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) != CELL_SEPARATOR) {
                return false;
            }
        }
        return true;
    }

    private void startBlock() {
        if (!text.isEmpty()) {
            text.append(SEPARATOR);
        }
        blockStart = text.length();
        pendingSpace = false;
        // Inlines opened before the block's first character start where the block starts.
        for (int i = 0; i < open.size(); i++) {
            Open o = open.get(i);
            if (o.start < blockStart || o.start == Integer.MAX_VALUE) {
                open.set(i, new Open(o.element, o.kind, blockStart, o.href));
            }
        }
    }

    /** The tabs between the cells passed since the row's last text; a row's first cells may be empty. */
    private void flushPendingTabs() {
        if (blockStart < 0) {
            startBlock();
        }
        for (; pendingTabs > 0; pendingTabs--) {
            text.append(CELL_SEPARATOR);
        }
        pendingSpace = false;
    }

    private void flushPendingSpace() {
        if (pendingSpace && blockStart >= 0 && text.length() > blockStart) {
            text.append(' ');
        }
        pendingSpace = false;
    }

    private void endBlock() {
        if (blockStart >= 0 && onlyTabsSince(blockStart)) {
            // A row whose cells held nothing but an empty link: no block.
            text.setLength(blockStart >= SEPARATOR.length() ? blockStart - SEPARATOR.length() : 0);
        }
        if (blockStart >= 0 && text.length() > blockStart) {
            blocks.add(new Article.Block(blockKind, blockStart, text.length()));
            // An inline still open at a block boundary (bad nesting) is closed here and reopened after.
            for (int i = 0; i < open.size(); i++) {
                Open o = open.get(i);
                if (text.length() > o.start) {
                    inlines.add(new Article.Inline(o.kind, o.start, text.length(), o.href));
                }
                open.set(i, new Open(o.element, o.kind, Integer.MAX_VALUE, o.href));
            }
        }
        blockStart = -1;
        pendingSpace = false;
        pendingTabs = 0;
    }
}
