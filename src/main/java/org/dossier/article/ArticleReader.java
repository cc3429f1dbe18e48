package org.dossier.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads article files into {@link Article}s, whatever is wrong with them: an empty, binary,
 * unreadable or oversized file comes back as a broken article with a reason, never as an exception.
 * A feed or an e-mail holds several articles ({@link #readAll}: the items {@code FILE#1…}, the message
 * and its attachments); the other formats one. The parsers of PDF, e-mail and feeds are loaded only
 * when a file needs them. Stateless; safe to call from any thread.
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
        Article.Format format = Article.Format.of(file.getFileName().toString());
        if (format == null) {
            format = Article.Format.TEXT;
        }
        switch (format) {
            case PDF, EMAIL, MHTML, FEED -> {
                String tooLarge = sizeProblem(file, format);
                if (tooLarge != null) {
                    return List.of(Article.broken(fileId, file, format, tooLarge));
                }
                try {
                    return switch (format) {
                        case PDF -> List.of(org.dossier.article.pdf.PdfArticles.read(fileId, file));
                        case EMAIL -> org.dossier.article.mail.MailArticles.readMessage(fileId, file);
                        case MHTML -> List.of(org.dossier.article.mail.MailArticles.readPage(fileId, file));
                        default -> org.dossier.article.feed.FeedArticles.read(fileId, file);
                    };
                } catch (IOException e) {
                    return List.of(Article.broken(fileId, file, format, "Cannot be read: " + describe(e)));
                } catch (RuntimeException | StackOverflowError e) {
                    // A parser's bug on a strange file must cost that file only, never the folder.
                    return List.of(Article.broken(fileId, file, format, "Could not be read ("
                            + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")."));
                }
            }
            default -> {
                return List.of(read(file, fileId));
            }
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
        Article.Format format = Article.Format.of(file.getFileName().toString());
        if (format == null) {
            format = Article.Format.TEXT;
        }
        if (format.holdsSeveral() || format == Article.Format.PDF || format == Article.Format.MHTML) {
            return pick(readAll(file, Article.fileIdOf(id)), id, file, format);
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return Article.broken(id, file, format, String.format(
                        "Too large to open (%.1f MB; the limit is 10 MB).", size / 1048576.0));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Article.broken(id, file, format, "Cannot be read: " + describe(e));
        }
        if (bytes.length == 0) {
            return Article.broken(id, file, format, "The file is empty.");
        }
        if (looksBinary(bytes)) {
            return Article.broken(id, file, format, "Not a text file (it contains binary data).");
        }
        List<String> warnings = new ArrayList<>();
        String content = decode(bytes, warnings);
        if (content.isBlank()) {
            return Article.broken(id, file, format, "The file holds only white space.");
        }
        Article article = switch (format) {
            case TEXT -> TextArticleParser.parse(id, file, content, warnings);
            case HTML -> HtmlArticleParser.parse(id, file, content, warnings);
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

    /** Why the file is too large for its format, or null. */
    private static String sizeProblem(Path file, Article.Format format) {
        long limit = switch (format) {
            case PDF -> MAX_PDF_BYTES;
            case EMAIL, MHTML -> MAX_MESSAGE_BYTES;
            default -> MAX_BYTES;
        };
        try {
            long size = Files.size(file);
            if (size > limit) {
                return String.format(java.util.Locale.ROOT, "Too large to open (%.1f MB; the limit for %s files is %d MB).",
                        size / 1048576.0, format.kind(), limit / (1024 * 1024));
            }
            if (size == 0) {
                return "The file is empty.";
            }
            return null;
        } catch (IOException e) {
            return "Cannot be read: " + describe(e);
        }
    }

    /**
     * UTF-8 when the bytes are valid UTF-8 (a byte-order mark is kept, as it is part of the file
     * content that offsets refer to); otherwise windows-1252, the usual encoding of older saved pages,
     * with a warning.
     */
    static String decode(byte[] bytes, List<String> warnings) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            warnings.add("Not valid UTF-8: read as Windows-1252, some characters may be wrong.");
            return new String(bytes, Charset.forName("windows-1252"));
        }
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

    static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied.";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "the file no longer exists.";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
