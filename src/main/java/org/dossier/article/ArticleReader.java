package org.dossier.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads article files into {@link Article}s, whatever is wrong with them: an empty, binary,
 * unreadable or oversized file, a named pipe, device or socket, a link that loops, a file that makes
 * a parser overflow its stack or run out of memory, or one that takes too long comes back as a broken
 * article with the reason in words, never as an exception or a hang. Only regular files are opened;
 * each read has a time and memory budget ({@link ReadBudget}). A feed or an e-mail holds several
 * articles ({@link #readAll}: the items {@code FILE#1…}, the message and its attachments); the other
 * formats one. The parsers of PDF, e-mail and feeds are loaded only when a file needs them.
 * Stateless; safe to call from any thread.
 */
public final class ArticleReader {
    /** Files above this size are refused: no real article is that long, and it would stall the UI. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** PDFs are read from the file, not into memory, and reports with pictures are large. */
    public static final long MAX_PDF_BYTES = 100L * 1024 * 1024;
    /** Messages and single-file pages carry their pictures and attachments; those parts are skipped. */
    public static final long MAX_MESSAGE_BYTES = 50L * 1024 * 1024;

    private ArticleReader() {
    }

    /** Reads {@code file}; its id is its file name. */
    public static Article read(Path file) {
        return read(file, file.getFileName().toString());
    }

    /**
     * Every article of {@code file}, whose id is {@code fileId} (its path relative to the library
     * folder): one for most files, the items of a feed ({@code fileId#1}, {@code #2}… in file order), a
     * message followed by its attachments that are articles ({@code fileId#1}…). Never empty: a file
     * that cannot be read gives one broken article with the file's id.
     */
    public static List<Article> readAll(Path file, String fileId) {
        return readAll(file, fileId, ReadBudget.DEFAULT);
    }

    static List<Article> readAll(Path file, String fileId, ReadBudget budget) {
        Article.Format named = Article.Format.of(file.getFileName().toString());
        Article.Format format = named == null ? Article.Format.TEXT : named;
        if (!(format.holdsSeveral() || format == Article.Format.PDF || format == Article.Format.MHTML)) {
            return List.of(read(file, fileId, budget));
        }
        long size;
        try {
            size = FileEntries.regularFile(file).size(); // never opens a pipe or a device
        } catch (FileEntries.Unreadable e) {
            return List.of(Article.broken(fileId, file, format, e.getMessage()));
        }
        String tooLarge = sizeProblem(format, size);
        if (tooLarge != null) {
            return List.of(Article.broken(fileId, file, format, tooLarge));
        }
        return budget.run(estimatedMemory(format, size), () -> readParts(file, fileId, format),
                limit -> List.of(Article.broken(fileId, file, format, "Took too long to read (more than "
                        + limit.toSeconds() + " s), so it was skipped; the other articles are listed.")));
    }

    private static List<Article> readParts(Path file, String fileId, Article.Format format) {
        FormatReader reader = FormatReaders.of(format);
        if (reader == null) {
            return List.of(Article.broken(fileId, file, format, "This Dossier cannot read " + format.kind()
                    + " files (its reader is missing)."));
        }
        try {
            return reader.read(fileId, file, format);
        } catch (IOException e) {
            return List.of(Article.broken(fileId, file, format, "Cannot be read: " + FileEntries.reason(e)));
        } catch (StackOverflowError e) {
            return List.of(Article.broken(fileId, file, format, "Nested too deeply to read (its structure goes thousands of levels deep)."));
        } catch (OutOfMemoryError e) {
            return List.of(Article.broken(fileId, file, format, OUT_OF_MEMORY));
        } catch (RuntimeException | LinkageError | AssertionError e) {
            // A parser's bug on a strange file must cost that file only, never the folder.
            return List.of(Article.broken(fileId, file, format, "Could not be read: the " + format.kind()
                    + " reader failed on it (" + e + ")."));
        }
    }

    /** {@link #readAll(Path, String)} with the file name as the id. */
    public static List<Article> readAll(Path file) {
        return readAll(file, file.getFileName().toString());
    }

    /**
     * Reads {@code file} under the given id (its path relative to the library folder). An id
     * {@code FILE#N} gives that part of the file (a feed item, an attachment), or a broken article
     * when the file has no such part; a feed's own id gives a broken article naming its items.
     */
    public static Article read(Path file, String id) {
        return read(file, id, ReadBudget.DEFAULT);
    }

    static Article read(Path file, String id, ReadBudget budget) {
        Article.Format named = Article.Format.of(file.getFileName().toString());
        Article.Format format = named == null ? Article.Format.TEXT : named;
        if (format.holdsSeveral() || format == Article.Format.PDF || format == Article.Format.MHTML) {
            return pick(readAll(file, Article.fileIdOf(id), budget), id, file, format);
        }
        long size;
        try {
            // Checked before anything is opened: opening a named pipe blocks until someone writes to
            // it, and a device such as /dev/zero never ends.
            size = FileEntries.regularFile(file).size();
        } catch (FileEntries.Unreadable e) {
            return Article.broken(id, file, format, e.getMessage());
        }
        if (size > MAX_BYTES) {
            return tooLarge(id, file, format, size);
        }
        return budget.run(estimatedMemory(format, size), () -> readRegular(file, id, format),
                limit -> Article.broken(id, file, format, "Took too long to read (more than " + limit.toSeconds()
                        + " s), so it was skipped; the other articles are listed."));
    }

    /** What reading a file of this size may allocate at its peak: text, the parser's tree, the copies. */
    private static long estimatedMemory(Article.Format format, long size) {
        return switch (format) {
            case TEXT -> size * 6;
            case MARKDOWN, HTML, FEED -> size * 24;
            // PDFBox keeps the file and its objects; a message's parts are decoded one at a time.
            case PDF -> size * 4;
            default -> size * 8;
        };
    }

    private static Article tooLarge(String id, Path file, Article.Format format, long size) {
        return Article.broken(id, file, format, String.format(
                "Too large to open (%.1f MB; the limit is 10 MB).", size / 1048576.0));
    }

    private static Article readRegular(Path file, String id, Article.Format format) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // At most one byte over the limit, whatever size the file claimed: it may have grown since.
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            return Article.broken(id, file, format, "Cannot be read: " + FileEntries.reason(e));
        } catch (OutOfMemoryError e) {
            return Article.broken(id, file, format, OUT_OF_MEMORY);
        }
        if (bytes.length > MAX_BYTES) {
            return tooLarge(id, file, format, bytes.length);
        }
        if (bytes.length == 0) {
            return Article.broken(id, file, format, "The file is empty.");
        }
        if (looksBinary(bytes)) {
            return Article.broken(id, file, format, "Not a text file (it contains binary data).");
        }
        try {
            List<String> warnings = new ArrayList<>();
            String content = decode(bytes, warnings);
            bytes = null; // only the text is needed from here on: a big file's bytes can go
            return parse(id, file, format, content, warnings);
        } catch (StackOverflowError e) {
            return Article.broken(id, file, format, "Nested too deeply to read (its structure goes thousands of levels deep).");
        } catch (OutOfMemoryError e) {
            return Article.broken(id, file, format, OUT_OF_MEMORY);
        } catch (RuntimeException | LinkageError | AssertionError e) {
            // A parser's bug must cost one article, not the folder; the reason names it for a report.
            return Article.broken(id, file, format, "Could not be read: the " + format.name().toLowerCase(java.util.Locale.ROOT)
                    + " reader failed on it (" + e + ").");
        }
    }

    private static final String OUT_OF_MEMORY = "Too large or too complex to open in the memory Dossier has "
            + "(it ran out of memory reading it); the other articles are listed.";

    private static Article parse(String id, Path file, Article.Format format, String content, List<String> warnings) {
        if (content.isBlank()) {
            return Article.broken(id, file, format, "The file holds only white space.");
        }
        Article article = switch (format) {
            case TEXT -> TextArticleParser.parse(id, file, content, warnings);
            // A page of a million elements would not fit in memory as a tree: its text is read flat.
            case HTML -> html(id, file, content, warnings);
            case MARKDOWN -> MarkdownArticleParser.parse(id, file, content, warnings);
            default -> TextArticleParser.parse(id, file, content, warnings);
        };
        if (!article.isBroken() && article.text().isBlank()) {
            return Article.broken(id, file, format, "No readable text was found in the file.");
        }
        return article;
    }

    private static Article pick(List<Article> all, String id, Path file, Article.Format format) {
        for (Article a : all) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        String fileId = Article.fileIdOf(id);
        if (id.equals(fileId)) {
            return Article.broken(id, file, format, all.size() == 1
                    ? "The feed holds one item: " + all.get(0).id() + "."
                    : "The feed holds " + all.size() + " items: " + all.get(0).id() + " to " + all.get(all.size() - 1).id() + ".");
        }
        return Article.broken(id, file, format, "The file has no article " + id + " (it holds "
                + (all.size() == 1 ? "one" : String.valueOf(all.size())) + ").");
    }

    /** Why a file of this size is too large or too small for its format, or null. */
    private static String sizeProblem(Article.Format format, long size) {
        long limit = switch (format) {
            case PDF -> MAX_PDF_BYTES;
            case EMAIL, MHTML -> MAX_MESSAGE_BYTES;
            default -> MAX_BYTES;
        };
        if (size > limit) {
            return String.format(java.util.Locale.ROOT, "Too large to open (%.1f MB; the limit for %s files is %d MB).",
                    size / 1048576.0, format.kind(), limit / (1024 * 1024));
        }
        return size == 0 ? "The file is empty." : null;
    }

    /**
     * A saved page, read flat (its text without its structure) when it has too many elements to
     * hold as a tree, or nests them deeper than the extractor can follow.
     */
    private static Article html(String id, Path file, String content, List<String> warnings) {
        if (FlatHtmlText.elements(content, FlatHtmlText.MAX_ELEMENTS) > FlatHtmlText.MAX_ELEMENTS) {
            return FlatHtmlText.parse(id, file, Article.Format.HTML, content, warnings, FlatHtmlText.Why.TOO_MANY_ELEMENTS);
        }
        try {
            return HtmlArticleParser.parse(id, file, content, List.copyOf(warnings));
        } catch (StackOverflowError e) {
            return FlatHtmlText.parse(id, file, Article.Format.HTML, content, warnings, FlatHtmlText.Why.TOO_DEEP);
        }
    }

    /**
     * UTF-8 when the bytes are valid UTF-8 (a byte-order mark is kept, as it is part of the file
     * content that offsets refer to); otherwise windows-1252, the usual encoding of older saved pages,
     * with a warning.
     */
    static String decode(byte[] bytes, List<String> warnings) {
        // Decoded straight into the string (a CharsetDecoder would allocate a char buffer of twice the
        // file's size on the way: 40 MB for a 10 MB file). That decoding replaces what is not UTF-8
        // with U+FFFD, so only a text holding U+FFFD needs the strict check.
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        if (utf8.indexOf('\uFFFD') < 0 || isUtf8(bytes)) {
            return utf8;
        }
        utf8 = null;
        warnings.add("Not valid UTF-8: read as Windows-1252, some characters may be wrong.");
        return new String(bytes, Charset.forName("windows-1252"));
    }

    /** Whether {@code b} is well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF). */
    static boolean isUtf8(byte[] b) {
        int i = 0;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int extra;
            int min;
            if (c >= 0xc2 && c <= 0xdf) {
                extra = 1;
                min = 0x80;
            } else if (c >= 0xe0 && c <= 0xef) {
                extra = 2;
                min = 0x800;
            } else if (c >= 0xf0 && c <= 0xf4) {
                extra = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + extra >= n) {
                return false;
            }
            int cp = c & (0x3f >> extra);
            for (int k = 1; k <= extra; k++) {
                int cc = b[i + k] & 0xff;
                if ((cc & 0xc0) != 0x80) {
                    return false;
                }
                cp = (cp << 6) | (cc & 0x3f);
            }
            if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
                return false;
            }
            i += extra + 1;
        }
        return true;
    }

    /** NUL bytes, or many control characters, in the first 8 KB mean this is not text. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > n / 20;
    }

}
