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
 * Reads one article file into an {@link Article}, whatever is wrong with it: an empty, binary,
 * unreadable or oversized file comes back as a broken article with a reason, never as an exception.
 * Stateless; safe to call from any thread.
 */
public final class ArticleReader {
    /** Files above this size are refused: no real article is that long, and it would stall the UI. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private ArticleReader() {
    }

    /** Reads {@code file}; its id is its file name. */
    public static Article read(Path file) {
        return read(file, file.getFileName().toString());
    }

    /** Reads {@code file} under the given id (its path relative to the library folder). */
    public static Article read(Path file, String id) {
        Article.Format format = Article.Format.of(file.getFileName().toString());
        if (format == null) {
            format = Article.Format.TEXT;
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
        };
        if (!article.isBroken() && article.text().isBlank()) {
            return Article.broken(id, file, format, "No readable text was found in the file.");
        }
        return article;
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

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied.";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "the file no longer exists.";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
