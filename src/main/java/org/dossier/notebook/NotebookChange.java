package org.dossier.notebook;

/**
 * One change to a notebook. Immutable.
 *
 * @param kind     what happened
 * @param before   the bookmark before the change; null for {@link Kind#ADDED}
 * @param after    the bookmark after the change; null for {@link Kind#REMOVED}
 * @param revision the notebook's revision once the change was made
 */
public record NotebookChange(Kind kind, Bookmark before, Bookmark after, long revision) {
    public enum Kind { ADDED, UPDATED, REMOVED }

    /** The bookmark concerned (after the change, or the removed one). */
    public Bookmark bookmark() {
        return after != null ? after : before;
    }
}
