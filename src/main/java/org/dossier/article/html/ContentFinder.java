package org.dossier.article.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * One pass of finding the story in a prepared page, after Mozilla Readability's {@code grabArticle}:
 * paragraphs are scored by length and commas, their scores flow to their parents and grandparents,
 * the best-scoring container (discounted by its share of link text) is the story, and its siblings
 * that score well or read like paragraphs join it. Bylines found on the way are kept; the headline
 * repeated in the body is dropped. The page is changed in place. Not thread-safe: one instance per pass.
 */
final class ContentFinder {
    private static final int TOP_CANDIDATES = 5;
    private static final int CANDIDATES_SHARING_AN_ANCESTOR = 3;

    private final Document page;
    private final Rules rules;
    private final String title;
    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private String byline = "";

    /** @param title the page's headline, to recognise its copy in the body ("" when unknown) */
    ContentFinder(Document page, Rules rules, String title) {
        this.page = page;
        this.rules = rules;
        this.title = title;
    }

    /**
     * The text of the byline element the pass took out of the body, or "". Unlike Readability, the
     * byline leaves the text even when the metadata names the authors: it is not the story.
     */
    String byline() {
        return byline;
    }

    /** The story's elements, moved out of the page into a new {@code div}; null when the page has no body. */
    Element find() {
        Element body = page.body();
        if (body == null) {
            return null;
        }
        List<Element> toScore = prepare();
        List<Element> candidates = score(toScore);
        Element top = topCandidate(candidates, body);
        return gather(top);
    }

    /** Walks the page once: drops hidden and unlikely parts, turns divs used as paragraphs into paragraphs. */
    private List<Element> prepare() {
        List<Element> toScore = new ArrayList<>();
        boolean headlineSeen = title.isBlank();
        Element node = page.firstElementChild();
        while (node != null) {
            boolean named = node.hasAttr("class") || node.hasAttr("id");
            String matchString = named ? Patterns.classAndId(node) : " ";
            String tag = node.normalName();
            if (!Dom.isProbablyVisible(node)
                    || node.attr("aria-modal").equals("true") && node.attr("role").equals("dialog")) {
                node = Dom.removeAndNext(node);
                continue;
            }
            if (byline.isEmpty() && isByline(node, matchString)) {
                byline = Texts.inner(node);
                node = Dom.removeAndNext(node);
                continue;
            }
            if (!headlineSeen && (tag.equals("h1") || tag.equals("h2"))
                    && Texts.similarity(title, Texts.inner(node)) > 0.75) {
                headlineSeen = true;
                node = Dom.removeAndNext(node);
                continue;
            }
            if (rules.stripUnlikely()) {
                if (named && Patterns.UNLIKELY.matcher(matchString).find() && !Patterns.MAYBE_CANDIDATE.matcher(matchString).find()
                        && !Dom.hasAncestor(node, "table") && !Dom.hasAncestor(node, "code")
                        && !tag.equals("body") && !tag.equals("a")) {
                    node = Dom.removeAndNext(node);
                    continue;
                }
                if (Patterns.UNLIKELY_ROLES.contains(node.attr("role"))) {
                    node = Dom.removeAndNext(node);
                    continue;
                }
            }
            if ((tag.equals("div") || tag.equals("section") || tag.equals("header") || Patterns.HEADINGS.contains(tag))
                    && Dom.isEmpty(node)) {
                node = Dom.removeAndNext(node);
                continue;
            }
            if (Patterns.SCORED.contains(tag)) {
                toScore.add(node);
            }
            if (tag.equals("div")) {
                wrapPhrasing(node);
                if (Dom.hasSingleChild(node, "p") && Texts.linkDensity(node) < 0.25) {
                    Element p = node.child(0);
                    // The div's names go with its paragraph, so furniture can still be told by them later.
                    p.attr(Patterns.ORIGINAL_NAMES, (Patterns.classAndId(node) + " " + node.attr(Patterns.ORIGINAL_NAMES)).strip());
                    node.replaceWith(p);
                    node = p;
                    toScore.add(node);
                } else if (!Dom.hasBlockDescendant(node)) {
                    Dom.rename(node, "p");
                    toScore.add(node);
                }
            }
            node = Dom.next(node, false);
        }
        return toScore;
    }

    private static boolean isByline(Element node, String matchString) {
        boolean looksLike = node.attr("rel").equals("author") || node.attr("itemprop").contains("author")
                || matchString.length() > 1 && Patterns.BYLINE.matcher(matchString).find();
        if (!looksLike) {
            return false;
        }
        int length = Texts.length(node);
        return length > 0 && length < 100;
    }

    /** Runs of text and inline elements directly inside a div become paragraphs of their own. */
    private static void wrapPhrasing(Element div) {
        boolean any = false;
        for (Node child : div.childNodes()) {
            if (Dom.isPhrasing(child) && !Dom.isWhitespace(child)) {
                any = true;
                break;
            }
        }
        if (!any) {
            return;
        }
        Element p = null;
        for (Node child : Dom.detachChildren(div)) {
            if (Dom.isPhrasing(child)) {
                if (p != null) {
                    p.appendChild(child);
                } else if (!Dom.isWhitespace(child)) {
                    p = new Element("p");
                    div.appendChild(p);
                    p.appendChild(child);
                } else {
                    div.appendChild(child);
                }
            } else {
                if (p != null) {
                    trimTrailingWhitespace(p);
                    p = null;
                }
                div.appendChild(child);
            }
        }
        if (p != null) {
            trimTrailingWhitespace(p);
        }
    }

    private static void trimTrailingWhitespace(Element p) {
        while (p.childNodeSize() > 0 && Dom.isWhitespace(p.childNode(p.childNodeSize() - 1))) {
            p.childNode(p.childNodeSize() - 1).remove();
        }
    }

    /** Scores each paragraph and adds its score to its ancestors (less the further up they are). */
    private List<Element> score(List<Element> toScore) {
        List<Element> candidates = new ArrayList<>();
        for (Element e : toScore) {
            Element parent = e.parent();
            if (parent == null || parent instanceof Document) {
                continue;
            }
            String text = Texts.inner(e);
            if (text.length() < 25) {
                continue;
            }
            List<Element> ancestors = Dom.ancestors(e, 5);
            if (ancestors.isEmpty()) {
                continue;
            }
            double points = 1 + (Texts.commas(text) + 1) + Math.min(text.length() / 100, 3);
            for (int level = 0; level < ancestors.size(); level++) {
                Element a = ancestors.get(level);
                Element above = a.parent();
                if (above == null || above instanceof Document) {
                    continue;
                }
                if (!scores.containsKey(a)) {
                    scores.put(a, initialScore(a));
                    candidates.add(a);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(a, points / divider, Double::sum);
            }
        }
        return candidates;
    }

    private double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + rules.classWeight(e);
    }

    private double scoreOf(Element e) {
        return scores.getOrDefault(e, 0.0);
    }

    /** The best candidate, moved up the tree when its parent holds more of the story. */
    private Element topCandidate(List<Element> candidates, Element body) {
        List<Element> top = new ArrayList<>();
        TextIndex index = TextIndex.of(body);
        for (Element c : candidates) {
            double scaled = scoreOf(c) * (1 - index.linkDensity(c));
            scores.put(c, scaled);
            for (int t = 0; t < TOP_CANDIDATES; t++) {
                if (t >= top.size() || scaled > scoreOf(top.get(t))) {
                    top.add(t, c);
                    if (top.size() > TOP_CANDIDATES) {
                        top.remove(top.size() - 1);
                    }
                    break;
                }
            }
        }
        Element best = top.isEmpty() ? null : top.get(0);
        if (best == null || best.normalName().equals("body")) {
            // No paragraph anywhere: the whole body is the story.
            Element all = new Element("div");
            Dom.appendAll(all, Dom.detachChildren(body));
            body.appendChild(all);
            scores.put(all, initialScore(all));
            return all;
        }
        // Several near-equal candidates under one ancestor: the story is split, take the ancestor.
        List<List<Element>> alternatives = new ArrayList<>();
        for (int i = 1; i < top.size(); i++) {
            if (scoreOf(top.get(i)) / scoreOf(best) >= 0.75) {
                alternatives.add(Dom.ancestors(top.get(i), 0));
            }
        }
        if (alternatives.size() >= CANDIDATES_SHARING_AN_ANCESTOR) {
            for (Element parent = best.parent(); parent != null && !parent.normalName().equals("body")
                    && !(parent instanceof Document); parent = parent.parent()) {
                int containing = 0;
                for (List<Element> list : alternatives) {
                    if (containsIdentity(list, parent)) {
                        containing++;
                    }
                }
                if (containing >= CANDIDATES_SHARING_AN_ANCESTOR) {
                    best = parent;
                    break;
                }
            }
        }
        scores.computeIfAbsent(best, this::initialScore);
        // A parent scoring higher than the candidate holds more of the story.
        double last = scoreOf(best);
        double threshold = last / 3;
        for (Element parent = best.parent(); parent != null && !parent.normalName().equals("body")
                && !(parent instanceof Document); parent = parent.parent()) {
            if (!scores.containsKey(parent)) {
                continue;
            }
            double parentScore = scoreOf(parent);
            if (parentScore < threshold) {
                break;
            }
            if (parentScore > last) {
                best = parent;
                break;
            }
            last = parentScore;
        }
        // An only child: its parent's siblings are its siblings for the merge below.
        Element parent = best.parent();
        while (parent != null && !parent.normalName().equals("body") && !(parent instanceof Document)
                && parent.childrenSize() == 1) {
            best = parent;
            parent = best.parent();
        }
        scores.computeIfAbsent(best, this::initialScore);
        return best;
    }

    private static boolean containsIdentity(List<Element> list, Element e) {
        for (Element x : list) {
            if (x == e) {
                return true;
            }
        }
        return false;
    }

    /** The candidate and those of its siblings that look like more of the story, moved into a new div. */
    private Element gather(Element top) {
        Element content = new Element("div");
        Element parent = top.parent();
        if (parent == null) {
            content.appendChild(top);
            return content;
        }
        double topScore = scoreOf(top);
        double threshold = Math.max(10, topScore * 0.2);
        String topClass = top.attr("class");
        List<Node> stay = new ArrayList<>();
        List<Node> children = Dom.detachChildren(parent);
        for (Node node : children) {
            if (!(node instanceof Element sibling)) {
                stay.add(node);
                continue;
            }
            boolean append = sibling == top;
            if (!append) {
                double bonus = !topClass.isEmpty() && sibling.attr("class").equals(topClass) ? topScore * 0.2 : 0;
                if (scores.containsKey(sibling) && scoreOf(sibling) + bonus >= threshold) {
                    append = true;
                } else if (sibling.normalName().equals("p")) {
                    double linkDensity = Texts.linkDensity(sibling);
                    String text = Texts.inner(sibling);
                    int length = text.length();
                    if (length > 80 && linkDensity < 0.25) {
                        append = true;
                    } else if (length < 80 && length > 0 && linkDensity == 0 && endsSentence(text)) {
                        append = true;
                    }
                }
            }
            if (append) {
                String tag = sibling.normalName();
                if (!tag.equals("div") && !tag.equals("article") && !tag.equals("section") && !tag.equals("p")) {
                    // A td or form that joins the story must not be dropped later for what it is.
                    Dom.rename(sibling, "div");
                }
                content.appendChild(sibling);
            } else {
                stay.add(sibling);
            }
        }
        Dom.appendAll(parent, stay);
        return content;
    }

    /** A full stop followed by a space or the end: the text has a sentence in it. */
    private static boolean endsSentence(String text) {
        int i = text.indexOf('.');
        while (i >= 0) {
            if (i + 1 == text.length() || text.charAt(i + 1) == ' ') {
                return true;
            }
            i = text.indexOf('.', i + 1);
        }
        return false;
    }
}
