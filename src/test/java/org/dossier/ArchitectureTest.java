package org.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Keeps the layering of docs/architecture.md true: each core package imports only what its row
 * allows, and nothing but {@code ui} (and the launcher's one call into it) touches JavaFX.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/dossier");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);
    private static final Map<String, List<String>> FORBIDDEN = Map.of(
            "article", List.of("javafx.", "org.dossier.ui", "org.dossier.render", "org.dossier.notebook", "org.dossier.annotate", "org.dossier.search"),
            "annotate", List.of("javafx.", "org.dossier.ui", "org.dossier.render", "org.dossier.notebook", "org.jsoup", "com.fasterxml"),
            "render", List.of("javafx.", "org.dossier.ui", "org.dossier.notebook", "com.fasterxml"),
            "notebook", List.of("javafx.", "org.dossier.ui", "org.dossier.render"),
            "cli", List.of("javafx.", "org.dossier.ui"),
            "search", List.of("javafx.", "org.dossier.ui", "org.dossier.render", "org.dossier.notebook", "org.dossier.annotate"),
            "desktop", List.of("javafx.", "org.dossier.ui", "org.dossier.render", "org.dossier.notebook", "org.jsoup", "com.fasterxml"));

    @Test
    void corePackagesImportOnlyWhatTheyMay() throws IOException {
        StringBuilder violations = new StringBuilder();
        for (var rule : FORBIDDEN.entrySet()) {
            Path dir = MAIN.resolve(rule.getKey());
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                    Matcher m = IMPORT.matcher(Files.readString(f));
                    while (m.find()) {
                        for (String banned : rule.getValue()) {
                            if (m.group(1).startsWith(banned)) {
                                violations.append(f).append(" imports ").append(m.group(1)).append('\n');
                            }
                        }
                    }
                }
            }
        }
        assertEquals("", violations.toString());
    }

    @Test
    void onlyTheUiPackageImportsJavaFx() throws IOException {
        StringBuilder violations = new StringBuilder();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                if (f.startsWith(MAIN.resolve("ui"))) {
                    continue;
                }
                if (Pattern.compile("^import (static )?javafx\\.", Pattern.MULTILINE).matcher(Files.readString(f)).find()) {
                    violations.append(f).append('\n');
                }
            }
        }
        assertEquals("", violations.toString());
    }
}
