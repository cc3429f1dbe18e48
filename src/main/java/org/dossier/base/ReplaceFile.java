package org.dossier.base;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Replaces a file in one step: the new content is written beside it under a temporary name of its
 * own (two writers never share one), then moved over it, so a reader sees the old file or the new,
 * never half of one. The new file keeps the permissions of the one it replaces; a file that did not
 * exist is made readable by its owner only ({@code 600}). For settings, caches, lists and menu
 * entries; the notebook adds fsync and a backup on top ({@code notebook.AtomicFiles}). Stateless.
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
            Set<PosixFilePermission> keep = permissionsFor(target);
            if (keep != null && !keep.equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(tmp, keep);
            }
            moveOver(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** {@code rw-------}: what a new file the user owns gets (createTempFile makes its files so too). */
    public static final Set<PosixFilePermission> OWNER_ONLY = Set.copyOf(PosixFilePermissions.fromString("rw-------"));

    /**
     * The POSIX permissions a replacement of {@code target} should have: {@code target}'s own, or
     * {@link #OWNER_ONLY} when it does not exist yet; null where the file system has no POSIX permissions.
     */
    public static Set<PosixFilePermission> permissionsFor(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        if (Files.getFileAttributeView(dir, PosixFileAttributeView.class) == null) {
            return null;
        }
        try {
            return Files.getPosixFilePermissions(target);
        } catch (IOException | UnsupportedOperationException e) {
            return OWNER_ONLY;
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
