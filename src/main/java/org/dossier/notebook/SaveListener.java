package org.dossier.notebook;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Told how saving goes. Called on the store's background thread: a JavaFX view must hop to the FX
 * thread itself. Must not throw.
 */
public interface SaveListener {
    /** The notebook, as of {@code revision}, is on disk. */
    default void saved(Path file, long revision) {
    }

    /**
     * A save failed; the bookmarks are still in memory and another attempt follows after {@code retryIn}.
     *
     * @param message a sentence for the user: what failed, which file, what to do
     */
    default void saveFailed(Path file, IOException error, Duration retryIn, String message) {
    }
}
