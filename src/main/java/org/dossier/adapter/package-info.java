/**
 * Adapters that join the annotator to the parts of Dossier that must not depend on it: the
 * notebook's {@link org.dossier.notebook.EntityFinder} and the search index's
 * {@link org.dossier.search.EntityTagger}. Used by the command line and the window alike.
 */
package org.dossier.adapter;
