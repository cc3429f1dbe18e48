package org.dossier.search;

/** A query the index cannot understand; the message says why in words a user can act on. */
public class QuerySyntaxException extends Exception {
    public QuerySyntaxException(String message) {
        super(message);
    }
}
