package org.dossier.ui.entities;

import java.io.IOException;
import java.nio.file.Path;

import org.dossier.annotate.MergeCorrections;

/**
 * The user's corrections to the library index's merges ("Merge with…", "Unmerge"), saved in the
 * merges file beside the user gazetteer and undoable. Confined to the FX thread; the
 * {@link #corrections()} snapshot is immutable and may be handed to the index thread.
 */
final class EntityMergeEditor {
    private volatile MergeCorrections corrections;

    EntityMergeEditor(Path file) {
        this.corrections = MergeCorrections.load(file);
    }

    MergeCorrections corrections() {
        return corrections;
    }

    /** "{@code a} and {@code b} are one entity". */
    void merge(String a, String b) throws IOException {
        corrections = corrections.same(a, b);
    }

    /** "{@code alias} is not {@code into}": undoes an automatic merge or one of the user's. */
    void unmerge(String alias, String into) throws IOException {
        corrections = corrections.keepApart(alias, into);
    }

    /** Forgets the user's word on this pair (an undo). */
    void forget(String a, String b) throws IOException {
        corrections = corrections.undo(a, b);
    }
}
