package org.dossier.article.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Recognises page furniture inside a story by how the page names it: class, id, ARIA label, role,
 * microdata type and the component attributes of news sites' front-end frameworks ({@code
 * data-component}, {@code data-testid}). These widgets sit between the story's paragraphs, so the
 * scoring passes keep them; trafilatura drops them by the same kind of names. Stateless; thread-safe.
 */
final class FurnitureClasses {
    /**
     * Words (between separators: space, "_", "-", ":", "/", ".") that name navigation, sharing,
     * promotion, players and the like; compounds match written together or apart ("read-more",
     * "readmore", "read_more").
     */
    private static final Set<String> WORDS = Set.of("nav", "navbar", "navigation", "breadcrumb", "breadcrumbs",
            "breadcrumblist", "menu", "subnav", "share", "shares", "sharing", "sharebar", "sharetools", "social",
            "sociable", "addthis", "sharethis", "related", "morestories", "mostpopular", "mostread", "mostviewed",
            "trending", "readnext", "upnext", "readmore", "outbrain", "taboola", "alsoread", "furtherreading",
            "newsletter", "newsletters", "subscribe", "subscription", "signup", "paywall", "regwall", "piano",
            "comment", "comments", "disqus", "cookie", "cookies", "consent", "gdpr", "ad", "ads", "adslot", "adunit",
            "adcontainer", "adsbygoogle", "dfp", "nativead", "tags", "taglist", "topics", "keywords", "articletags",
            "authorbio", "authorinfo", "authorcard", "authorbox", "authorprofile", "aboutauthor", "abouttheauthor",
            "contributorbio", "bio", "videoplayer", "mediaplayer", "audioplayer", "playercontainer", "playerwrapper",
            "playercontrols", "playerembed", "jwplayer", "vjs", "videojs", "brightcove", "plyr");
    /** Words that name furniture whatever follows them ("recommended", "advertisement", "sponsored"). */
    private static final String[] PREFIXES = {"recommend", "advert", "sponsor"};

    /** A region of the page its ARIA label names as one of these. */
    private static final Pattern LABEL = Pattern.compile("breadcrumb|share|social|related|navigation|player|newsletter|"
            + "advert|sponsor", Pattern.CASE_INSENSITIVE);
    private static final Set<String> TAGS = Set.of("nav", "video", "audio", "canvas", "dialog", "menu");
    private static final Set<String> ROLES = Set.of("navigation", "complementary", "menu", "menubar", "dialog",
            "alertdialog", "banner", "contentinfo", "search");

    private FurnitureClasses() {
    }

    /** Whether the element is furniture by its tag, role or names. */
    static boolean isFurniture(Element e) {
        if (TAGS.contains(e.normalName()) || ROLES.contains(e.attr("role"))) {
            return true;
        }
        if (LABEL.matcher(e.attr("aria-label")).find()) {
            return true;
        }
        String id = e.id();
        // An id made from a heading ("sharing-with-a-single-developer") names a section of the text.
        String names = (e.attr("class") + " " + (isSlug(id) ? "" : id) + " " + e.attr("data-component") + " "
                + e.attr("data-testid") + " " + e.attr("data-module") + " " + e.attr("itemtype") + " "
                + e.attr(Patterns.ORIGINAL_NAMES)).toLowerCase(Locale.ROOT);
        return names.length() > 2 && namesFurniture(names);
    }

    /** Whether a word, or two or three words run together, of the names is a furniture word. */
    static boolean namesFurniture(String names) {
        java.util.List<String> words = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i <= names.length(); i++) {
            char c = i < names.length() ? names.charAt(i) : ' ';
            boolean separator = c == ' ' || c == '_' || c == '-' || c == ':' || c == '/' || c == '.' || c == '\t'
                    || c == '\n';
            if (!separator && start < 0) {
                start = i;
            } else if (separator && start >= 0) {
                words.add(names.substring(start, i));
                start = -1;
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (WORDS.contains(w)) {
                return true;
            }
            for (String prefix : PREFIXES) {
                if (w.startsWith(prefix)) {
                    return true;
                }
            }
            if (i + 1 < words.size()) {
                String two = w + words.get(i + 1);
                if (WORDS.contains(two) || i + 2 < words.size() && WORDS.contains(two + words.get(i + 2))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Pattern SLUG_WORD = Pattern.compile("(?:^|[-_])(?:a|an|the|with|of|and|for|to|in|on|is|how|why|what|your|our)(?:$|[-_])");

    private static boolean isSlug(String id) {
        return id.length() > 20 || SLUG_WORD.matcher(id.toLowerCase(Locale.ROOT)).find();
    }
}
