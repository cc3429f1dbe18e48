package org.dossier.notebook;

/**
 * Told about every change to a {@link Notebook}. Called on the thread that made the change, after
 * the change is visible, never while the notebook's lock is held; a JavaFX view must hop to the FX
 * thread itself. Listeners must not throw.
 */
@FunctionalInterface
public interface NotebookListener {
    void notebookChanged(NotebookChange change);
}
