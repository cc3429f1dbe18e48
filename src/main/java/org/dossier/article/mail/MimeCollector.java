package org.dossier.article.mail;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.field.ContentDispositionField;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.dom.field.ParsedField;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.message.DefaultBodyDescriptorBuilder;
import org.apache.james.mime4j.message.MaximalBodyDescriptor;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Builds a {@link MimeNode} tree from one streaming pass of mime4j over a message or a single-file
 * page. Only parts that can become text (text, HTML, PDF, Markdown) have their content kept, each up
 * to {@link #MAX_PART_BYTES} and all together up to {@link #MAX_KEPT_BYTES}; pictures and everything
 * else are skipped unread. The parser is lenient: a malformed header or boundary loses only what it
 * garbles. Not thread-safe: one instance per pass.
 */
final class MimeCollector extends AbstractContentHandler {
    static final int MAX_PART_BYTES = 20 * 1024 * 1024;
    static final long MAX_KEPT_BYTES = 40L * 1024 * 1024;
    private static final MimeConfig CONFIG = new MimeConfig.Builder()
            .setStrictParsing(false)
            .setMaxLineLen(-1)
            .setMaxHeaderLen(1_000_000)
            .setMaxHeaderCount(10_000)
            .setMaxContentLen(-1)
            .build();

    private final Deque<MimeNode> open = new ArrayDeque<>();
    private MimeNode root;
    private long kept;

    /** The tree of the message in {@code in}; never null (an empty message when nothing could be read). */
    static MimeNode collect(InputStream in) throws IOException, MimeException {
        MimeCollector collector = new MimeCollector();
        MimeStreamParser parser = new MimeStreamParser(CONFIG, DecodeMonitor.SILENT, new DefaultBodyDescriptorBuilder());
        parser.setContentDecoding(true);
        parser.setContentHandler(collector);
        parser.parse(in);
        return collector.root == null ? new MimeNode(true, 0) : collector.root;
    }

    @Override
    public void startMessage() {
        int depth = enclosingMessages();
        MimeNode node = new MimeNode(true, depth);
        attach(node);
    }

    @Override
    public void endMessage() {
        open.pop();
    }

    @Override
    public void startBodyPart() {
        attach(new MimeNode(false, enclosingMessages()));
    }

    @Override
    public void endBodyPart() {
        open.pop();
    }

    @Override
    public void field(Field field) {
        MimeNode node = open.peek();
        String name = field.getName().toLowerCase(Locale.ROOT);
        if (node == null || node.headers.containsKey(name)) {
            return;
        }
        String body = field.getBody() == null ? "" : field.getBody();
        node.headers.put(name, decode(body).strip());
        // From the header itself, not only the body descriptor: a message/rfc822 part has no body event.
        ParsedField parsed = LenientFieldParser.getParser().parse(field, DecodeMonitor.SILENT);
        if (parsed instanceof ContentTypeField type && type.getMimeType() != null) {
            node.mimeType = type.getMimeType().toLowerCase(Locale.ROOT);
            if (type.getCharset() != null) {
                node.charset = type.getCharset();
            }
            if (node.filename.isEmpty() && type.getParameter("name") != null) {
                node.filename = decode(type.getParameter("name")).strip();
            }
        } else if (parsed instanceof ContentDispositionField disposition) {
            if (disposition.getDispositionType() != null) {
                node.disposition = disposition.getDispositionType().toLowerCase(Locale.ROOT);
            }
            if (disposition.getFilename() != null && !disposition.getFilename().isBlank()) {
                node.filename = decode(disposition.getFilename()).strip();
            }
        }
    }

    @Override
    public void startMultipart(BodyDescriptor bd) {
        describe(open.peek(), bd);
    }

    @Override
    public void body(BodyDescriptor bd, InputStream is) throws IOException {
        MimeNode node = open.peek();
        describe(node, bd);
        if (!mayBecomeText(node)) {
            return;
        }
        if (kept >= MAX_KEPT_BYTES) {
            node.skipped = "the message's other parts already fill Dossier's budget";
            return;
        }
        byte[] bytes = is.readNBytes(MAX_PART_BYTES + 1);
        if (bytes.length > MAX_PART_BYTES) {
            node.skipped = "larger than " + MAX_PART_BYTES / (1024 * 1024) + " MB";
            return;
        }
        kept += bytes.length;
        node.content = bytes;
    }

    private void attach(MimeNode node) {
        if (open.isEmpty()) {
            if (root == null) {
                root = node;
            }
        } else {
            open.peek().children.add(node);
        }
        open.push(node);
    }

    private int enclosingMessages() {
        int n = 0;
        for (MimeNode node : open) {
            if (node.message) {
                n++;
            }
        }
        return n;
    }

    private static void describe(MimeNode node, BodyDescriptor bd) {
        if (node == null || bd == null) {
            return;
        }
        if (bd.getMimeType() != null && node.header("content-type").isEmpty()) {
            node.mimeType = bd.getMimeType().toLowerCase(Locale.ROOT);
        }
        if (node.charset.isEmpty() && bd.getCharset() != null && !node.header("content-type").isEmpty()) {
            node.charset = bd.getCharset();
        }
        if (bd instanceof MaximalBodyDescriptor m && m.getContentLocation() != null) {
            node.contentLocation = m.getContentLocation();
        }
    }

    /** Text, HTML, Markdown and PDF parts are kept; pictures, fonts, scripts, archives are not. */
    static boolean mayBecomeText(MimeNode node) {
        String type = node.mimeType;
        String name = node.filename.toLowerCase(Locale.ROOT);
        return type.equals("text/plain") || type.equals("text/html") || type.equals("application/xhtml+xml")
                || type.equals("text/markdown") || type.equals("application/pdf") || type.equals("text/enriched")
                || name.endsWith(".pdf") || name.endsWith(".txt") || name.endsWith(".md")
                || name.endsWith(".html") || name.endsWith(".htm");
    }

    private static String decode(String value) {
        try {
            return DecoderUtil.decodeEncodedWords(value, DecodeMonitor.SILENT);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}
