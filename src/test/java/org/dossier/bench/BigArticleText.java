package org.dossier.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A very big article for benchmarks and heap tests, made from the bundled articles. Stateless. */
public final class BigArticleText {
    private BigArticleText() {
    }

    /** The bundled articles' text, joined with spaces and repeated to {@code chars}, on one line. */
    public static String oneLine(long chars) throws java.io.IOException {
        List<String> parts = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("articles"))) {
            for (Path p : seeds.sorted().toList()) {
                parts.add(Files.readString(p).replaceAll("\\s+", " ").strip());
            }
        }
        String unit = String.join(" ", parts) + " ";
        StringBuilder sb = new StringBuilder((int) chars + unit.length());
        while (sb.length() < chars) {
            sb.append(unit);
        }
        sb.setLength((int) chars);
        return sb.toString().stripTrailing() + "\n";
    }

}
