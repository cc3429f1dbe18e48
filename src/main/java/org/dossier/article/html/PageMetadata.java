package org.dossier.article.html;

import java.time.LocalDate;

/**
 * What a page says about itself, each "" when it does not say (dates: null / "").
 *
 * @param title       the headline, without the site's name
 * @param byline      the authors
 * @param site        the publication
 * @param lang        the declared language, a BCP 47 primary tag ("en")
 * @param url         the canonical address
 * @param description the page's own summary
 * @param published   publication time, ISO-8601, as precise as the page gives it
 * @param modified    last modification time, ISO-8601
 * @param date        the publication date as written (not shifted to UTC), or null
 */
public record PageMetadata(String title, String byline, String site, String lang, String url, String description,
                           String published, String modified, LocalDate date) {
    public static final PageMetadata NONE = new PageMetadata("", "", "", "", "", "", "", "", null);

    PageMetadata withDate(String iso, LocalDate day) {
        return new PageMetadata(title, byline, site, lang, url, description, iso, modified, day);
    }

    PageMetadata withByline(String name) {
        return new PageMetadata(title, name, site, lang, url, description, published, modified, date);
    }

    PageMetadata withTitle(String headline) {
        return new PageMetadata(headline, byline, site, lang, url, description, published, modified, date);
    }
}
