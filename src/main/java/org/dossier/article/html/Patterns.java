package org.dossier.article.html;

import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * The class, id and tag vocabulary that tells a story's markup from a page's furniture, after Mozilla
 * Readability's (Apache-2.0) lists, which years of reader-view use on the open web have tuned.
 * Constants only; thread-safe.
 */
final class Patterns {
    /** Class or id words of page parts that are almost never the story (dropped in the first pass). */
    static final Pattern UNLIKELY = Pattern.compile("-ad-|ai2html|banner|breadcrumbs|combx|comment|community|"
            + "cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|"
            + "skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote",
            Pattern.CASE_INSENSITIVE);
    /** ... unless one of these words says it may hold the story after all. */
    static final Pattern MAYBE_CANDIDATE = Pattern.compile("and|article|body|column|content|main|shadow",
            Pattern.CASE_INSENSITIVE);
    static final Pattern POSITIVE = Pattern.compile("article|body|content|entry|hentry|h-entry|main|page|"
            + "pagination|post|text|blog|story", Pattern.CASE_INSENSITIVE);
    static final Pattern NEGATIVE = Pattern.compile("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|"
            + "contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|"
            + "sidebar|skyscraper|sponsor|shopping|tags|widget", Pattern.CASE_INSENSITIVE);
    static final Pattern BYLINE = Pattern.compile("byline|author|dateline|writtenby|p-author", Pattern.CASE_INSENSITIVE);
    static final Pattern SHARE = Pattern.compile("(\\b|_)(share|sharedaddy)(\\b|_)", Pattern.CASE_INSENSITIVE);
    static final Pattern VIDEOS = Pattern.compile("//(www\\.)?((dailymotion|youtube|youtube-nocookie|player\\.vimeo|"
            + "v\\.qq)\\.com|(archive|upload\\.wikimedia)\\.org|player\\.twitch\\.tv)", Pattern.CASE_INSENSITIVE);
    static final Pattern AD_WORDS = Pattern.compile("^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern LOADING_WORDS = Pattern.compile("^((loading|正在加载|Загрузка|chargement|cargando)(…|\\.\\.\\.)?)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern IMAGE_URL = Pattern.compile("\\.(jpg|jpeg|png|webp)", Pattern.CASE_INSENSITIVE);

    static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation", "alert",
            "alertdialog", "dialog");
    /** Elements whose text is scored as a paragraph. */
    static final Set<String> SCORED = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");
    /** A div holding one of these is a container, not a paragraph. */
    static final Set<String> BLOCKS_IN_DIV = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul");
    /** Phrasing content: runs of it directly inside a div are wrapped into paragraphs. */
    static final Set<String> PHRASING = Set.of("abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data",
            "datalist", "dfn", "em", "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter", "noscript",
            "object", "output", "progress", "q", "ruby", "samp", "script", "select", "small", "span", "strong", "sub",
            "sup", "textarea", "time", "var", "wbr");
    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** Elements that break text into blocks: a block of text is an element with none of these inside. */
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "caption",
            "td", "th", "address", "aside", "nav", "ul", "ol", "dl", "table", "tr", "tbody", "thead", "tfoot", "form",
            "fieldset", "hr", "br");

    /** Where the names of a div unwrapped into its paragraph are kept (never reaches the reader: not in the safelist). */
    static final String ORIGINAL_NAMES = "data-dossier-names";

    private Patterns() {
    }

    /** Class and id, as the patterns are matched against them. */
    static String classAndId(Element e) {
        return e.attr("class") + " " + e.id();
    }

    /** +25 for a class or id that says story, -25 for one that says furniture, for each of the two. */
    static int classWeight(Element e) {
        int weight = 0;
        String cls = e.attr("class");
        if (!cls.isEmpty()) {
            if (NEGATIVE.matcher(cls).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(cls).find()) {
                weight += 25;
            }
        }
        String id = e.id();
        if (!id.isEmpty()) {
            if (NEGATIVE.matcher(id).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(id).find()) {
                weight += 25;
            }
        }
        return weight;
    }
}
