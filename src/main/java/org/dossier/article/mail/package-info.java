/**
 * E-mails ({@code .eml}) and single-file web pages ({@code .mhtml}, {@code .mht}), read with Apache
 * James mime4j's streaming parser: a message, its attachments that are articles, a page's HTML part.
 */
package org.dossier.article.mail;
