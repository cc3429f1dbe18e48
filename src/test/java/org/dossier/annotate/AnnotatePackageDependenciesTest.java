package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The annotate package is pure JDK: no JavaFX, no jsoup, no other project package. */
class AnnotatePackageDependenciesTest {
    @Test
    void annotatePackageImportsOnlyTheJdk() throws IOException {
        Path dir = Path.of("src/main/java/org/dossier/annotate");
        assumeTrue(Files.isDirectory(dir), "sources not found from " + Path.of("").toAbsolutePath());
        List<String> foreign;
        try (Stream<Path> files = Files.list(dir)) {
            foreign = files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream()
                            .filter(l -> l.startsWith("import "))
                            .filter(l -> !l.startsWith("import java.") && !l.startsWith("import static java.")
                                    && !l.startsWith("import static org.dossier.annotate.")
                                    && !l.startsWith("import org.dossier.annotate."))
                            .map(l -> p.getFileName() + ": " + l);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertEquals(List.of(), foreign);
    }
}
