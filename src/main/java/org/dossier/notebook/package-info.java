/**
 * The passage notebook: bookmarks anchored like W3C Web Annotations, the in-memory {@link
 * org.dossier.notebook.Notebook}, its JSON file ({@link org.dossier.notebook.NotebookStore}), re-anchoring
 * of passages in changed articles, and exporters. Imports Jackson and {@code org.dossier.article}, never JavaFX.
 */
package org.dossier.notebook;
