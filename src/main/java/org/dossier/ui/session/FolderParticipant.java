package org.dossier.ui.session;

import org.dossier.article.ArticleLibrary;
import org.dossier.article.SyncTarget;

/**
 * A part of the window that keeps something of the open folder (the search index, the entity index):
 * it takes part in the folder's sync, so each file is read once for all of them, and in the folder
 * watcher's changes. Register with {@link ReadingSession#addParticipant}. FX thread.
 */
public interface FolderParticipant {
    /**
     * A folder is being opened: forget the last one. Returns this participant's part in the folder's
     * first sync, or null. Its {@link SyncTarget#known()} may wait (for work held back until the first
     * article is on screen, an index to open): the list does not wait for it.
     */
    SyncTarget folderOpened(ArticleLibrary library);

    /** The folder is now watched: the target that takes in the watcher's changes (on its thread), or null. */
    SyncTarget watching(ArticleLibrary library);
}
