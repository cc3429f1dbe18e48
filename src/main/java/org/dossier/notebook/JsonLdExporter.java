package org.dossier.notebook;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Exports as W3C Web Annotation JSON-LD: an {@code AnnotationCollection} whose page holds one
 * {@code Annotation} per bookmark ({@code motivation: bookmarking}), with the note as a
 * {@code TextualBody} ({@code purpose: commenting}), each tag as a {@code TextualBody}
 * ({@code purpose: tagging}), and a target naming the article with a {@code TextQuoteSelector} and a
 * {@code TextPositionSelector}. The target's source is the URL the article was saved from when it is
 * known, else its id in the library as a relative IRI; the target carries the citation as
 * {@code dcterms:bibliographicCitation} (the annotation context defines the prefix), and for a
 * passage of a PDF a {@code FragmentSelector} {@code page=N} (RFC 3778). Immutable; thread-safe.
 */
public final class JsonLdExporter implements NotebookExporter {
    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";

    private final ZoneId zone;

    /** Bookmarking dates in the system's time zone. */
    public JsonLdExporter() {
        this(ZoneId.systemDefault());
    }

    /** Bookmarking dates in {@code zone}. */
    public JsonLdExporter(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public String extension() {
        return "jsonld";
    }

    @Override
    public String export(List<Bookmark> bookmarks) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode collection = f.objectNode();
        collection.put("@context", CONTEXT);
        collection.put("type", "AnnotationCollection");
        collection.put("label", "Dossier notebook");
        collection.put("total", bookmarks.size());
        ObjectNode page = collection.putObject("first");
        page.put("type", "AnnotationPage");
        ArrayNode items = page.putArray("items");
        for (BookmarkGroup group : BookmarkGroups.byArticle(bookmarks)) {
            for (Bookmark b : group.bookmarks()) {
                items.add(annotation(b));
            }
        }
        try {
            return NotebookJson.prettyWriter().writeValueAsString(collection) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize the export", e);
        }
    }

    private ObjectNode annotation(Bookmark b) {
        ObjectNode a = JsonNodeFactory.instance.objectNode();
        a.put("id", "urn:uuid:" + b.id());
        a.put("type", "Annotation");
        a.put("motivation", "bookmarking");
        a.put("created", b.created().toString());
        a.put("modified", b.modified().toString());
        ArrayNode body = a.putArray("body");
        if (!b.note().isBlank()) {
            ObjectNode note = body.addObject();
            note.put("type", "TextualBody");
            note.put("value", b.note());
            note.put("format", "text/plain");
            note.put("purpose", "commenting");
        }
        for (String tag : b.tags()) {
            ObjectNode t = body.addObject();
            t.put("type", "TextualBody");
            t.put("value", tag);
            t.put("purpose", "tagging");
        }
        ObjectNode target = a.putObject("target");
        target.put("source", b.article().url().isBlank() ? source(b.article().id()) : b.article().url());
        target.put("dcterms:bibliographicCitation", Citation.of(b, zone));
        ArrayNode selectors = target.putArray("selector");
        ObjectNode quote = selectors.addObject();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", b.exact());
        quote.put("prefix", b.quote().prefix());
        quote.put("suffix", b.quote().suffix());
        ObjectNode position = selectors.addObject();
        position.put("type", "TextPositionSelector");
        position.put("start", b.position().start());
        position.put("end", b.position().end());
        if (b.position().page() > 0) {
            // RFC 3778's PDF fragment, the Web Annotation way to name a page.
            ObjectNode page = selectors.addObject();
            page.put("type", "FragmentSelector");
            page.put("conformsTo", "http://tools.ietf.org/rfc/rfc3778");
            page.put("value", "page=" + b.position().page());
        }
        return a;
    }

    /** The article id as a relative IRI: each path segment percent-encoded. */
    static String source(String articleId) {
        StringBuilder s = new StringBuilder();
        for (String segment : articleId.split("/", -1)) {
            if (s.length() > 0) {
                s.append('/');
            }
            s.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return s.toString();
    }
}
