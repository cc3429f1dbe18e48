package org.dossier.article.mail;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One entity of a MIME message as {@link MimeCollector} found it: a message (its headers), a multipart
 * (its parts) or a leaf body part (its content, kept only when it may become text). Mutable while the
 * parser fills it, then only read; confined to one read.
 */
final class MimeNode {
    /** Header values by lower-case name, the first occurrence, encoded words decoded. */
    final Map<String, String> headers = new LinkedHashMap<>();
    final List<MimeNode> children = new ArrayList<>();
    final boolean message;
    /** How many messages enclose this one (0 for the file's own message). */
    final int depth;
    String mimeType = "text/plain";
    String charset = "";
    String filename = "";
    String disposition = "";
    String contentLocation = "";
    /** The decoded content of a leaf, or null when it was not kept (a picture, too large, not text). */
    byte[] content;
    /** Why a leaf's content was not kept although it could have been text, or "". */
    String skipped = "";

    MimeNode(boolean message, int depth) {
        this.message = message;
        this.depth = depth;
    }

    String header(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
    }

    boolean isMultipart() {
        return mimeType.startsWith("multipart/");
    }

    /** A part the sender attached (a file), rather than the message's own text. */
    boolean isAttachment() {
        return disposition.equals("attachment") || !filename.isEmpty() && !mimeType.startsWith("multipart/");
    }

    /** The content as text in its declared charset (UTF-8, else Windows-1252, when it declares none or an unknown one). */
    String text() {
        if (content == null) {
            return "";
        }
        Charset cs = null;
        if (!charset.isEmpty()) {
            try {
                cs = Charset.forName(charset);
            } catch (IllegalArgumentException e) {
                cs = null;
            }
        }
        if (cs == null) {
            return org.dossier.article.ArticleParsers.decode(content, new ArrayList<>());
        }
        return new String(content, cs.equals(StandardCharsets.US_ASCII) ? StandardCharsets.UTF_8 : cs);
    }

    /** The name shown for an attachment: its file name, else its type. */
    String displayName() {
        if (!filename.isEmpty()) {
            return filename;
        }
        if (message) {
            String subject = header("subject");
            return subject.isEmpty() ? "message" : subject + ".eml";
        }
        return mimeType;
    }
}
