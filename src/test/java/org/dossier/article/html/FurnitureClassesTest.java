package org.dossier.article.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Widgets named as furniture by news sites' markup, and names that only look like it. */
class FurnitureClassesTest {
    private static Element first(String html) {
        return Jsoup.parse(html).body().child(0);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "<div class='c-share-bar'>", "<div class='share_tools'>", "<div class='sharetools'>", "<ul class='breadcrumb'>",
        "<div id='related-stories'>", "<div class='read-more'>", "<div class='readMore'>", "<aside class='most_popular'>",
        "<div class='newsletter-signup'>", "<div class='sign-up'>", "<section class='comments-area'>",
        "<div class='cookie-consent'>", "<div class='ad ad--inline'>", "<div id='dfp-ad-mid'>",
        "<div class='recommended-for-you'>", "<div class='advertisement'>", "<div class='sponsored'>",
        "<div class='about-the-author'>", "<div class='author-bio'>", "<div class='video-player'>",
        "<div class='player-wrapper'>", "<div class='vjs-control-bar'>", "<div data-component='ShareTools'>",
        "<div itemtype='https://schema.org/BreadcrumbList'>", "<div role='navigation'>", "<nav>",
        "<div aria-label='Share this article'>", "<div data-testid='most-read'>",
    })
    void furnitureByItsName(String tag) {
        assertTrue(FurnitureClasses.isFurniture(first(tag + "x</div>")), tag);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "<div class='article-body'>", "<div class='story-content'>", "<div class='player-stats'>",
        "<div class='shareholder-letter'>", "<div class='address'>", "<div class='headline'>",
        "<div id='sharing-with-a-single-developer'>", "<div class='advance'>",
        "<div class='badge'>", "<div class='tagline'>",
    })
    void storyContainersAndLookalikesAreNot(String tag) {
        assertFalse(FurnitureClasses.isFurniture(first(tag + "x</div>")), tag);
    }
}
