package org.dossier.article.html;

import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The fallbacks for pages the scoring passes cannot read: every paragraph-like block of the page
 * outside its navigation, header, footer and asides, links lists left out (the story spread over
 * many containers, or one made of short paragraphs); and, for a page with no story at all, all its
 * visible text. Works on a prepared page and changes it. Stateless; thread-safe.
 */
final class WidePass {
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "header", "footer", "aside", "form", "menu",
            "dialog", "button", "select", "textarea", "input", "iframe", "object", "embed", "video", "audio", "canvas");
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "dialog", "alertdialog", "menu", "menubar", "search");
    private static final Set<String> LEAVES = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "figcaption", "caption", "td", "th",
            "address", "body", "span", "a", "font", "center");

    private WidePass() {
    }

    /** The paragraph-like blocks of the page's body that are neither furniture nor lists of links. */
    static Element paragraphs(Document page) {
        return collect(page, true);
    }

    /** All the visible text of the page's body, block by block. */
    static Element visibleText(Document page) {
        return collect(page, false);
    }

    private static Element collect(Document page, boolean storyOnly) {
        Element out = new Element("div");
        Element body = page.body();
        if (body == null) {
            return out;
        }
        Element node = body;
        while (node != null) {
            if (!Dom.isProbablyVisible(node) || storyOnly && isFurniture(node)) {
                node = Dom.next(node, true);
                continue;
            }
            if (LEAVES.contains(node.normalName()) && !Dom.anyDescendant(node, d -> Patterns.BLOCK_TAGS.contains(d.normalName()))
                    && Texts.hasText(node)) {
                if (!storyOnly || isStory(node)) {
                    Element copy = node.clone();
                    copy.getAllElements().stream().filter(d -> d != copy && !Dom.isProbablyVisible(d)).toList()
                            .forEach(Dom::remove);
                    Element block = copy.normalName().equals("span") || copy.normalName().equals("a")
                            || copy.normalName().equals("body") ? new Element("p").appendChild(copy) : copy;
                    if (!block.normalName().equals("blockquote") && Dom.hasAncestor(node, "blockquote", -1, null)) {
                        // a paragraph of a quotation stays a quotation
                        block = new Element("blockquote").appendChild(block);
                    }
                    out.appendChild(block);
                }
                node = Dom.next(node, true);
                continue;
            }
            node = Dom.next(node, false);
        }
        return out;
    }

    private static boolean isFurniture(Element e) {
        return FURNITURE_TAGS.contains(e.normalName()) || FURNITURE_ROLES.contains(e.attr("role"));
    }

    private static boolean isStory(Element block) {
        String text = Texts.inner(block);
        if (FurnitureText.classify(text, Texts.linkDensity(block), false) != null) {
            return false;
        }
        boolean inLink = Dom.hasAncestor(block, "a", -1, null);
        return !inLink && Texts.linkDensity(block) < 0.5;
    }

    /**
     * Readability's test for a page that holds an article: paragraphs of more than 140 characters,
     * outside furniture, adding up (by the square root of their extra length) to more than 20.
     */
    static boolean looksLikeArticle(Document page) {
        double score = 0;
        for (Element e : page.select("p, pre, article")) {
            if (!Dom.isProbablyVisible(e)) {
                continue;
            }
            String names = Patterns.classAndId(e);
            if (Patterns.UNLIKELY.matcher(names).find() && !Patterns.MAYBE_CANDIDATE.matcher(names).find()) {
                continue;
            }
            if (Dom.hasAncestor(e, "li", -1, null)) {
                continue;
            }
            int length = Texts.length(e);
            if (length < 140) {
                continue;
            }
            score += Math.sqrt(length - 140);
            if (score > 20) {
                return true;
            }
        }
        return false;
    }
}
