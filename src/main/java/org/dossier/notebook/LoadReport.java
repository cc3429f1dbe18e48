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
 * @param readOnly  whether another Dossier holds the notebook, so this one will not save
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
        RESET
    }

    /** Whether the user should be told (a file moved aside, a backup used, read-only, an unwritable folder). */
    public boolean needsAttention() {
        return !message.isEmpty();
    }
}
