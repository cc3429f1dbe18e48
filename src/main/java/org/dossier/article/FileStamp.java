package org.dossier.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A file's size and modification time: what every cache of the folder (the list's, the search
 * index, the entity index) compares to tell whether a file must be read again. Immutable.
 */
public record FileStamp(long size, long modifiedMillis) {
    /** A file whose attributes could not be read: never equal to what a target knows, so it is read. */
    public static final FileStamp UNKNOWN = new FileStamp(-1, -1);

    /**
     * The stamp of {@code file} now; null when nothing stands there; {@link #UNKNOWN} when its
     * attributes cannot be read, or it is a link to nothing (its reader then says why, and the list
     * shows it with that reason).
     */
    public static FileStamp of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(a.size(), a.lastModifiedTime().toMillis());
        } catch (NoSuchFileException e) {
            return Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? UNKNOWN : null;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return UNKNOWN;
        }
    }

    public boolean isKnown() {
        return size >= 0 && modifiedMillis >= 0;
    }
}
