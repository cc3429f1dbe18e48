package org.dossier.article.feed;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.dossier.article.Article;
import org.dossier.article.ArticleParsers;
import org.dossier.article.TextBuilder;
import org.dossier.article.Timestamps;

/**
 * A feed file's items as articles {@code FILE#1}, {@code FILE#2}… in file order: title, link, author,
 * published date, and the content (or else the summary) as text — HTML content goes through the
 * saved-page extractor, so it is sanitized like any page. Each item is grouped under the feed's title.
 * A feed that cannot be read at all is one broken article with the file's id. Stateless; thread-safe.
 */
public final class FeedArticles {
    /** {@link #isFeed} looks only this far into a {@code .xml} file for its root element. */
    private static final int SNIFF_BYTES = 8192;

    private FeedArticles() {
    }

    /** The items of the feed in {@code file}, whose id is {@code fileId}. */
    public static List<Article> read(String fileId, Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return articles(fileId, file, FeedReader.read(in));
        }
    }

    /** The items of a feed read from {@code in} (the caller closes it). */
    public static List<Article> parse(String fileId, Path file, InputStream in) {
        return articles(fileId, file, FeedReader.read(in));
    }

    /**
     * Whether an XML file is a feed: its root element is {@code rss}, {@code feed} or {@code rdf:RDF}.
     * Reads at most the first 8 KB; any file that cannot be read or parsed that far is not a feed.
     */
    public static boolean isFeed(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            return false;
        }
        XMLStreamReader r = null;
        try {
            r = SafeXml.reader(new java.io.ByteArrayInputStream(head));
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    return FeedReader.isFeedRoot(r.getLocalName());
                }
            }
            return false;
        } catch (XMLStreamException | RuntimeException e) {
            return false;
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException e) {
                    // only read
                }
            }
        }
    }

    private static List<Article> articles(String fileId, Path file, Feed feed) {
        if (feed.problem() != null) {
            return List.of(Article.broken(fileId, file, Article.Format.FEED, feed.problem()));
        }
        if (feed.entries().isEmpty()) {
            return List.of(Article.broken(fileId, file, Article.Format.FEED,
                    feed.warnings().isEmpty() ? "The feed has no items." : feed.warnings().get(0)));
        }
        String feedTitle = feed.title().isBlank() ? file.getFileName().toString() : feed.title();
        List<Article> items = new ArrayList<>(feed.entries().size());
        for (int i = 0; i < feed.entries().size(); i++) {
            items.add(item(Article.partId(fileId, i + 1), file, feed, feedTitle, feed.entries().get(i), i + 1));
        }
        return items;
    }

    private static Article item(String id, Path file, Feed feed, String feedTitle, Feed.Entry e, int n) {
        List<String> warnings = new ArrayList<>(feed.warnings());
        TextBuilder text = new TextBuilder();
        boolean fromContent = !e.content().isBlank();
        if (fromContent) {
            addBody(text, id, file, e.content(), e.contentHtml());
        }
        if (text.isEmpty()) {
            fromContent = false;
            addBody(text, id, file, e.summary(), e.summaryHtml());
        }
        String title = FeedReader.plain(e.title(), e.titleHtml());
        if (text.isEmpty() && !title.isEmpty()) {
            // An item that is only a headline is still an article: its headline is its text.
            text.paragraph(title);
        }
        if (title.isEmpty()) {
            title = text.isEmpty() ? "Item " + n + " of " + feedTitle : ArticleParsers.titleFromSentence(text.firstBlock());
        }
        if (text.isEmpty()) {
            return Article.broken(id, file, Article.Format.FEED_ITEM, "The item has neither a title nor any text"
                    + (warnings.isEmpty() ? "." : " (" + warnings.get(0) + ")"))
                    .as(id, Article.Format.FEED_ITEM, new Article.Structure(n, feedTitle, List.of(), List.of()));
        }
        Timestamps.Stamp stamp = Timestamps.parse(e.date());
        // The summary is the description only when the text is the content, not the summary itself.
        String summary = fromContent && !e.summary().isBlank() ? FeedReader.plain(e.summary(), e.summaryHtml()) : "";
        Article.Meta meta = new Article.Meta(e.author(), feedTitle, language(feed.language()), e.link(),
                summary, stamp == null ? "" : stamp.iso(), "");
        return new Article(id, file, Article.Format.FEED_ITEM, title, stamp == null ? null : stamp.date(),
                e.author().isBlank() ? feedTitle : e.author(), text.text(), text.blocks(), text.inlines(), warnings,
                null, meta, new Article.Structure(n, feedTitle, List.of(), List.of()));
    }

    private static void addBody(TextBuilder text, String id, Path file, String body, boolean html) {
        if (body.isBlank()) {
            return;
        }
        if (html && (body.indexOf('<') >= 0 || body.indexOf('&') >= 0)) {
            // A list of its own: the extractor may add to it (what it finds is not the item's to report).
            text.addAll(ArticleParsers.html(id, file, body, new ArrayList<>()));
        } else {
            for (String paragraph : body.strip().split("\\n\\s*\\n")) {
                text.paragraph(paragraph.replaceAll("\\s+", " "));
            }
        }
    }

    /** "en-us" → "en": the primary tag, as {@link Article.Meta#lang()} wants it. */
    private static String language(String tag) {
        String t = tag.strip().toLowerCase(java.util.Locale.ROOT);
        int dash = t.indexOf('-');
        return dash > 0 ? t.substring(0, dash) : t;
    }
}
