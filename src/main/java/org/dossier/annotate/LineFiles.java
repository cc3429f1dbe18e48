package org.dossier.annotate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The user's small text files (gazetteer, watch-list): replaced whole and atomically, never half-written. */
final class LineFiles {
    private LineFiles() {
    }

    /** Writes {@code lines} to a temporary file beside {@code file}, then moves it over {@code file} in one step. */
    static void replace(Path file, List<String> lines) throws IOException {
        org.dossier.base.ReplaceFile.write(file, tmp -> Files.write(tmp, lines, StandardCharsets.UTF_8));
    }
}
