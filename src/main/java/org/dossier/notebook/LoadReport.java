package org.dossier.notebook;

import java.nio.file.Path;

/**
 * What happened when a notebook was opened, with a sentence to show the user when it needs their
 * attention. Immutable.
 *
 * @param status    what was found
 * @param file      the notebook file
 * @param movedTo   where an unreadable file was moved, or null
 * @param bookmarks how many bookmarks were loaded
 * @param readOnly  whether this store will not save: another Dossier holds the notebook, the file is
 *                  write-protected or of a newer format, or it was opened read-only
 * @param message   one or two sentences for the user ("" when all is well)
 */
public record LoadReport(Status status, Path file, Path movedTo, int bookmarks, boolean readOnly, String message) {
    public enum Status {
        /** There was no notebook file yet: an empty notebook, created on the first save. */
        NEW,
        /** The file was read. */
        LOADED,
        /** The file could not be read; the backup was. */
        RECOVERED_FROM_BACKUP,
        /** Neither the file nor a backup could be read: an empty notebook. */
        RESET,
        /** The file is of a newer format: shown read-only as far as it can be read, never written. */
        NEWER_VERSION
    }

    /** Whether the user should be told (a file moved aside, a backup used, read-only, an unwritable folder). */
    public boolean needsAttention() {
        return !message.isEmpty();
    }
}
