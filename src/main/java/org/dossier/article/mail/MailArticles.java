package org.dossier.article.mail;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.field.MailboxListField;
import org.apache.james.mime4j.dom.field.ParsedField;
import org.apache.james.mime4j.field.LenientFieldParser;

import org.dossier.article.Article;
import org.dossier.article.ArticleParsers;
import org.dossier.article.TextBuilder;
import org.dossier.article.Timestamps;

/**
 * E-mails and single-file pages as articles. A message ({@code .eml}): title = subject, source =
 * sender, date = its Date header, text = its {@code text/plain} body (quoted replies folded), else its
 * {@code text/html} body through the saved-page extractor; the names of its attachments in its
 * structure; each attachment that is an article (PDF, HTML, text, Markdown, an attached message) an
 * article of its own, {@code FILE#1}, {@code FILE#2}… in the order they appear, grouped under the
 * message. A page ({@code .mhtml}): its HTML part through the saved-page extractor; pictures and
 * other parts are never read. Stateless; thread-safe.
 */
public final class MailArticles {
    /** Messages attached inside messages deeper than this are listed by name only. */
    static final int MAX_DEPTH = 10;

    private MailArticles() {
    }

    /** The message in {@code file} (id {@code fileId}) followed by its attachments that are articles. */
    public static List<Article> readMessage(String fileId, Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return message(fileId, file, in);
        }
    }

    /** {@link #readMessage} from bytes (the caller's file is {@code file}). */
    public static List<Article> parseMessage(String fileId, Path file, byte[] bytes) throws IOException {
        return message(fileId, file, new ByteArrayInputStream(bytes));
    }

    /** The single-file web page in {@code file}. */
    public static Article readPage(String fileId, Path file) throws IOException {
        MimeNode root;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            root = MimeCollector.collect(in);
        } catch (MimeException e) {
            return Article.broken(fileId, file, Article.Format.MHTML, "Not a readable single-file page: " + e.getMessage());
        }
        MimeNode html = firstHtml(root);
        if (html == null) {
            return Article.broken(fileId, file, Article.Format.MHTML, "The page has no HTML part.");
        }
        List<String> warnings = new ArrayList<>();
        Article page = ArticleParsers.html(fileId, file, html.text(), warnings);
        if (page.text().isBlank()) {
            return Article.broken(fileId, file, Article.Format.MHTML, "No readable text was found in the page.");
        }
        String saved = root.header("snapshot-content-location");
        if (saved.isEmpty()) {
            saved = html.contentLocation;
        }
        Article.Meta m = page.meta();
        String title = page.title().equals(file.getFileName().toString()) && !root.header("subject").isEmpty()
                ? root.header("subject") : page.title();
        Article.Meta meta = new Article.Meta(m.byline(), m.site(), m.lang(), m.url().isEmpty() ? saved : m.url(),
                m.description(), m.published(), m.modified());
        return new Article(fileId, file, Article.Format.MHTML, title, page.date(), page.source(), page.text(),
                page.blocks(), page.inlines(), page.warnings(), null, meta, Article.Structure.NONE);
    }

    private static List<Article> message(String fileId, Path file, InputStream in) throws IOException {
        MimeNode root;
        try {
            root = MimeCollector.collect(in);
        } catch (MimeException e) {
            return List.of(Article.broken(fileId, file, Article.Format.EMAIL, "Not a readable e-mail: " + e.getMessage()));
        }
        if (root.header("from").isEmpty() && root.header("subject").isEmpty() && root.header("date").isEmpty()) {
            return List.of(Article.broken(fileId, file, Article.Format.EMAIL,
                    "Not an e-mail message: it has no From, Subject or Date header."));
        }
        List<Article> out = new ArrayList<>();
        int[] counter = {0};
        String subject = subjectOf(root);
        add(out, fileId, fileId, file, root, 0, subject, counter);
        return out;
    }

    /** Adds the message {@code msg} as article {@code id}, then its attachments, depth first. */
    private static void add(List<Article> out, String fileId, String id, Path file, MimeNode msg, int part,
                            String group, int[] counter) throws IOException {
        MessageParts parts = MessageParts.of(msg);
        List<String> names = new ArrayList<>();
        for (MimeNode a : parts.attachments()) {
            names.add(a.displayName());
        }
        List<String> warnings = new ArrayList<>();
        TextBuilder text = new TextBuilder();
        for (MimeNode body : parts.bodies()) {
            if (body.mimeType.contains("html")) {
                text.addAll(ArticleParsers.html(id, file, body.text(), warnings));
            } else {
                PlainBody.append(text, body.text());
            }
        }
        String subject = subjectOf(msg);
        if (text.isEmpty()) {
            text.add(Article.Block.Kind.HEADING, subject);
            warnings.add(names.isEmpty() ? "The message has no text." : "The message has no text of its own; see its attachments.");
        }
        String from = msg.header("from");
        String sender = sender(from);
        Timestamps.Stamp stamp = Timestamps.parse(msg.header("date"));
        Article.Meta meta = new Article.Meta(sender, "", "", "", "", stamp == null ? "" : stamp.iso(), "");
        int index = out.size();
        out.add(null);
        List<String> attachmentWarnings = new ArrayList<>();
        for (MimeNode a : parts.attachments()) {
            MimeNode inner = a.message ? a : embeddedMessage(a);
            if (inner != null) {
                if (inner.depth > MAX_DEPTH) {
                    attachmentWarnings.add("Messages attached more than " + MAX_DEPTH + " levels deep were not read.");
                    continue;
                }
                add(out, fileId, Article.partId(fileId, ++counter[0]), file, inner, counter[0], group, counter);
            } else if (a.content != null) {
                int n = ++counter[0];
                Article made = attachment(Article.partId(fileId, n), file, a);
                out.add(made.as(made.id(), made.format(), made.structure().asPart(n, group)));
            } else if (!a.skipped.isEmpty()) {
                int n = ++counter[0];
                out.add(Article.broken(Article.partId(fileId, n), file, Article.Format.TEXT,
                        "The attachment " + a.displayName() + " was not read: " + a.skipped + ".")
                        .as(Article.partId(fileId, n), Article.Format.TEXT, new Article.Structure(n, group, List.of(), List.of())));
            }
        }
        if (!attachmentWarnings.isEmpty()) {
            warnings.add(attachmentWarnings.get(0));
        }
        out.set(index, new Article(id, file, Article.Format.EMAIL, subject, stamp == null ? null : stamp.date(),
                sender, text.text(), text.blocks(), text.inlines(), warnings, null, meta,
                new Article.Structure(part, part == 0 ? "" : group, names, List.of())));
    }

    /** An attached file that is an article: PDF, HTML, Markdown or text. */
    private static Article attachment(String id, Path file, MimeNode a) throws IOException {
        String type = a.mimeType;
        String name = a.filename.toLowerCase(Locale.ROOT);
        List<String> warnings = new ArrayList<>();
        Article article;
        if (type.equals("application/pdf") || name.endsWith(".pdf")) {
            article = org.dossier.article.pdf.PdfArticles.parse(id, file, a.content);
        } else if (type.contains("html") || name.endsWith(".html") || name.endsWith(".htm")) {
            article = ArticleParsers.html(id, file, a.text(), warnings);
        } else if (type.equals("text/markdown") || name.endsWith(".md")) {
            article = ArticleParsers.markdown(id, file, a.text(), warnings);
        } else if (ArticleParsers.looksBinary(a.content)) {
            return Article.broken(id, file, Article.Format.TEXT, "The attachment " + a.displayName() + " is not text.");
        } else {
            article = ArticleParsers.text(id, file, a.text(), warnings);
        }
        if (!article.isBroken() && article.text().isBlank()) {
            return Article.broken(id, file, article.format(), "No readable text was found in " + a.displayName() + ".");
        }
        if (!article.isBroken() && article.title().equals(file.getFileName().toString()) && !a.filename.isEmpty()) {
            return new Article(id, file, article.format(), a.filename, article.date(), article.source(), article.text(),
                    article.blocks(), article.inlines(), article.warnings(), null, article.meta(), article.structure());
        }
        return article;
    }

    /** The message inside a {@code message/rfc822} part, or null for any other part. */
    private static MimeNode embeddedMessage(MimeNode part) {
        if (!part.mimeType.equals("message/rfc822") && !part.mimeType.equals("message/global")) {
            return null;
        }
        for (MimeNode child : part.children) {
            if (child.message) {
                return child;
            }
        }
        return null;
    }

    private static MimeNode firstHtml(MimeNode node) {
        if (!node.isMultipart() && node.content != null && (node.mimeType.contains("html"))) {
            return node;
        }
        for (MimeNode child : node.children) {
            MimeNode found = firstHtml(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String subjectOf(MimeNode msg) {
        String subject = msg.header("subject").replaceAll("\\s+", " ").strip();
        return subject.isEmpty() ? "(no subject)" : subject;
    }

    /** "Jo Bloggs" for {@code "Jo Bloggs" <jo@example.com>}; the address when there is no name. */
    static String sender(String from) {
        if (from.isBlank()) {
            return "";
        }
        try {
            ParsedField parsed = LenientFieldParser.parse("From: " + from, DecodeMonitor.SILENT);
            if (parsed instanceof MailboxListField list && list.getMailboxList() != null && !list.getMailboxList().isEmpty()) {
                Mailbox box = list.getMailboxList().get(0);
                return box.getName() != null && !box.getName().isBlank() ? box.getName().strip() : box.getAddress();
            }
        } catch (MimeException | RuntimeException e) {
            // an unparsable From: show it as written
        }
        return from.strip();
    }
}
