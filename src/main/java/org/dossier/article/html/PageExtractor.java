package org.dossier.article.html;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the story in a saved web page and reads what the page says about itself. A strict pass
 * looks for the story; when it finds too little text, more relaxed passes follow (Readability's
 * sieve), and when even the best of them is thin, a wider pass that keeps every paragraph-like
 * block of the page competes with it (trafilatura's fallback). A page with an article therefore
 * never comes back empty; a page without one (a section front, a sign-in wall) comes back with its
 * visible text and a warning saying so. Page furniture the passes leave is then dropped
 * ({@link Boilerplate}). The page's markup is never trusted: the result is cleaned again before its
 * text is taken. Stateless; thread-safe.
 */
public final class PageExtractor {
    /** Fewer characters than this and a pass has not found the story (Readability's threshold). */
    static final int ENOUGH_TEXT = 500;
    /** Real pages run to a few thousand elements, heavy ones to 30,000; each relaxed pass reads them all again. */
    static final int RELAXED_PASSES_MAX_ELEMENTS = 20_000;
    /** Less than this, on a page without a paragraph of article length, is no story at all. */
    static final int TOO_LITTLE = 200;
    static final String NO_ARTICLE = "No article was found in this page (a section front, a list of links or a "
            + "sign-in page?): all its visible text is shown.";

    private PageExtractor() {
    }

    /**
     * What was found in a page.
     *
     * @param content  the story's markup, detached from the page; to be sanitized before use
     * @param metadata what the page says about itself
     * @param warnings what the reader should know (a cut page, no article found)
     * @param baseUri  what the story's relative links are relative to ({@code <base href>}, else the page's address), or ""
     */
    public record Result(Element content, PageMetadata metadata, List<String> warnings, String baseUri) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    public static Result extract(String html) {
        List<String> warnings = new ArrayList<>();
        String markup = PageLimits.cut(html, warnings);
        Document page = Jsoup.parse(markup);
        int elements = PageLimits.flatten(page, warnings);
        PageMetadata metadata = MetadataReader.read(page);
        String baseUri = MetadataReader.baseUri(page, metadata.url());
        PagePreparer.prepare(page);

        Element best = null;
        int bestLength = -1;
        String byline = "";
        Rules rules = Rules.STRICT;
        Document work = page;
        while (rules != null) {
            ContentFinder finder = new ContentFinder(work, rules, metadata.title());
            Element content = finder.find();
            if (byline.isEmpty()) {
                byline = finder.byline();
            }
            if (content != null) {
                new ContentCleaner(rules, new DataTables()).clean(content);
                int length = Texts.length(content);
                if (length > bestLength) {
                    best = content;
                    bestLength = length;
                }
                if (length >= ENOUGH_TEXT) {
                    break;
                }
            }
            // A page this large with this little story is no page to sieve again: the wide pass reads it.
            rules = elements > RELAXED_PASSES_MAX_ELEMENTS ? null : rules.relaxed();
            if (rules != null) {
                work = prepared(markup);
            }
        }
        if (metadata.byline().isEmpty() && !byline.isEmpty()) {
            metadata = metadata.withByline(MetadataReader.cleanByline(byline, metadata.site()));
        }
        if (best == null) {
            best = new Element("div");
        }
        DataTables tables = new DataTables();
        tables.mark(best);
        Boilerplate.clean(best, metadata.title(), tables);
        int length = Texts.length(best);
        if (length < ENOUGH_TEXT) {
            // The story may be spread over containers no pass took whole: every paragraph of the page competes.
            Document again = prepared(markup);
            boolean article = WidePass.looksLikeArticle(again);
            Element wide = WidePass.paragraphs(again);
            DataTables wideTables = new DataTables();
            wideTables.mark(wide);
            Boilerplate.clean(wide, metadata.title(), wideTables);
            int wideLength = Texts.length(wide);
            if (wideLength > 2 * length) {
                best = wide;
                length = wideLength;
            }
            if (!article && length < TOO_LITTLE || length == 0) {
                best = WidePass.visibleText(again);
                warnings.add(NO_ARTICLE);
            }
        }
        new DataTables().unwrapLayout(best);
        resolveLinks(best, baseUri);
        return new Result(best, metadata, warnings, baseUri);
    }

    /** Makes the story's links absolute, so they keep their target once the page is gone; others are dropped later. */
    private static void resolveLinks(Element content, String baseUri) {
        java.net.URI base = null;
        try {
            base = baseUri.isEmpty() ? null : new java.net.URI(baseUri);
        } catch (java.net.URISyntaxException e) {
            // no base: only absolute links survive
        }
        for (Element a : content.getElementsByTag("a")) {
            String href = a.attr("href").strip();
            if (href.isEmpty() || base == null || MetadataReader.absolute(href).equals(href)) {
                continue;
            }
            try {
                a.attr("href", base.resolve(new java.net.URI(href.replace(" ", "%20"))).toString());
            } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                a.removeAttr("href");
            }
        }
    }

    /**
     * The page parsed and prepared again: each pass changes the page it reads. Parsing again only for
     * the pages that need another pass is cheaper than copying every page before its first.
     */
    private static Document prepared(String markup) {
        Document page = parse(markup, new ArrayList<>());
        PagePreparer.prepare(page);
        return page;
    }

    private static Document parse(String markup, List<String> warnings) {
        Document page = Jsoup.parse(markup);
        PageLimits.flatten(page, warnings);
        return page;
    }
}
