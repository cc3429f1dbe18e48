package org.dossier.notebook;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.dossier.base.ReplaceFile;

/**
 * Replaces a file's content in one step: the bytes go to a temporary file in the same folder, are
 * forced to disk, and the temporary file is then atomically moved over the target, so a reader (or a
 * crash) sees either the old content or the new, never a mix. The previous content can be kept as a
 * backup. The new content keeps the target's permissions; a new file is {@code 600} (owner only).
 * Stateless; callers must not write the same target from two threads at once.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Where {@link NotebookStore} keeps the previous version of {@code target}: {@code target.bak}. */
    public static Path backupOf(Path target) {
        return sibling(target, ".bak");
    }

    /** {@code target + suffix}, in the same folder. */
    static Path sibling(Path target, String suffix) {
        return target.resolveSibling(target.getFileName().toString() + suffix);
    }

    /**
     * Writes {@code bytes} to {@code target} atomically.
     *
     * @param backup where the previous content is kept (itself replaced atomically), or null for none
     * @throws IOException when anything fails; the target then still holds its previous content
     */
    public static void write(Path target, byte[] bytes, Path backup) throws IOException {
        Path tmp = sibling(target, ".tmp");
        Set<PosixFilePermission> keep = ReplaceFile.permissionsFor(target);
        try {
            // A file left by a crash may have other permissions: the new one is created afresh, owner-only
            // from the start, so a private notebook is never readable by others even for a moment.
            Files.deleteIfExists(tmp);
            FileAttribute<?>[] attrs = keep == null ? new FileAttribute<?>[0]
                    : new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(ReplaceFile.OWNER_ONLY)};
            try (FileChannel ch = FileChannel.open(tmp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attrs)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            if (keep != null && !keep.equals(ReplaceFile.OWNER_ONLY)) {
                Files.setPosixFilePermissions(tmp, keep);
            }
            if (backup != null && Files.isRegularFile(target)) {
                keepBackup(target, backup);
            }
            move(tmp, target);
            syncFolder(target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Makes {@code backup} hold what {@code target} holds now: a hard link where the file system has
     * them (no copying; the old content stays linked once the target is replaced), else a copy.
     */
    private static void keepBackup(Path target, Path backup) throws IOException {
        Path tmp = sibling(backup, ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createLink(tmp, target);
        } catch (UnsupportedOperationException | FileAlreadyExistsException | SecurityException e) {
            Files.copy(target, tmp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            Files.copy(target, tmp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
        move(tmp, backup);
    }

    private static void move(Path from, Path to) throws IOException {
        org.dossier.base.ReplaceFile.moveOver(from, to);
    }

    /** Makes the rename itself durable (POSIX); not possible on Windows, where it is not needed. */
    private static void syncFolder(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Opening a folder is refused on some platforms; the file's own content is already synced.
        }
    }
}
