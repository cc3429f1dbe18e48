package org.dossier.article.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Figure captions: the part that describes the picture stays and becomes a {@code <figcaption>} (read
 * as a caption block); the credit goes — a credit element inside the caption ({@code
 * itemprop=creator}, a class naming credit, copyright or photographer) or a caption that is only a
 * credit ("Photo: X/AFP"). Not thread-safe: one call per story.
 */
final class Captions {
    private static final Pattern CAPTION = Pattern.compile("(?:^|[\\s_\\-])(?:caption|captions|figcaption|"
            + "caption-?text|cutline|legend|legende|legenda|bildunterschrift)(?:$|[\\s_\\-])", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT = Pattern.compile("credit|copyright|photographer|attribution|courtesy|"
            + "(?:^|[\\s_\\-])(?:source|byline|author)(?:$|[\\s_\\-])", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT_PROP = Pattern.compile("creator|copyrightHolder|copyrightNotice|author|"
            + "copyrightYear|creditText", Pattern.CASE_INSENSITIVE);

    private Captions() {
    }

    static void clean(Element content) {
        List<Element> captions = new ArrayList<>();
        for (Element e : content.getAllElements()) {
            if (e != content && isCaption(e) && !hasCaptionAncestor(e, content)) {
                captions.add(e);
            }
        }
        for (Element caption : captions) {
            for (Element child : new ArrayList<>(caption.getAllElements())) {
                if (child != caption && child.parent() != null && isCreditElement(child)) {
                    Dom.remove(child);
                }
            }
            String text = Texts.inner(caption);
            if (text.isEmpty() || FurnitureText.isCredit(text)) {
                Dom.remove(caption);
            } else if (!caption.normalName().equals("caption")) {
                Dom.rename(caption, "figcaption");
            }
        }
        // Credits that stand beside a picture rather than inside its caption.
        for (Element e : new ArrayList<>(content.getAllElements())) {
            if (e != content && e.parent() != null && isCreditElement(e) && Texts.length(e) <= 100
                    && (Dom.hasAncestor(e, "figure") || FurnitureText.isCredit(Texts.inner(e)))) {
                Dom.remove(e);
            }
        }
    }

    static boolean isCaption(Element e) {
        String tag = e.normalName();
        if (tag.equals("figcaption")) {
            return true;
        }
        if (tag.equals("caption")) {
            return true;
        }
        if (e.attributesSize() == 0) {
            return false;
        }
        return CAPTION.matcher(Patterns.classAndId(e) + " " + e.attr(Patterns.ORIGINAL_NAMES)).find()
                || e.attr("itemprop").equalsIgnoreCase("caption");
    }

    private static boolean hasCaptionAncestor(Element e, Element root) {
        for (Element p = e.parent(); p != null && p != root; p = p.parent()) {
            if (isCaption(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCreditElement(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        String names = Patterns.classAndId(e).toLowerCase(Locale.ROOT);
        return names.length() > 1 && CREDIT.matcher(names).find() || CREDIT_PROP.matcher(e.attr("itemprop")).matches();
    }
}
