package org.dossier.article.html;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headline of a page. The metadata's title (JSON-LD, Open Graph, Dublin Core, Twitter) is
 * preferred — it is written for sharing and rarely carries navigation — unless it disagrees with
 * both the {@code <title>} and every {@code <h1>} while those two agree (a site-wide default such as
 * "Example News - Latest headlines"). Without metadata the {@code <title>} is cut at its separators as
 * Readability does. Either way a leading or trailing part that names the site ("… - BBC News") is
 * cut. Stateless; thread-safe.
 */
final class Titles {
    /** " - ", " | ", " – ", " — ", " :: ", " · ", " • ", " / ", " » ", and "_" between words. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[|\\-–—·•/\\\\»]|::)\\s+|_");
    private static final Pattern HIERARCHICAL = Pattern.compile(" [\\\\/>»] ");
    /** Readability's separators, en and em dashes among them. */
    private static final Pattern ANY_SEPARATOR = Pattern.compile(" [|\\-–—\\\\/>»] ");

    private Titles() {
    }

    /**
     * @param metaTitle the title the metadata gives, or ""
     * @param siteNames names the site goes by (its declared name, its host), to cut from the title
     */
    static String choose(Document page, String metaTitle, List<String> siteNames) {
        String docTitle = documentTitle(page);
        String title = metaTitle.strip();
        if (!title.isEmpty() && !docTitle.isEmpty() && !agrees(title, docTitle)) {
            for (Element h1 : page.getElementsByTag("h1")) {
                String heading = Texts.inner(h1);
                if (!heading.isEmpty() && agrees(heading, docTitle) && !agrees(heading, title)) {
                    title = heading;
                    break;
                }
            }
        }
        if (title.isEmpty()) {
            title = fromDocumentTitle(page, docTitle);
        }
        return cutSiteName(collapse(title), siteNames);
    }

    /** Two titles agree when most of the words of the shorter are in the longer. */
    private static boolean agrees(String a, String b) {
        return Math.max(Texts.similarity(a, b), Texts.similarity(b, a)) > 0.75;
    }

    static String documentTitle(Document page) {
        Element t = page.selectFirst("title");
        return t == null ? "" : Texts.inner(t);
    }

    /** Readability's reading of a bare {@code <title>}: drop the part after the last separator, and so on. */
    static String fromDocumentTitle(Document page, String original) {
        String title = original;
        boolean hierarchical = false;
        if (ANY_SEPARATOR.matcher(title).find()) {
            hierarchical = HIERARCHICAL.matcher(title).find();
            title = original.replaceAll("(.*)[|\\-–—\\\\/>»] .*", "$1");
            if (words(title) < 3) {
                title = original.replaceAll("[^|\\-–—\\\\/>»]*[|\\-–—\\\\/>»](.*)", "$1");
            }
        } else if (title.contains(": ")) {
            String trimmed = title.strip();
            boolean headingMatches = false;
            for (Element h : page.select("h1, h2")) {
                if (h.wholeText().strip().equals(trimmed)) {
                    headingMatches = true;
                    break;
                }
            }
            if (!headingMatches) {
                title = original.substring(original.lastIndexOf(':') + 1);
                if (words(title) < 3) {
                    title = original.substring(original.indexOf(':') + 1);
                } else if (words(original.substring(0, original.indexOf(':'))) > 5) {
                    title = original;
                }
            }
        } else if (title.length() > 150 || title.length() < 15) {
            List<Element> h1s = page.getElementsByTag("h1");
            if (h1s.size() == 1) {
                title = Texts.inner(h1s.get(0));
            }
        }
        title = collapse(title);
        int count = words(title);
        if (count <= 4 && (!hierarchical || count != words(original.replaceAll("[|\\-–—\\\\/>»]+", "")) - 1)) {
            title = original;
        }
        return title;
    }

    /** Cuts parts at the start or end that name the site, as long as something remains. */
    static String cutSiteName(String title, List<String> siteNames) {
        if (siteNames.isEmpty()) {
            return title;
        }
        String current = title;
        boolean cut = true;
        while (cut) {
            cut = false;
            var m = SEPARATOR.matcher(current);
            int firstStart = -1;
            int firstEnd = -1;
            int lastStart = -1;
            int lastEnd = -1;
            while (m.find()) {
                if (firstStart < 0) {
                    firstStart = m.start();
                    firstEnd = m.end();
                }
                lastStart = m.start();
                lastEnd = m.end();
            }
            if (lastStart < 0) {
                break;
            }
            String tail = current.substring(lastEnd);
            String rest = current.substring(0, lastStart).strip();
            if (namesSite(tail, siteNames) && !rest.isEmpty()) {
                current = rest;
                cut = true;
                continue;
            }
            String head = current.substring(0, firstStart);
            String after = current.substring(firstEnd).strip();
            if (namesSite(head, siteNames) && !after.isEmpty()) {
                current = after;
                cut = true;
            }
        }
        return current;
    }

    /** The part names the site: the same letters and digits as a site name or host, or one inside the other. */
    static boolean namesSite(String part, List<String> siteNames) {
        String p = letters(part);
        if (p.length() < 2) {
            return false;
        }
        for (String name : siteNames) {
            String s = letters(name);
            if (s.length() < 2) {
                continue;
            }
            if (p.equals(s) || p.length() >= 4 && s.contains(p) || s.length() >= 4 && p.contains(s)
                    && p.length() <= s.length() + 12) {
                return true;
            }
        }
        return false;
    }

    static String letters(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int words(String s) {
        return s.split("\\s+", -1).length;
    }

    private static String collapse(String s) {
        return s.strip().replaceAll("\\s{2,}", " ");
    }
}
