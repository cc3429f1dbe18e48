package org.dossier.annotate;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;


/**
 * The user's small text files (gazetteer, watch-list), given the notebook's care: a change is made
 * to the file as it is on disk now — read, changed and replaced atomically under a lock (an OS lock
 * on {@code <file>.lock} between processes, a lock per file within this one) — so two windows each
 * adding a line both keep theirs; a file that is not valid UTF-8 is read as far as it goes and kept,
 * byte for byte, as {@code <file>.corrupt-<UTC time>} before it is first replaced. Thread-safe.
 */
final class LineFiles {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final Map<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private LineFiles() {
    }

    /**
     * A file's lines, and what was wrong with it ("" when nothing).
     *
     * @param valid false when the bytes were not UTF-8 (the lines are then what could be decoded)
     */
    record Lines(List<String> lines, boolean valid, String problem) {
    }

    /** Reads {@code file}; a missing one has no lines. Never throws for bad content, only for an unreadable file. */
    static Lines read(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Lines(List.of(), true, "");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return new Lines(split(text), true, "");
        } catch (CharacterCodingException e) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return new Lines(split(text), false, file + " is not valid UTF-8 text: the lines that could be read are used, "
                    + "and before it is next changed the file as it is now is kept as " + file.getFileName() + ".corrupt-<time>.");
        }
    }

    private static List<String> split(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /**
     * Applies {@code change} to the file's current lines and writes the result, all under the file's
     * lock; returns the lines written.
     */
    static List<String> update(Path file, UnaryOperator<List<String>> change) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        ReentrantLock inProcess = LOCKS.computeIfAbsent(target, k -> new ReentrantLock());
        inProcess.lock();
        try {
            Files.createDirectories(target.getParent());
            try (FileChannel channel = FileChannel.open(target.resolveSibling(target.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock held = channel.lock();
                try {
                    Lines now = read(target);
                    if (!now.valid()) {
                        keepAside(target);
                    }
                    List<String> next = change.apply(new ArrayList<>(now.lines()));
                    replace(target, next);
                    return List.copyOf(next);
                } finally {
                    held.release();
                }
            }
        } finally {
            inProcess.unlock();
        }
    }

    /** Copies the file, as it is, beside itself under a name no other file has. */
    private static Path keepAside(Path file) throws IOException {
        String base = file.getFileName() + ".corrupt-" + STAMP.format(Instant.now());
        Path aside = file.resolveSibling(base);
        for (int i = 2; Files.exists(aside); i++) {
            aside = file.resolveSibling(base + "-" + i);
        }
        Files.copy(file, aside, StandardCopyOption.COPY_ATTRIBUTES);
        return aside;
    }

    /** Writes {@code lines} to a temporary file beside {@code file}, then moves it over {@code file} in one step. */
    static void replace(Path file, List<String> lines) throws IOException {
        // base is the one layer every package may use (docs/architecture.md)
        org.dossier.base.ReplaceFile.write(file, tmp -> Files.write(tmp, lines, StandardCharsets.UTF_8));
    }
}
