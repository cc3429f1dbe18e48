package org.dossier.notebook;

/**
 * Told about every change to a {@link Notebook}. Called on the thread that made the change, after
 * the change is visible, never while the notebook's lock is held; a JavaFX view must hop to the FX
 * thread itself. Listeners must not throw. When two threads change the notebook at once their
 * notifications may arrive out of order; {@link NotebookChange#revision()} tells the true order.
 */
@FunctionalInterface
public interface NotebookListener {
    void notebookChanged(NotebookChange change);
}
