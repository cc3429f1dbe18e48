package org.dossier.article;

import org.dossier.base.Datelines;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain-text articles. The text is the decoded file content itself, so offsets into it are offsets
 * into the file. Each non-blank line is a paragraph; the first line is the title when it is a short
 * heading followed by a blank line, otherwise the title is taken from the opening sentence.
 */
final class TextArticleParser {
    /** A heading longer than this is a paragraph, not a title. */
    private static final int MAX_HEADING_CHARS = 160;
    /** Titles derived from the opening sentence are cut to about this length, at a word boundary. */
    static final int DERIVED_TITLE_CHARS = 90;
    /** A dateline is looked for among this many opening lines. */
    private static final int DATELINE_LINES = 6;

    private TextArticleParser() {
    }

    static Article parse(String id, Path file, String text, List<String> warnings) {
        List<Article.Block> blocks = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            int s = start;
            int e = contentEnd;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                blocks.add(new Article.Block(Article.Block.Kind.PARAGRAPH, s, e));
            }
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }

        String title;
        if (!blocks.isEmpty() && isHeading(text, blocks.get(0))) {
            Article.Block first = blocks.get(0);
            blocks.set(0, new Article.Block(Article.Block.Kind.HEADING, first.start(), first.end()));
            title = text.substring(first.start(), first.end());
        } else {
            title = blocks.isEmpty() ? "" : titleFromSentence(opening(text, blocks.get(0)));
        }
        if (title.isBlank()) {
            title = file.getFileName().toString();
        }

        LocalDate date = null;
        for (int i = 0; i < Math.min(DATELINE_LINES, blocks.size()) && date == null; i++) {
            Article.Block b = blocks.get(i);
            date = b.end() - b.start() > Datelines.MAX_DATELINE_CHARS ? null : Datelines.dateline(text.substring(b.start(), b.end()));
        }
        return new Article(id, file, Article.Format.TEXT, title, date, "", text, blocks, List.of(), warnings, null);
    }

    /** A short first line with no closing full stop, followed by a blank line. */
    private static boolean isHeading(String text, Article.Block first) {
        if (first.end() - first.start() > MAX_HEADING_CHARS || text.charAt(first.end() - 1) == '.') {
            return false;
        }
        int after = text.indexOf('\n', first.end());
        if (after < 0) {
            return false;
        }
        int next = text.indexOf('\n', after + 1);
        String following = text.substring(after + 1, next < 0 ? text.length() : next);
        return following.isBlank();
    }

    /**
     * The start of a block, enough to find its opening sentence in: a one-line file of 10 MB must not
     * be copied whole to make a title of 90 chars.
     */
    static String opening(String text, Article.Block block) {
        return text.substring(block.start(), Math.min(block.end(), block.start() + 4 * MAX_HEADING_CHARS));
    }

    /** The opening sentence, cut at a word boundary with an ellipsis when it is long. */
    static String titleFromSentence(String paragraph) {
        String sentence = paragraph;
        int stop = sentenceEnd(paragraph);
        if (stop > 0) {
            sentence = paragraph.substring(0, stop);
        }
        sentence = sentence.strip();
        if (sentence.length() <= DERIVED_TITLE_CHARS) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', DERIVED_TITLE_CHARS);
        if (cut < DERIVED_TITLE_CHARS / 2) {
            cut = DERIVED_TITLE_CHARS;
        }
        return sentence.substring(0, cut).replaceAll("[,;:\\s]+$", "") + "…";
    }

    /** Index after the first full stop, question or exclamation mark that ends a sentence, or -1. */
    private static int sentenceEnd(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)))) {
                // "U.S." or "Mr." inside a sentence: a single capital or a title before the stop.
                int wordStart = s.lastIndexOf(' ', i) + 1;
                String word = s.substring(wordStart, i);
                if (word.length() <= 2 && word.chars().anyMatch(Character::isUpperCase) || word.contains(".")) {
                    continue;
                }
                return i + 1;
            }
        }
        return -1;
    }
}
