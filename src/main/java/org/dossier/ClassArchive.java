package org.dossier;

import org.dossier.base.DataDirs;
import org.dossier.base.ReplaceFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The window's class-data-sharing archive (a JDK dynamic AppCDS archive) in the user cache folder:
 * {@code cds/<key>.jsa}, the key a hash of the JDK and of the size and time of every jar the window
 * runs from, so a rebuilt jar or another JDK gets an archive of its own. When there is none yet,
 * the window is asked to write one at exit under a temporary name, moved into place afterwards
 * (two windows writing at once cannot leave a half-written archive where a third would read it).
 */
final class ClassArchive {
    private final Path archive;
    private final Path writing;

    ClassArchive(Path archive) {
        this.archive = archive;
        this.writing = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    }

    /** The archive for a class path ({@code dossier.jar}, its {@code lib/} beside it), or null when it cannot be keyed. */
    static ClassArchive forClassPath(String classPath) {
        if (classPath == null || classPath.isEmpty()) {
            return null;
        }
        try {
            return new ClassArchive(DataDirs.cacheDir().resolve("cds").resolve(key(classPath) + ".jsa"));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The child JVM's options: map the archive when it exists, else write it at exit. */
    List<String> options() {
        List<String> options = new ArrayList<>();
        // A stale or foreign archive is skipped by the JDK; without this it says so on standard output.
        options.add("-Xlog:cds=off,cds+dynamic=off");
        if (Files.isRegularFile(archive)) {
            options.add("-XX:SharedArchiveFile=" + archive);
        } else {
            try {
                Files.createDirectories(archive.getParent());
                sweepAbandoned();
                options.add("-XX:ArchiveClassesAtExit=" + writing);
            } catch (IOException e) {
                // no cache folder: run without an archive
            }
        }
        return options;
    }

    /** After the child exited: moves a freshly written archive into place, dropping older ones. */
    void keepWritten() {
        if (!Files.isRegularFile(writing)) {
            return;
        }
        try {
            if (Files.size(writing) == 0) {
                Files.delete(writing);
                return;
            }
            try (Stream<Path> old = Files.list(archive.getParent())) {
                for (Path p : old.filter(p -> p.toString().endsWith(".jsa") && !p.equals(archive)).toList()) {
                    delete(p);
                }
            }
            delete(archive);
            ReplaceFile.moveOver(writing, archive);
        } catch (IOException e) {
            // Only a speed-up: the next window writes it again.
        }
    }

    /** Deletes a file the JDK wrote read-only (on Windows that forbids deleting it); failures are left. */
    private static void delete(Path p) {
        try {
            p.toFile().setWritable(true);
            Files.deleteIfExists(p);
        } catch (IOException | SecurityException e) {
            // left for a later sweep
        }
    }

    /**
     * Removes archives left half-way by windows that were killed before their launcher could move
     * them into place: temporary files of processes that no longer run.
     */
    private void sweepAbandoned() throws IOException {
        try (Stream<Path> files = Files.list(archive.getParent())) {
            for (Path p : files.filter(f -> f.toString().endsWith(".tmp")).toList()) {
                String name = p.getFileName().toString();
                String[] parts = name.split("\\.");
                long pid;
                try {
                    pid = Long.parseLong(parts[parts.length - 2]);
                } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                    continue;
                }
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                delete(p);
            }
        }
    }

    Path location() {
        return archive;
    }

    /**
     * The JDK, and the name, size and time of each class path entry and of every jar in a
     * {@code lib/} folder beside a jar entry (where the manifest's Class-Path points).
     */
    static String key(String classPath) throws IOException {
        StringBuilder key = new StringBuilder();
        key.append(System.getProperty("java.home")).append('|').append(System.getProperty("java.vm.version"));
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath().normalize();
            describe(key, p);
            Path lib = p.resolveSibling("lib");
            if (entry.endsWith(".jar") && Files.isDirectory(lib)) {
                try (Stream<Path> jars = Files.list(lib)) {
                    for (Path jar : jars.filter(j -> j.toString().endsWith(".jar")).sorted().toList()) {
                        describe(key, jar);
                    }
                }
            }
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void describe(StringBuilder key, Path p) throws IOException {
        key.append('|').append(p);
        if (Files.exists(p)) {
            key.append(':').append(Files.size(p)).append(':').append(Files.getLastModifiedTime(p).toMillis());
        }
    }
}
