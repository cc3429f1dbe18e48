package org.dossier.ui.session;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What Edit → Undo (Ctrl+Z) takes back, across features: an entity correction, a deleted bookmark.
 * Newest first; FX-thread confined.
 */
public final class UndoHistory {
    private record Step(String label, Runnable undo) {
    }

    private final Deque<Step> steps = new ArrayDeque<>();

    /** Records an action; {@code label} says what undoing it does ("Restore the deleted bookmark"). */
    public void push(String label, Runnable undo) {
        steps.push(new Step(label, undo));
    }

    /** Undoes the newest action; returns its label, or null when there is nothing to undo. */
    public String undo() {
        Step step = steps.poll();
        if (step == null) {
            return null;
        }
        step.undo.run();
        return step.label;
    }
}
