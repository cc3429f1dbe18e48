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
 * @param structure which part of its file the article is (a feed item, an attachment), its pages and
 *                 attachments; {@link Structure#NONE} for a file that is one article without pages
 */
public record Article(String id, Path file, Format format, String title, LocalDate date, String source,
                      String text, List<Block> blocks, List<Inline> inlines, List<String> warnings,
                      String problem, Meta meta, Structure structure) {

    public Article {
        blocks = List.copyOf(blocks);
        inlines = List.copyOf(inlines);
        warnings = List.copyOf(warnings);
        source = source == null ? "" : source;
        meta = meta == null ? Meta.NONE : meta;
        structure = structure == null ? Structure.NONE : structure;
    }

    /** An article that is its whole file, without pages or attachments. */
    public Article(String id, Path file, Format format, String title, LocalDate date, String source,
                   String text, List<Block> blocks, List<Inline> inlines, List<String> warnings,
                   String problem, Meta meta) {
        this(id, file, format, title, date, source, text, blocks, inlines, warnings, problem, meta, Structure.NONE);
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

    /** This article under another id, with another structure (a parser's article made part of a file). */
    public Article as(String newId, Format newFormat, Structure newStructure) {
        return new Article(newId, file, newFormat, title, date, source, text, blocks, inlines, warnings, problem,
                meta, newStructure);
    }

    /** This article with other warnings. */
    public Article withWarnings(List<String> newWarnings) {
        return new Article(id, file, format, title, date, source, text, blocks, inlines, newWarnings, problem,
                meta, structure);
    }

    /**
     * The id of the file an article id belongs to: {@code "news.rss"} for {@code "news.rss#3"}, the id
     * itself for a file that is one article. Unambiguous because an article file's name always ends
     * in its extension, never in {@code #digits}.
     */
    public static String fileIdOf(String id) {
        int hash = partHash(id);
        return hash < 0 ? id : id.substring(0, hash);
    }

    /** N of an id {@code FILE#N}, or 0 when the id names a whole file. */
    public static int partOf(String id) {
        int hash = partHash(id);
        if (hash < 0) {
            return 0;
        }
        try {
            return Integer.parseInt(id, hash + 1, id.length(), 10);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The id of part {@code n} of the file {@code fileId}. */
    public static String partId(String fileId, int n) {
        return fileId + "#" + n;
    }

    private static int partHash(String id) {
        int hash = id.lastIndexOf('#');
        if (hash <= 0 || hash == id.length() - 1 || id.length() - hash > 10) {
            return -1;
        }
        for (int i = hash + 1; i < id.length(); i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return -1;
            }
        }
        return hash;
    }

    /**
     * What the list and {@code dossier list} call this article: {@code txt}, {@code html}, {@code md},
     * {@code pdf}, {@code eml}, {@code mhtml}, {@code feed-item}, {@code attachment} (part of a message),
     * or {@code feed} (a feed file that could not be read).
     */
    public String kind() {
        return structure.kind(format);
    }

    /**
     * Where an article sits in its file, and how its file is divided. Immutable.
     *
     * @param part        N of the id {@code FILE#N} (1, 2… in file order) for a feed item or an
     *                    attachment; 0 for an article that is its whole file
     * @param group       the title the list groups the article under: the feed's title for an item, the
     *                    message's subject for an attachment; "" for a whole file
     * @param attachments the names of the files attached to a message, in order; empty otherwise
     * @param pageStarts  where each page starts in the text (UTF-16 offsets, the first 0) for a paged
     *                    article (PDF); empty otherwise
     */
    public record Structure(int part, String group, List<String> attachments, List<Integer> pageStarts) {
        public static final Structure NONE = new Structure(0, "", List.of(), List.of());

        public Structure {
            group = group == null ? "" : group;
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
            pageStarts = pageStarts == null ? List.of() : List.copyOf(pageStarts);
        }

        /** The pages of a whole file. */
        public static Structure paged(List<Integer> pageStarts) {
            return new Structure(0, "", List.of(), pageStarts);
        }

        /** Part {@code n} of a file, grouped under {@code group}, with the pages and attachments it has. */
        public Structure asPart(int n, String groupTitle) {
            return new Structure(n, groupTitle, attachments, pageStarts);
        }

        /** The same without page offsets: what the list keeps of it. */
        public Structure withoutPages() {
            return pageStarts.isEmpty() ? this : new Structure(part, group, attachments, List.of());
        }

        /** The 1-based page that {@code offset} is on, or 0 when the article has no pages. */
        public int pageAt(int offset) {
            if (pageStarts.isEmpty()) {
                return 0;
            }
            int lo = 0;
            int hi = pageStarts.size() - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (pageStarts.get(mid) <= offset) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo + 1;
        }

        String kind(Format format) {
            if (part > 0 && format != Format.FEED_ITEM) {
                return "attachment";
            }
            return format.kind();
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

    /**
     * The formats Dossier reads, by file extension. {@link #FEED} files are read as {@link #FEED_ITEM}s;
     * a feed itself is an article only when it cannot be read (listed with the reason). A {@code .xml}
     * file is a feed only when its root element says so ({@code ArticleLibrary} looks).
     */
    public enum Format {
        TEXT("txt"), HTML("html"), MARKDOWN("md"), PDF("pdf"), EMAIL("eml"), MHTML("mhtml"), FEED("feed"),
        FEED_ITEM("feed-item");

        private final String kind;

        Format(String kind) {
            this.kind = kind;
        }

        /** The lower-case name {@code dossier list} prints. */
        public String kind() {
            return kind;
        }

        /** Whether a file of this format may hold several articles (ids {@code FILE#N}). */
        public boolean holdsSeveral() {
            return this == EMAIL || this == FEED;
        }

        /**
         * The format for a file name, or null when Dossier does not read such files. A {@code .xml}
         * file gives {@link #FEED}, to be confirmed by its root element.
         */
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
            if (name.endsWith(".pdf")) {
                return PDF;
            }
            if (name.endsWith(".eml")) {
                return EMAIL;
            }
            if (name.endsWith(".mhtml") || name.endsWith(".mht")) {
                return MHTML;
            }
            if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml")) {
                return FEED;
            }
            return null;
        }

        /** Whether a file of this name is a feed only if its root element says so. */
        public static boolean needsSniffing(String fileName) {
            return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xml");
        }
    }

    /**
     * A paragraph, heading, list item, quotation, figure caption or table row: {@code [start, end)} of
     * the text. A {@link Kind#TABLE_ROW}'s cells are separated by a tab ({@code '\t'}); consecutive rows
     * form one table.
     */
    public record Block(Kind kind, int start, int end) {
        public enum Kind { PARAGRAPH, HEADING, LIST_ITEM, QUOTE, CAPTION, TABLE_ROW }
    }

    /** Emphasis or a link inside a block; {@code href} only for links. */
    public record Inline(Kind kind, int start, int end, String href) {
        public enum Kind { EMPHASIS, STRONG, LINK }
    }
}
