package org.dossier.article.feed;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jsoup.nodes.Entities;

/**
 * Reads RSS 0.9x, 1.0 and 2.0 and Atom 1.0 in one streaming pass. Elements are matched by local name
 * (feeds mix namespaces freely); the root tells the dialect. Entities the feed declares itself are
 * never expanded (see {@link SafeXml}); HTML's named entities, which old RSS 0.91 files use through
 * Netscape's DTD, are. XML that breaks off keeps the items read before the break. Stateless.
 */
final class FeedReader {
    /** More items than this in one file are cut with a warning. */
    static final int MAX_ITEMS = 5000;
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private FeedReader() {
    }

    /** What the root element of a feed is called: rss, feed (Atom) or RDF (RSS 0.90 and 1.0). */
    static boolean isFeedRoot(String localName) {
        return localName.equals("rss") || localName.equals("feed") || localName.equals("RDF");
    }

    static Feed read(InputStream in) {
        State s = new State();
        XMLStreamReader r = null;
        try {
            r = SafeXml.reader(in);
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    start(r, s);
                    if (s.problem != null) {
                        break;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    s.path.pop();
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            s.broken = describe(e);
        } finally {
            close(r);
        }
        return s.toFeed();
    }

    private static void start(XMLStreamReader r, State s) throws XMLStreamException {
        String name = r.getLocalName();
        if (s.path.isEmpty()) {
            if (!isFeedRoot(name)) {
                s.problem = "Not a feed: its root element is <" + name + ">.";
                return;
            }
            s.dialect = switch (name) {
                case "feed" -> "Atom 1.0";
                case "RDF" -> "RSS 1.0";
                default -> "RSS " + (r.getAttributeValue(null, "version") == null ? "2.0" : r.getAttributeValue(null, "version"));
            };
            s.path.push(name);
            return;
        }
        if (name.equals("item") || name.equals("entry")) {
            if (s.entries.size() >= MAX_ITEMS) {
                s.cut = true;
                skip(r);
                return;
            }
            s.entries.add(entry(r, s));
            return;
        }
        String parent = s.path.peek();
        boolean channelLevel = parent.equals("channel") || parent.equals("feed") && s.path.size() == 1;
        if (channelLevel) {
            switch (name) {
                case "title" -> {
                    boolean html = isHtmlType(r);
                    s.title = plain(text(r, s, false), html);
                }
                case "link" -> s.link = s.link.isEmpty() ? link(r, s) : consume(r, s);
                case "pubDate", "date", "updated", "lastBuildDate", "published" ->
                        s.date = s.date.isEmpty() ? text(r, s, false).strip() : consume(r, s);
                case "language" -> s.language = text(r, s, false).strip();
                default -> s.path.push(name);
            }
            return;
        }
        s.path.push(name);
    }

    /** Reads one item or entry, the reader on its start tag; returns on its end tag. */
    private static Feed.Entry entry(XMLStreamReader r, State s) throws XMLStreamException {
        String title = "";
        boolean titleHtml = false;
        String link = "";
        String guid = "";
        String author = "";
        String date = "";
        String content = "";
        boolean contentHtml = false;
        String summary = "";
        boolean summaryHtml = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = r.getLocalName();
            String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
            switch (name) {
                case "title" -> {
                    titleHtml = isHtmlType(r);
                    title = text(r, s, "xhtml".equals(r.getAttributeValue(null, "type")));
                }
                case "link" -> {
                    String rel = r.getAttributeValue(null, "rel");
                    String href = link(r, s);
                    if (link.isEmpty() && (rel == null || rel.equals("alternate"))) {
                        link = href;
                    }
                }
                case "guid", "id" -> guid = text(r, s, false).strip();
                case "author", "creator" -> {
                    String who = person(r, s);
                    author = author.isEmpty() ? who : author;
                }
                case "pubDate", "published", "date", "issued" -> date = text(r, s, false).strip();
                case "updated", "modified" -> {
                    String updated = text(r, s, false).strip();
                    date = date.isEmpty() ? updated : date;
                }
                case "encoded" -> {
                    content = text(r, s, false);
                    contentHtml = true;
                }
                case "content" -> {
                    if (r.getAttributeValue(null, "src") != null) {
                        // Out-of-line content lives at a URL: never fetched.
                        consume(r, s);
                    } else if (content.isEmpty()) {
                        String type = typeOf(r, ns);
                        contentHtml = !type.equals("text");
                        content = text(r, s, type.equals("xhtml"));
                    } else {
                        consume(r, s);
                    }
                }
                case "description", "summary" -> {
                    String type = name.equals("description") ? "html" : typeOf(r, ns);
                    summaryHtml = !type.equals("text");
                    summary = text(r, s, type.equals("xhtml"));
                }
                default -> skip(r);
            }
        }
        if (link.isEmpty() && guid.startsWith("http")) {
            link = guid;
        }
        return new Feed.Entry(title, titleHtml, link, author, date, content, contentHtml, summary, summaryHtml);
    }

    /** Atom's text construct type (text, html, xhtml); RSS 1.0 and 2.0 elements default to html. */
    private static String typeOf(XMLStreamReader r, String ns) {
        String type = r.getAttributeValue(null, "type");
        if (type == null) {
            return ns.equals(ATOM) ? "text" : "html";
        }
        type = type.toLowerCase(Locale.ROOT);
        if (type.contains("xhtml")) {
            return "xhtml";
        }
        return type.contains("html") ? "html" : type.startsWith("text") ? "text" : "html";
    }

    private static boolean isHtmlType(XMLStreamReader r) {
        String type = r.getAttributeValue(null, "type");
        return type != null && type.toLowerCase(Locale.ROOT).contains("html");
    }

    /** An Atom {@code <link href>} or an RSS {@code <link>text</link>}. */
    private static String link(XMLStreamReader r, State s) throws XMLStreamException {
        String href = r.getAttributeValue(null, "href");
        String text = text(r, s, false).strip();
        return href != null ? href.strip() : text;
    }

    /** An Atom person ({@code <name>} inside) or an RSS author / Dublin Core creator (text). */
    private static String person(XMLStreamReader r, State s) throws XMLStreamException {
        StringBuilder all = new StringBuilder();
        String name = null;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                boolean isName = r.getLocalName().equals("name");
                String value = text(r, s, false).strip();
                if (isName) {
                    name = value;
                }
            } else {
                appendText(r, s, all);
            }
        }
        String who = name != null ? name : all.toString().strip();
        // RSS 2.0 author is an e-mail address, often "jo@example.com (Jo Bloggs)": the name reads better.
        int open = who.indexOf('(');
        if (who.contains("@") && open > 0 && who.endsWith(")")) {
            who = who.substring(open + 1, who.length() - 1).strip();
        }
        return who;
    }

    /**
     * The text of the element the reader is on, up to its end tag; with {@code markup}, child elements
     * are written back as tags (Atom's inline XHTML), otherwise only their text is kept.
     */
    private static String text(XMLStreamReader r, State s, boolean markup) throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (markup) {
                    out.append('<').append(r.getLocalName());
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        out.append(' ').append(r.getAttributeLocalName(i)).append("=\"")
                                .append(Entities.escape(r.getAttributeValue(i))).append('"');
                    }
                    out.append('>');
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == 0) {
                    return out.toString();
                }
                depth--;
                if (markup) {
                    out.append("</").append(r.getLocalName()).append('>');
                }
            } else if (markup && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                out.append(Entities.escape(r.getText()));
            } else {
                appendText(r, s, out);
            }
        }
        return out.toString();
    }

    private static void appendText(XMLStreamReader r, State s, StringBuilder out) {
        switch (r.getEventType()) {
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> out.append(r.getText());
            case XMLStreamConstants.ENTITY_REFERENCE -> {
                String name = r.getLocalName();
                String value = Entities.isNamedEntity(name) ? Entities.getByName(name) : "";
                if (value.isEmpty()) {
                    s.unexpanded.add(name);
                } else {
                    out.append(value);
                }
            }
            default -> { }
        }
    }

    /** Reads past the element the reader is on, returning "". */
    private static String consume(XMLStreamReader r, State s) throws XMLStreamException {
        text(r, s, false);
        return "";
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 0;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT && depth-- == 0) {
                return;
            }
        }
    }

    /** Plain text of a title: tags and entities of an HTML one resolved, white space collapsed. */
    static String plain(String value, boolean html) {
        if (html || value.indexOf('<') >= 0 || value.indexOf('&') >= 0) {
            return org.jsoup.Jsoup.parseBodyFragment(value).text().strip();
        }
        return value.strip().replaceAll("\\s+", " ");
    }

    private static String describe(Exception e) {
        if (e instanceof XMLStreamException x && x.getLocation() != null) {
            String message = x.getMessage() == null ? "" : x.getMessage();
            int cut = message.indexOf("Message: ");
            message = cut >= 0 ? message.substring(cut + 9) : message;
            return "line " + x.getLocation().getLineNumber() + ", column " + x.getLocation().getColumnNumber()
                    + ": " + message.strip();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException e) {
                // nothing was written; nothing to lose
            }
        }
    }

    /** What one pass has found so far. */
    private static final class State {
        final Deque<String> path = new ArrayDeque<>();
        final List<Feed.Entry> entries = new ArrayList<>();
        final Set<String> unexpanded = new LinkedHashSet<>();
        String dialect = "";
        String title = "";
        String link = "";
        String date = "";
        String language = "";
        String problem;
        String broken;
        boolean cut;

        Feed toFeed() {
            List<String> warnings = new ArrayList<>();
            if (problem == null && broken != null) {
                if (dialect.isEmpty()) {
                    problem = "Not well-formed XML (" + broken + ").";
                } else if (entries.isEmpty()) {
                    problem = "The feed's XML is damaged before its first item (" + broken + ").";
                } else {
                    warnings.add("The feed's XML is damaged after item " + entries.size() + " (" + broken
                            + "); the items after it are missing.");
                }
            }
            if (problem == null && dialect.isEmpty()) {
                problem = "The file is empty.";
            }
            if (cut) {
                warnings.add("Only the first " + MAX_ITEMS + " items of the feed were read.");
            }
            if (!unexpanded.isEmpty()) {
                warnings.add("Entities the feed declares itself were not expanded (&" + String.join(";, &", unexpanded)
                        + ";): Dossier never resolves them.");
            }
            return new Feed(dialect, title, link, date, language, entries, warnings, problem);
        }
    }
}
