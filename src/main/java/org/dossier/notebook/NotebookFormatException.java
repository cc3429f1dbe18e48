package org.dossier.notebook;

import java.io.IOException;

/** A notebook file that cannot be read as a notebook; the message says why, in words for the user. */
public class NotebookFormatException extends IOException {
    public NotebookFormatException(String message) {
        super(message);
    }

    public NotebookFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
