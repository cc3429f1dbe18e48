package org.dossier.article;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells, without opening it, whether a folder entry is an ordinary file that can be read, and if not
 * why, in a sentence for the user: a named pipe, device or socket (opening one can block for ever or
 * never end), a link that loops or points nowhere, a folder. Stateless.
 */
final class FileEntries {
    /** Linux and macOS both give up resolving a chain of links after about this many. */
    private static final int MAX_LINKS = 40;

    private FileEntries() {
    }

    /** The entry's attributes, following links; thrown when they cannot be had, with the reason in words. */
    static BasicFileAttributes regularFile(Path file) throws Unreadable {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new Unreadable(Files.isSymbolicLink(file)
                    ? "Cannot be read: it is a link to " + target(file) + ", which does not exist."
                    : "Cannot be read: the file no longer exists.");
        } catch (AccessDeniedException e) {
            throw new Unreadable("Cannot be read: permission denied.");
        } catch (IOException e) {
            throw new Unreadable(linkLoops(file)
                    ? "Cannot be read: it is a link that leads back to itself (a loop of links)."
                    : "Cannot be read: " + reason(e));
        }
        if (a.isDirectory()) {
            throw new Unreadable(describeFolder(file));
        }
        if (!a.isRegularFile()) {
            throw new Unreadable("Not a regular file (" + kindOf(file) + "): only ordinary files are read as articles.");
        }
        return a;
    }

    /** Why a folder among the articles was not listed: a loop, or it cannot be opened. */
    private static String describeFolder(Path dir) {
        if (leadsToAncestor(dir)) {
            return "Not followed: this link leads back to a folder that contains it (a loop), whose articles are listed already.";
        }
        if (!Files.isReadable(dir) || !Files.isExecutable(dir)) {
            return "This folder cannot be opened (permission denied): the articles in it are not listed.";
        }
        return "This is a folder, not an article file.";
    }

    private static boolean leadsToAncestor(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        for (Path p = abs.getParent(); p != null; p = p.getParent()) {
            try {
                if (Files.isSameFile(p, abs)) {
                    return true;
                }
            } catch (IOException | SecurityException e) {
                return false;
            }
        }
        return false;
    }

    /** Whether following {@code file}'s links visits one link twice (or more than the system allows). */
    static boolean linkLoops(Path file) {
        Set<Path> seen = new HashSet<>();
        Path p = file.toAbsolutePath().normalize();
        for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(p); i++) {
            if (!seen.add(p)) {
                return true;
            }
            try {
                p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return Files.isSymbolicLink(p);
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "a missing file";
        }
    }

    /** "a named pipe", "a device", "a socket" from the POSIX file type, where the platform tells it. */
    private static String kindOf(Path file) {
        try {
            int type = (Integer) Files.getAttribute(file, "unix:mode") & 0170000;
            return switch (type) {
                case 0010000 -> "a named pipe";
                case 0020000, 0060000 -> "a device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied.";
        }
        if (e instanceof NoSuchFileException) {
            return "the file no longer exists.";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason() + ".";
        }
        return (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()) + ".";
    }

    /** An entry that is not an ordinary readable file, with why. */
    static final class Unreadable extends Exception {
        Unreadable(String problem) {
            super(problem, null, false, false);
        }
    }
}
