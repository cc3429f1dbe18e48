/** Full-text search in the window: the search tab, the index's life with the open folder, hit marks. */
package org.dossier.ui.search;
