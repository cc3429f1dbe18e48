/**
 * Reading saved web pages: finding the story in a page ({@link org.dossier.article.html.PageExtractor}),
 * dropping page furniture, and the page's own metadata (title, byline, dates, site, language, URL).
 * jsoup and the JDK only; nothing here fetches anything.
 */
package org.dossier.article.html;
