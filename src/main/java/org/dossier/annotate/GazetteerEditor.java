package org.dossier.annotate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Writes the user's entity corrections into the user gazetteer ({@code TYPE<TAB>Name<TAB>alias…},
 * or {@code -<TAB>text} for "never an entity"), where they win over the built-in lists, and undoes
 * them in reverse order. Each write replaces the file atomically, so a crash leaves the old or the
 * new file, never half of one. Not thread-safe: one editor per window, used from one thread.
 */
public final class GazetteerEditor {
    private final Path file;
    private final Deque<String> written = new ArrayDeque<>();

    public GazetteerEditor(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** "{@code text} is a {@code type}" (also how a type is changed). */
    public void markAs(EntityType type, String text) throws IOException {
        append(type.name() + "\t" + clean(text));
    }

    /** "{@code text} is never an entity". */
    public void neverAnEntity(String text) throws IOException {
        append("-\t" + clean(text));
    }

    /** "{@code alias} is another name of {@code name}, a {@code type}". */
    public void aliasOf(EntityType type, String name, String alias) throws IOException {
        append(type.name() + "\t" + clean(name) + "\t" + clean(alias));
    }

    public boolean canUndo() {
        return !written.isEmpty();
    }

    /** Removes the last correction written by this editor; returns its line, or null if none. */
    public String undo() throws IOException {
        if (written.isEmpty()) {
            return null;
        }
        String line = written.peek();
        List<String> lines = new ArrayList<>(read());
        int at = lines.lastIndexOf(line);
        if (at >= 0) {
            lines.remove(at);
            write(lines);
        }
        written.pop();
        return line;
    }

    private void append(String line) throws IOException {
        List<String> lines = new ArrayList<>(read());
        if (lines.isEmpty()) {
            lines.add("# Dossier user gazetteer: TYPE<TAB>Name<TAB>alias…  or  -<TAB>text (never an entity)");
        }
        lines.add(line);
        write(lines);
        written.push(line);
    }

    /** Tabs and line breaks would break the line format; a name never needs them. */
    private static String clean(String text) {
        String s = text.replaceAll("[\\t\\r\\n]+", " ").strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("an empty name cannot be a correction");
        }
        return s;
    }

    private List<String> read() throws IOException {
        return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    }

    private void write(List<String> lines) throws IOException {
        LineFiles.replace(file, lines);
    }
}
