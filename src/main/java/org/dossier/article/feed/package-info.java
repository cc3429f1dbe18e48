/** RSS 0.9x, 1.0, 2.0 and Atom 1.0 files, read with the JDK's StAX parser: each item is an article. */
package org.dossier.article.feed;
