/**
 * The library's caches in the user cache folder: the Lucene full-text index ({@link org.dossier.search.SearchIndex})
 * and the per-file metadata cache the article list starts from ({@link org.dossier.article.MetadataCache}).
 */
package org.dossier.search;
