package org.dossier.cli;

/** Thrown by a command whose arguments are wrong; the CLI prints the message and the usage line. */
public class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
