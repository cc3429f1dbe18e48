/**
 * The Lucene full-text index of an articles folder in the user cache folder
 * ({@link org.dossier.search.SearchIndex}), kept up to date as a target of the folder-sync engine
 * ({@link org.dossier.article.FolderSync}).
 */
package org.dossier.search;
