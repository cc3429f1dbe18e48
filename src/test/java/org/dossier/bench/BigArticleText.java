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


    /** Tags an article as the window's search index does: its entities' ids and types, from {@code annotator}. */
    public static org.dossier.search.EntityTagger tagger(org.dossier.annotate.Annotator annotator) {
        return new org.dossier.search.EntityTagger() {
            @Override
            public Tags tag(org.dossier.article.Article a) {
                java.util.Set<String> ids = new java.util.HashSet<>();
                java.util.Set<String> types = new java.util.HashSet<>();
                for (org.dossier.annotate.Mention m : annotator.annotate(a.text())) {
                    ids.add(m.entityId());
                    types.add(m.type().name());
                }
                return new Tags(ids, types);
            }

            @Override
            public String version() {
                return "big-article";
            }
        };
    }
}
