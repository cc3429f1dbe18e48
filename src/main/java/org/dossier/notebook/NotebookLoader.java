package org.dossier.notebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Opening half of {@link NotebookStore}: reads the notebook file, falls back to its backup, and moves
 * an unreadable file aside to {@code <name>.corrupt-<UTC time>} (never over another file), describing
 * what it did in a sentence for the user. Used once per store, on the opening thread.
 */
final class NotebookLoader {
    static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Path file;
    private final Path backup;
    private final Clock clock;

    NotebookLoader(Path file, Path backup, Clock clock) {
        this.file = file;
        this.backup = backup;
        this.clock = clock;
    }

    /**
     * What was loaded, how, and what the user should be told ("" when nothing); {@code readOnly} when
     * the file must not be written whatever the store wanted (it is of a newer format).
     */
    record Loaded(Notebook notebook, LoadReport.Status status, Path movedTo, String message, boolean readOnly) {
        Loaded(Notebook notebook, LoadReport.Status status, Path movedTo, String message) {
            this(notebook, status, movedTo, message, false);
        }
    }

    /** Loads the notebook; unless {@code readOnly}, an unreadable file is moved aside. */
    Loaded load(boolean readOnly) throws IOException {
        if (!Files.exists(file)) {
            Notebook fromBackup = tryRead(backup);
            if (fromBackup != null) {
                return new Loaded(fromBackup, LoadReport.Status.RECOVERED_FROM_BACKUP, null,
                        "The notebook " + file + " was missing; " + fromBackup.size()
                                + " bookmarks were restored from its backup " + backup + ".");
            }
            return new Loaded(new Notebook(List.of(), Map.of(), clock), LoadReport.Status.NEW,
                    null, "");
        }
        NotebookFormatException problem;
        try {
            return new Loaded(read(file), LoadReport.Status.LOADED, null, "");
        } catch (NotebookJson.NewerVersion e) {
            return newer(e);
        } catch (NotebookFormatException e) {
            problem = e;
        }
        Path movedTo = readOnly ? null : moveAside();
        String what = "The notebook " + file + " could not be read (" + problem.getMessage() + "). "
                + (movedTo == null ? "It was left as it is" : "It was moved to " + movedTo + ", unchanged,");
        Notebook fromBackup = tryRead(backup);
        if (fromBackup != null) {
            return new Loaded(fromBackup, LoadReport.Status.RECOVERED_FROM_BACKUP, movedTo,
                    what + " and its backup, with " + fromBackup.size() + " bookmarks, is used instead.");
        }
        return new Loaded(new Notebook(List.of(), Map.of(), clock), LoadReport.Status.RESET,
                movedTo, what + (readOnly ? " and, as there is no usable backup, an empty notebook is shown."
                        : " and, as there is no usable backup, a new empty notebook was started."));
    }

    /**
     * A newer Dossier's notebook is the user's notebook, not a damaged one: moving it aside and
     * starting an empty one would split it in two. It is shown read-only, as far as this version
     * can read it, and left exactly as it is.
     */
    private Loaded newer(NotebookJson.NewerVersion e) throws IOException {
        Notebook shown;
        String what;
        try {
            shown = NotebookJson.readNewer(Files.readAllBytes(file), clock);
            what = "its " + shown.size() + " bookmarks are shown as far as this version can read them";
        } catch (NotebookFormatException unreadable) {
            shown = new Notebook(List.of(), Map.of(), clock);
            what = "this version cannot show its bookmarks";
        }
        return new Loaded(shown, LoadReport.Status.NEWER_VERSION, null, "The notebook " + file + " was written by a "
                + "newer version of Dossier (format version " + e.version() + "; this one reads up to "
                + NotebookJson.VERSION + "). It is open read-only and left exactly as it is: " + what
                + ", and bookmarks cannot be added or changed until Dossier is updated.", true);
    }

    private Notebook read(Path path) throws IOException {
        long size = Files.size(path);
        if (size > MAX_FILE_BYTES) {
            throw new NotebookFormatException(String.format(Locale.ROOT,
                    "it is too large to be a notebook: %.0f MB, the limit is %d MB", size / 1048576.0,
                    MAX_FILE_BYTES / 1048576));
        }
        return NotebookJson.read(Files.readAllBytes(path), clock);
    }

    private Notebook tryRead(Path path) {
        if (!Files.isRegularFile(path)) {
            return null;
        }
        try {
            return read(path);
        } catch (IOException e) {
            return null;
        }
    }

    /** Renames the unreadable file to {@code notebook.json.corrupt-<time>} (never over another file). */
    private Path moveAside() throws IOException {
        String base = file.getFileName() + ".corrupt-" + STAMP.format(clock.instant());
        Path target = file.resolveSibling(base);
        for (int i = 2; Files.exists(target); i++) {
            target = file.resolveSibling(base + "-" + i);
        }
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }
}
