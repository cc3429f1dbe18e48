package org.dossier.ui;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the articles folder that ships with Dossier: {@code articles/} in the working directory
 * (as under {@code mvn javafx:run}), or beside the installed jar ({@code target/dossier.jar} →
 * {@code articles/} next to {@code target/}; the app image keeps it beside its jar, in {@code lib/app/}).
 */
final class BundledArticles {
    private BundledArticles() {
    }

    static Path folder() {
        Path here = Path.of("articles");
        if (Files.isDirectory(here)) {
            return here.toAbsolutePath();
        }
        try {
            Path code = Path.of(BundledArticles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = code.getParent(); dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve("articles");
                if (Files.isDirectory(candidate)) {
                    return candidate;
                }
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no code source: fall back to the working directory's (missing) folder, which is reported
        }
        return here.toAbsolutePath();
    }
}
