package org.dossier.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds an article's text from paragraphs and parsed pieces, blocks separated by a blank line as the
 * saved-page extractor separates them, keeping every block and inline span on the right offsets. For
 * the format packages, whose articles are made of parts (a message's body and its quoted replies, a
 * PDF's pages, a feed item's summary). Not thread-safe: one instance per article.
 */
public final class TextBuilder {
    private static final String SEPARATOR = "\n\n";

    private final StringBuilder text = new StringBuilder();
    private final List<Article.Block> blocks = new ArrayList<>();
    private final List<Article.Inline> inlines = new ArrayList<>();

    /** Adds one block; white space at its ends is dropped, and a blank one is skipped. Returns its start, or -1. */
    public int add(Article.Block.Kind kind, String block) {
        String s = block.strip();
        if (s.isEmpty()) {
            return -1;
        }
        separate();
        int start = text.length();
        text.append(s);
        blocks.add(new Article.Block(kind, start, text.length()));
        return start;
    }

    /** Adds a paragraph. */
    public int paragraph(String block) {
        return add(Article.Block.Kind.PARAGRAPH, block);
    }

    /** Adds the text, blocks and inlines of a parsed article (an HTML body, a text attachment). Returns its start. */
    public int addAll(Article parsed) {
        if (parsed.text().isBlank() || parsed.blocks().isEmpty()) {
            return -1;
        }
        separate();
        int offset = text.length();
        Article.Block first = parsed.blocks().get(0);
        int from = first.start();
        int to = parsed.blocks().get(parsed.blocks().size() - 1).end();
        text.append(parsed.text(), from, to);
        int shift = offset - from;
        for (Article.Block b : parsed.blocks()) {
            blocks.add(new Article.Block(b.kind(), b.start() + shift, b.end() + shift));
        }
        for (Article.Inline i : parsed.inlines()) {
            if (i.start() >= from && i.end() <= to) {
                inlines.add(new Article.Inline(i.kind(), i.start() + shift, i.end() + shift, i.href()));
            }
        }
        return offset;
    }

    /** Where the next block will start (after the separator). */
    public int nextStart() {
        return text.isEmpty() ? 0 : text.length() + SEPARATOR.length();
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    public String text() {
        return text.toString();
    }

    public List<Article.Block> blocks() {
        return List.copyOf(blocks);
    }

    public List<Article.Inline> inlines() {
        return List.copyOf(inlines);
    }

    /** The text of the first block, or "". */
    public String firstBlock() {
        return blocks.isEmpty() ? "" : text.substring(blocks.get(0).start(), blocks.get(0).end());
    }

    private void separate() {
        if (!text.isEmpty()) {
            text.append(SEPARATOR);
        }
    }
}
