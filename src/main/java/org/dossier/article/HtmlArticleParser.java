package org.dossier.article;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Elements;

/**
 * Pages saved from a browser. Metadata comes from the page's head (Open Graph, article and Dublin
 * Core tags, {@code <title>}, {@code <time>}); the text from its main content — {@code <article>},
 * {@code <main>} or the block with the most paragraph text — without navigation, ads, footers,
 * scripts or comments, cleaned with a jsoup {@link Safelist} before its text is taken.
 */
final class HtmlArticleParser {
    /** Class or id words that mark page furniture rather than the story. */
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)(^|[\\s_-])(nav|navbar|menu|header|footer|sidebar|aside|advert|advertisement|ads?|ad-slot|promo|"
                    + "sponsor|share|sharing|social|comments?|related|recommended|newsletter|subscribe|cookie|"
                    + "consent|breadcrumbs?|banner|popup|modal|skip-link|signup|paywall|outbrain|taboola)($|[\\s_-])");
    private static final String FURNITURE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, object, embed, svg, canvas, button, input, select, textarea, dialog, [hidden], "
            + "[aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], [role=complementary]";
    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img", "col", "colgroup", "caption")
            .addTags("main", "article", "section", "figure", "figcaption", "time", "address", "hr");

    private HtmlArticleParser() {
    }

    static Article parse(String id, Path file, String html, List<String> warnings) {
        Document page = Jsoup.parse(html);
        String title = firstNonBlank(
                meta(page, "meta[property=og:title]"),
                meta(page, "meta[name=twitter:title]"),
                page.title(),
                textOf(page.selectFirst("h1")));
        LocalDate date = firstDate(page);
        String source = firstNonBlank(
                meta(page, "meta[property=og:site_name]"),
                meta(page, "meta[name=author]"),
                meta(page, "meta[property=article:author]"),
                textOf(page.selectFirst("[rel=author], .byline, .author, [itemprop=author]")));

        Element content = mainContent(page);
        Document shell = Document.createShell("");
        shell.body().appendChild(content.clone());
        Document clean = new Cleaner(SAFELIST).clean(shell);
        BlockTextExtractor.Result extracted = BlockTextExtractor.extract(clean.body());
        if (title.isBlank()) {
            title = extracted.blocks().isEmpty() ? file.getFileName().toString()
                    : TextArticleParser.titleFromSentence(extracted.text().substring(
                    extracted.blocks().get(0).start(), extracted.blocks().get(0).end()));
        }
        return new Article(id, file, Article.Format.HTML, title.strip(), date, source.strip(), extracted.text(),
                extracted.blocks(), extracted.inlines(), warnings, null);
    }

    /** The story's element, with page furniture removed from it. */
    static Element mainContent(Document page) {
        Element body = page.body();
        body.select(FURNITURE).remove();
        removeComments(body);
        for (Element e : body.select("[class], [id]")) {
            if (e != body && e.parent() != null && !e.normalName().matches("article|main|body|html")
                    && (BOILERPLATE.matcher(e.className()).find() || BOILERPLATE.matcher(e.id()).find())) {
                e.remove();
            }
        }
        Element best = largest(body.select("article"));
        if (best == null) {
            best = largest(body.select("main, [role=main]"));
        }
        if (best == null) {
            best = densest(body);
        }
        return best != null ? best : body;
    }

    /** The element whose direct paragraph children hold the most text: the story in a page of divs. */
    private static Element densest(Element body) {
        Element best = null;
        int bestScore = 0;
        for (Element p : body.select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int score = 0;
            for (Element child : parent.children()) {
                if (child.normalName().equals("p")) {
                    score += child.text().length();
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = parent;
            }
        }
        // A handful of characters is not a story; the whole body is a better guess then.
        return bestScore >= 200 ? best : null;
    }

    private static Element largest(Elements candidates) {
        Element best = null;
        for (Element e : candidates) {
            if (best == null || e.text().length() > best.text().length()) {
                best = e;
            }
        }
        return best != null && !best.text().isBlank() ? best : null;
    }

    private static void removeComments(Node node) {
        for (int i = node.childNodeSize() - 1; i >= 0; i--) {
            Node child = node.childNode(i);
            if (child instanceof Comment) {
                child.remove();
            } else {
                removeComments(child);
            }
        }
    }

    private static LocalDate firstDate(Document page) {
        String[] queries = {
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[itemprop=datePublished]", "meta[name=date]", "meta[name=pubdate]", "meta[name=publishdate]",
            "meta[name=DC.date.issued]", "meta[name=dc.date]", "meta[name=DC.date]", "meta[name=parsely-pub-date]",
            "meta[name=sailthru.date]", "meta[property=og:updated_time]",
        };
        for (String query : queries) {
            LocalDate d = Datelines.metadata(meta(page, query));
            if (d != null) {
                return d;
            }
        }
        for (Element time : page.select("time[datetime], [itemprop=datePublished]")) {
            String value = time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content");
            LocalDate d = Datelines.metadata(value.isBlank() ? time.text() : value);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static String meta(Document page, String query) {
        Element e = page.selectFirst(query);
        return e == null ? "" : e.attr("content");
    }

    private static String textOf(Element e) {
        return e == null ? "" : e.text();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}
