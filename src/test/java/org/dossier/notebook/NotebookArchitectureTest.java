package org.dossier.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The notebook core is plain Java: no JavaFX, no UI, no annotator (it is wired in through EntityFinder). */
class NotebookArchitectureTest {
    @Test
    void notebookPackageImportsNeitherJavafxNorUiNorAnnotator() throws IOException {
        Path dir = Path.of("src/main/java/org/dossier/notebook");
        List<String> offenders;
        try (Stream<Path> files = Files.list(dir)) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> {
                        try {
                            String src = Files.readString(f);
                            return src.contains("javafx.") || src.contains("org.dossier.ui")
                                    || src.contains("org.dossier.annotate") || src.contains("org.dossier.render");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(f -> f.getFileName().toString())
                    .collect(Collectors.toList());
        }
        assertEquals(List.of(), offenders);
    }
}
