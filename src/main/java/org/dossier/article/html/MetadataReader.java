package org.dossier.article.html;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Reads what a page says about itself, best source first: JSON-LD, then {@code <meta>} tags (Open
 * Graph, {@code article:}, Dublin Core, Twitter, Parse.ly), then microdata ({@code itemprop}), then
 * the markup ({@code <html lang>}, {@code <link rel=canonical>}, {@code <time datetime>}), then the
 * page's address (a date in its path) and the "saved from" note browsers leave in saved pages. Run
 * before scripts are removed (JSON-LD lives in one). Stateless; thread-safe.
 */
final class MetadataReader {
    /** Readability's reading of {@code property} (a space-separated list) and {@code name}. */
    private static final Pattern PROPERTY = Pattern.compile(
            "\\s*(article|dc|dcterm|og|twitter)\\s*:\\s*(author|creator|description|published_time|title|site_name)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("^\\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))"
            + "\\s*[-.:]\\s*)?(author|creator|pub-date|description|title|site_name)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SAVED_FROM = Pattern.compile("saved from url=\\(\\d+\\)(\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LANGUAGE = Pattern.compile("^([a-zA-Z]{2,3})(?:[-_].*)?$");
    private static final Pattern PUBLISH_HINT = Pattern.compile("publish|posted|date|time|byline|meta|dateline",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BY = Pattern.compile("^(?:by|par|von|por|door|di|av)\\s+", Pattern.CASE_INSENSITIVE);

    private MetadataReader() {
    }

    static PageMetadata read(Document page) {
        Map<String, Object> ld = JsonLd.article(page);
        Map<String, String> values = readabilityValues(page);
        Map<String, String> meta = allMeta(page);

        String url = firstNonBlank(absolute(attr(page.selectFirst("link[rel=canonical]"), "href")),
                absolute(meta.get("og:url")), absolute(JsonLd.string(ld, "url")),
                absolute(mainEntity(ld)), savedFrom(page), absolute(attr(page.selectFirst("base[href]"), "href")));
        String site = firstNonBlank(JsonLd.names(ld.get("publisher")), values.get("og:site_name"),
                meta.get("application-name"), meta.get("apple-mobile-web-app-title"));
        String host = host(url);

        String metaTitle = firstNonBlank(ldTitle(page, ld), values.get("dc:title"), values.get("dcterm:title"),
                values.get("og:title"), values.get("weibo:article:title"), values.get("weibo:webpage:title"),
                values.get("title"), values.get("twitter:title"), values.get("parsely-title"));
        List<String> siteNames = new ArrayList<>();
        if (!site.isBlank()) {
            siteNames.add(site);
        }
        if (!host.isBlank()) {
            siteNames.add(host);
            siteNames.add(host.substring(0, host.lastIndexOf('.') < 0 ? host.length() : host.lastIndexOf('.')));
        }
        String title = Titles.choose(page, metaTitle, siteNames);

        String byline = cleanByline(firstNonBlank(JsonLd.names(ld.get("author")), values.get("dc:creator"),
                values.get("dcterm:creator"), values.get("author"), values.get("parsely-author"),
                notUrl(values.get("article:author")), notUrl(meta.get("article:author")),
                itempropAuthor(page)), site);

        String description = firstNonBlank(JsonLd.string(ld, "description"), values.get("dc:description"),
                values.get("dcterm:description"), values.get("og:description"), values.get("weibo:article:description"),
                values.get("weibo:webpage:description"), values.get("description"), values.get("twitter:description"));

        IsoDates.Value published = firstDate(JsonLd.string(ld, "datePublished"), meta.get("article:published_time"),
                values.get("parsely-pub-date"), meta.get("og:published_time"), itemprop(page, "datePublished"),
                meta.get("date"), meta.get("pubdate"), meta.get("publishdate"), meta.get("publish-date"),
                meta.get("dc.date.issued"), meta.get("dcterms.created"), meta.get("dc.date"), meta.get("dcterms.date"),
                meta.get("sailthru.date"), meta.get("article.published"), meta.get("datepublished"),
                JsonLd.string(ld, "dateCreated"), timeElement(page));
        if (published == null) {
            published = IsoDates.fromUrl(url);
        }
        IsoDates.Value modified = firstDate(JsonLd.string(ld, "dateModified"), meta.get("article:modified_time"),
                meta.get("og:updated_time"), itemprop(page, "dateModified"), meta.get("dcterms.modified"),
                meta.get("last-modified"));

        return new PageMetadata(unescape(title), unescape(byline), unescape(site), language(page, meta, ld), url,
                unescape(description),
                published == null ? "" : published.iso(), modified == null ? "" : modified.iso(),
                published == null ? null : published.day());
    }

    /** Meta values under Readability's keys ("og:title", "dc:creator", "author"…); a later tag wins. */
    private static Map<String, String> readabilityValues(Document page) {
        Map<String, String> values = new HashMap<>();
        for (Element e : page.getElementsByTag("meta")) {
            String content = e.attr("content");
            if (content.isEmpty()) {
                continue;
            }
            String property = e.attr("property");
            boolean matched = false;
            if (!property.isEmpty()) {
                Matcher m = PROPERTY.matcher(property);
                if (m.find()) {
                    matched = true;
                    values.put(m.group().toLowerCase(Locale.ROOT).replaceAll("\\s", ""), content.strip());
                }
            }
            String name = e.attr("name");
            if (!matched && !name.isEmpty() && NAME.matcher(name).find()) {
                values.put(name.toLowerCase(Locale.ROOT).replaceAll("\\s", "").replace('.', ':'), content.strip());
            }
        }
        return values;
    }

    /** Every meta tag's content by its name, property or itemprop, lower case; the first tag wins. */
    private static Map<String, String> allMeta(Document page) {
        Map<String, String> meta = new HashMap<>();
        for (Element e : page.getElementsByTag("meta")) {
            String content = e.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String key : new String[] {e.attr("name"), e.attr("property"), e.attr("itemprop"), e.attr("http-equiv")}) {
                if (!key.isBlank()) {
                    meta.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), content);
                }
            }
        }
        return meta;
    }

    /** JSON-LD's headline or name, whichever matches the document title (sites put their own name in "name"). */
    private static String ldTitle(Document page, Map<String, Object> ld) {
        String name = JsonLd.string(ld, "name");
        String headline = JsonLd.string(ld, "headline");
        if (!name.isEmpty() && !headline.isEmpty() && !name.equals(headline)) {
            String docTitle = Titles.fromDocumentTitle(page, Titles.documentTitle(page));
            boolean nameMatches = Texts.similarity(name, docTitle) > 0.75;
            boolean headlineMatches = Texts.similarity(headline, docTitle) > 0.75;
            return headlineMatches && !nameMatches ? headline : name;
        }
        return !name.isEmpty() ? name : headline;
    }

    private static String mainEntity(Map<String, Object> ld) {
        Object main = ld.get("mainEntityOfPage");
        if (main instanceof String s) {
            return s;
        }
        if (main instanceof Map<?, ?> m && m.get("@id") instanceof String s) {
            return s;
        }
        return "";
    }

    /** The {@code <base href>}, resolved against the page's address; else that address; else "". */
    static String baseUri(Document page, String url) {
        Element base = page.selectFirst("base[href]");
        if (base != null) {
            String href = base.attr("href").strip();
            try {
                String resolved = url.isEmpty() ? absolute(href) : absolute(new URI(url).resolve(href).toString());
                if (!resolved.isEmpty()) {
                    return resolved;
                }
            } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                // a broken base: the page's address below
            }
        }
        return url;
    }

    /** Browsers note the address a page was saved from in a comment at its top. */
    private static String savedFrom(Document page) {
        for (Node n : page.childNodes()) {
            if (n instanceof Comment c) {
                Matcher m = SAVED_FROM.matcher(c.getData());
                if (m.find()) {
                    return absolute(m.group(1));
                }
            }
        }
        Element html = page.firstElementChild();
        if (html != null) {
            for (Node n : html.childNodes()) {
                if (n instanceof Comment c) {
                    Matcher m = SAVED_FROM.matcher(c.getData());
                    if (m.find()) {
                        return absolute(m.group(1));
                    }
                }
            }
        }
        return "";
    }

    /** An absolute http(s) address, or "". */
    static String absolute(String s) {
        if (s == null || s.isBlank()) {
            return "";
        }
        String v = s.strip();
        if (v.startsWith("//")) {
            v = "https:" + v;
        }
        if (!v.regionMatches(true, 0, "http", 0, 4)) {
            return ""; // a relative or other-scheme address, without parsing it
        }
        try {
            URI uri = new URI(v);
            String scheme = uri.getScheme();
            if (scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null) {
                return v;
            }
        } catch (java.net.URISyntaxException e) {
            // not an address
        }
        return "";
    }

    /** The address's host without "www.", or "". */
    static String host(String url) {
        if (url.isEmpty()) {
            return "";
        }
        try {
            String h = new URI(url).getHost();
            if (h == null) {
                return "";
            }
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (java.net.URISyntaxException e) {
            return "";
        }
    }

    private static String language(Document page, Map<String, String> meta, Map<String, Object> ld) {
        Element html = page.firstElementChild();
        for (String candidate : new String[] {html == null ? "" : html.attr("lang"), html == null ? "" : html.attr("xml:lang"),
                meta.get("content-language"), meta.get("language"), meta.get("dc.language"), meta.get("og:locale"),
                JsonLd.string(ld, "inLanguage")}) {
            if (candidate != null) {
                Matcher m = LANGUAGE.matcher(candidate.strip());
                if (m.matches()) {
                    return m.group(1).toLowerCase(Locale.ROOT);
                }
            }
        }
        return "";
    }

    private static String itempropAuthor(Document page) {
        Element author = page.selectFirst("[itemprop~=^author$]");
        if (author == null) {
            return "";
        }
        Element name = author.selectFirst("[itemprop=name]");
        String value = name != null ? (name.hasAttr("content") ? name.attr("content") : Texts.inner(name))
                : author.hasAttr("content") ? author.attr("content") : Texts.inner(author);
        return value.length() < 100 ? notUrl(value) : "";
    }

    /** A microdata value: a meta's content, a time's datetime, or the element's text. */
    private static String itemprop(Document page, String name) {
        Element e = page.selectFirst("[itemprop=" + name + "]");
        if (e == null) {
            return "";
        }
        if (e.hasAttr("content")) {
            return e.attr("content");
        }
        if (e.hasAttr("datetime")) {
            return e.attr("datetime");
        }
        return Texts.inner(e);
    }

    /**
     * A {@code <time datetime>} that says it is the publication time ({@code pubdate}, or a class
     * nearby that says so), else the only one of few on the page: in a page full of them, the first
     * is as likely a related story's.
     */
    private static String timeElement(Document page) {
        List<Element> times = page.select("time[datetime]");
        for (Element t : times) {
            if (t.hasAttr("pubdate")) {
                return t.attr("datetime");
            }
        }
        for (Element t : times) {
            int depth = 0;
            for (Element e = t; e != null && depth < 3; e = e.parent(), depth++) {
                if (PUBLISH_HINT.matcher(Patterns.classAndId(e)).find() || e.normalName().equals("header")) {
                    return t.attr("datetime");
                }
            }
        }
        return times.size() > 0 && times.size() <= 2 ? times.get(0).attr("datetime") : "";
    }

    private static IsoDates.Value firstDate(String... candidates) {
        for (String c : candidates) {
            IsoDates.Value v = IsoDates.parse(c);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** "By Jane Doe" → "Jane Doe"; a byline that is only the site's name says nothing about the author. */
    static String cleanByline(String raw, String site) {
        String b = raw.strip().replaceAll("\\s+", " ");
        b = BY.matcher(b).replaceFirst("");
        if (b.length() > 200 || !site.isBlank() && Titles.letters(b).equals(Titles.letters(site))) {
            return "";
        }
        return b;
    }

    private static final Pattern ENTITY = Pattern.compile("&(quot|amp|apos|lt|gt);|&#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}));");

    /** Sites often escape their meta values twice ("&amp;quot;"): the common entities left are undone. */
    static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(1) != null) {
                replacement = switch (m.group(1)) {
                    case "quot" -> "\"";
                    case "amp" -> "&";
                    case "apos" -> "'";
                    case "lt" -> "<";
                    default -> ">";
                };
            } else {
                int code = m.group(2) != null ? Integer.parseInt(m.group(2), 16) : Integer.parseInt(m.group(3));
                replacement = code == 0 || code > 0x10FFFF || code >= 0xD800 && code <= 0xDFFF
                        ? "\uFFFD" : new String(Character.toChars(code));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String notUrl(String s) {
        if (s == null) {
            return "";
        }
        String v = s.strip();
        return v.startsWith("http://") || v.startsWith("https://") || v.startsWith("www.") ? "" : v;
    }

    private static String attr(Element e, String name) {
        return e == null ? "" : e.attr(name);
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}
