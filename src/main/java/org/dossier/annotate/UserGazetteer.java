package org.dossier.annotate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Parses the user gazetteer: plain UTF-8 text, one entry a line, {@code TYPE<TAB>Name<TAB>alias…}
 * or {@code -<TAB>text} for "never an entity"; blank lines and lines starting with {@code #} are
 * ignored. Malformed lines are skipped and described in {@link Result#problems()}. Stateless.
 */
final class UserGazetteer {
    /** One entry; {@code type} is null for a "never an entity" line. */
    record Line(EntityType type, List<String> names) {
    }

    /** The entries read and the problems met (one message per skipped line). */
    record Result(List<Line> lines, List<String> problems) {
    }

    private UserGazetteer() {
    }

    static Result read(Path file) {
        LineFiles.Lines text;
        try {
            text = LineFiles.read(file);
        } catch (IOException e) {
            return new Result(List.of(), List.of(file + ": cannot be read (" + e.getMessage() + ")"));
        }
        Result parsed = parse(text.lines(), file.toString());
        if (text.valid()) {
            return parsed;
        }
        List<String> problems = new ArrayList<>(parsed.problems());
        problems.add(0, text.problem());
        return new Result(parsed.lines(), List.copyOf(problems));
    }

    static Result parse(List<String> text, String name) {
        List<Line> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            String raw = text.get(i);
            if (raw.isBlank() || raw.startsWith("#")) {
                continue;
            }
            String[] cols = Arrays.stream(raw.split("\t")).map(String::strip).filter(s -> !s.isEmpty())
                    .toArray(String[]::new);
            String where = name + ":" + (i + 1) + ": ";
            if (cols.length < 2) {
                problems.add(where + "expected TYPE<TAB>Name[<TAB>alias…] or -<TAB>text");
                continue;
            }
            if (cols[0].equals("-")) {
                lines.add(new Line(null, List.of(cols[1])));
                continue;
            }
            EntityType type;
            try {
                type = EntityType.valueOf(cols[0].toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(where + "unknown type " + cols[0] + " (expected one of "
                        + Arrays.toString(EntityType.values()) + " or -)");
                continue;
            }
            lines.add(new Line(type, List.of(Arrays.copyOfRange(cols, 1, cols.length))));
        }
        return new Result(List.copyOf(lines), List.copyOf(problems));
    }
}
