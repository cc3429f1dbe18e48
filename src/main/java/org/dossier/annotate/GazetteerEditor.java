package org.dossier.annotate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes the user's entity corrections into the user gazetteer ({@code TYPE<TAB>Name<TAB>alias…},
 * or {@code -<TAB>text} for "never an entity"), where they win over the built-in lists, and undoes
 * them in reverse order. Each change is made to the file as it is on disk, under its lock, and
 * replaces it atomically ({@link LineFiles#update}): a crash leaves the old or the new file, two
 * windows' corrections both stay, and a file that is not UTF-8 is kept aside before it is replaced.
 * Not thread-safe: one editor per window, used from one thread.
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
        LineFiles.update(file, lines -> {
            int at = lines.lastIndexOf(line);
            if (at >= 0) {
                lines.remove(at);
            }
            return lines;
        });
        written.pop();
        return line;
    }

    /** Adds the line to the file as it is now (another window's corrections stay), under its lock. */
    private void append(String line) throws IOException {
        LineFiles.update(file, lines -> {
            if (lines.isEmpty()) {
                lines.add("# Dossier user gazetteer: TYPE<TAB>Name<TAB>alias…  or  -<TAB>text (never an entity)");
            }
            lines.add(line);
            return lines;
        });
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
}
