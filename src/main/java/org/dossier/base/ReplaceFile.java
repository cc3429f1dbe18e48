package org.dossier.base;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a file in one step: the new content is written beside it under a temporary name of its
 * own (two writers never share one), then moved over it, so a reader sees the old file or the new,
 * never half of one. For settings, caches, lists and menu entries; the notebook adds fsync and a
 * backup on top ({@code notebook.AtomicFiles}). Stateless.
 */
public final class ReplaceFile {
    /** Writes the new content into the given temporary file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path temporary) throws IOException;
    }

    private ReplaceFile() {
    }

    /**
     * Writes {@code target}'s new content and moves it into place, creating the folder if needed.
     *
     * @throws IOException when anything fails; {@code target} then still holds what it held, and no
     *                     temporary file is left behind
     */
    public static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            content.writeTo(tmp);
            moveOver(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Moves {@code from} over {@code to} atomically where the file system can (same folder), else plainly. */
    public static void moveOver(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
