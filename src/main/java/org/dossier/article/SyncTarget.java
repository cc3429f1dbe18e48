package org.dossier.article;

import java.io.IOException;
import java.util.Map;

/**
 * Something that keeps what it knows of a folder's files up to date through {@link FolderSync}: the
 * list's metadata cache, the search index, the entity index. It says which files it holds (with their
 * stamps); the sync reads each new or changed file once, whatever number of targets need it, and
 * hands it to each; files gone are reported as removed.
 *
 * <p>Threads: {@link #accept} and {@link #removed} are called from several threads at once (the
 * sync's readers, the folder watcher's), but never twice at once for the same file; the other methods
 * on the sync's own thread. An {@link IOException} from any method means the target cannot go on: it
 * gets nothing more in this run and the run's result for it carries the exception. Any other
 * exception from {@link #accept} is that file's problem only.
 */
public interface SyncTarget {
    /**
     * Per file id, the stamp of the file when this target last took it in; files missing here are
     * read, as are files whose stamp differs (return {@link FileStamp#UNKNOWN} for a file that must be
     * read again anyway), or null when the target takes no part in this run (it is finished at once).
     * Called once per run, on a thread of the run's; it may block for a while (the first target's first
     * batch is read meanwhile), but must return.
     */
    Map<String, FileStamp> known() throws IOException;

    /** A file's articles, new or changed since {@link #known}: replaces whatever the target had of it. */
    void accept(FileArticles file) throws IOException;

    /** The file is gone from the folder: forget its articles. */
    void removed(String fileId) throws IOException;

    /** After each batch of files handed over (and after the watcher's changes): a place to save or publish. */
    default void flush() throws IOException {
    }

    /** How many of the files this run reads for this target are done. */
    default void progress(int done, int total) {
    }

    /**
     * This target's part of the run is over: every file it needed was handed over ({@code complete}),
     * or the run stopped early or the target failed. Called exactly once per run that asked {@link #known}.
     */
    default void finished(boolean complete) {
    }
}
