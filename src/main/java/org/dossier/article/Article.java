package org.dossier.article;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One article of a folder, parsed. {@link #text()} is the plain text every offset in Dossier refers
 * to (UTF-16 offsets; for {@code .txt} the decoded file content itself). {@link #blocks()} cover the
 * text's paragraphs and headings in order, {@link #inlines()} its emphasis and links. An article
 * that could not be read has a {@link #problem()} and empty text. Immutable.
 *
 * @param id       the path relative to the library folder, with '/' separators: stable across runs
 * @param file     where it was read from
 * @param format   the parser that read it
 * @param title    never blank: falls back to the file name
 * @param date     the publication date, when the article states one
 * @param source   the publisher or byline, or "" when unknown
 * @param text     the plain text
 * @param blocks   paragraph structure over {@code text}
 * @param inlines  emphasis and links over {@code text}
 * @param warnings things the user should know that did not stop reading (e.g. a guessed encoding)
 * @param problem  why the article could not be read, or null
 * @param meta     what else the file says about itself (byline, site, language, URL…), {@link Meta#NONE} when nothing
 */
public record Article(String id, Path file, Format format, String title, LocalDate date, String source,
                      String text, List<Block> blocks, List<Inline> inlines, List<String> warnings,
                      String problem, Meta meta) {

    public Article {
        blocks = List.copyOf(blocks);
        inlines = List.copyOf(inlines);
        warnings = List.copyOf(warnings);
        source = source == null ? "" : source;
        meta = meta == null ? Meta.NONE : meta;
    }

    /** An article whose file says nothing about itself beyond title, date and source. */
    public Article(String id, Path file, Format format, String title, LocalDate date, String source,
                   String text, List<Block> blocks, List<Inline> inlines, List<String> warnings,
                   String problem) {
        this(id, file, format, title, date, source, text, blocks, inlines, warnings, problem, Meta.NONE);
    }

    /**
     * Metadata beyond title, date and source, each "" when unknown.
     *
     * @param byline      the authors, as the page names them ("Anne Barnard and Hwaida Saad")
     * @param site        the publication ("BBC News")
     * @param lang        the text's language as a BCP 47 primary tag ("en", "fr")
     * @param url         the canonical URL the page was saved from
     * @param description the page's own summary
     * @param published   the publication time as ISO-8601 as precise as the file gives it ("2017-11-16T14:15Z")
     * @param modified    the last modification time, ISO-8601
     */
    public record Meta(String byline, String site, String lang, String url, String description,
                       String published, String modified) {
        public static final Meta NONE = new Meta("", "", "", "", "", "", "");

        public Meta {
            byline = byline == null ? "" : byline;
            site = site == null ? "" : site;
            lang = lang == null ? "" : lang;
            url = url == null ? "" : url;
            description = description == null ? "" : description;
            published = published == null ? "" : published;
            modified = modified == null ? "" : modified;
        }
    }

    /** An entry for a file that could not be read: listed with its reason, never shown as garbage. */
    public static Article broken(String id, Path file, Format format, String problem) {
        return new Article(id, file, format, file.getFileName().toString(), null, "", "", List.of(),
                List.of(), List.of(), problem);
    }

    public Optional<LocalDate> publishedOn() {
        return Optional.ofNullable(date);
    }

    public boolean isBroken() {
        return problem != null;
    }

    public int wordCount() {
        return Words.count(text);
    }

    /** The formats Dossier reads, by file extension. */
    public enum Format {
        TEXT, HTML, MARKDOWN;

        /** The format for a file name, or null when Dossier does not read such files. */
        public static Format of(String fileName) {
            String name = fileName.toLowerCase(java.util.Locale.ROOT);
            if (name.endsWith(".txt")) {
                return TEXT;
            }
            if (name.endsWith(".html") || name.endsWith(".htm")) {
                return HTML;
            }
            if (name.endsWith(".md") || name.endsWith(".markdown")) {
                return MARKDOWN;
            }
            return null;
        }
    }

    /** A paragraph, heading, list item or quotation: {@code [start, end)} of the text. */
    public record Block(Kind kind, int start, int end) {
        public enum Kind { PARAGRAPH, HEADING, LIST_ITEM, QUOTE }
    }

    /** Emphasis or a link inside a block; {@code href} only for links. */
    public record Inline(Kind kind, int start, int end, String href) {
        public enum Kind { EMPHASIS, STRONG, LINK }
    }
}
