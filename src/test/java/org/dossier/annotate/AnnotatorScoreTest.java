package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * Exact-match micro-F1 against {@code ../shared/eval}, computed as {@code score.py} does (strict:
 * same start, end and type, each gold entity matched once). Skipped when that folder is absent.
 */
class AnnotatorScoreTest {
    private static final Path EVAL = Path.of("..", "shared", "eval");
    private static final Set<String> ALL = Set.of("PERSON", "ORG", "LOCATION", "DATE", "QUANTITY", "NORP");
    private final Annotator annotator = Annotator.standard();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void seedArticlesScoreAtLeast095() throws IOException {
        Path gold = EVAL.resolve("gold");
        Path texts = EVAL.resolveSibling("seeds");
        assumeTrue(Files.isDirectory(gold) && Files.isDirectory(texts), "../shared/eval not present");
        double f1 = score(gold, texts, ALL);
        System.out.printf("seed micro-F1 %.3f%n", f1);
        assertTrue(f1 >= 0.95, "seed micro-F1 " + f1);
    }

    @Test
    void conllDevelopmentSetScoresAtLeast087() throws IOException {
        Path dev = EVAL.resolve("dev/conll2003-dev");
        assumeTrue(Files.isDirectory(dev), "../shared/eval/dev not present");
        double f1 = score(dev.resolve("gold"), dev.resolve("text"), Set.of("PERSON", "ORG", "LOCATION"));
        System.out.printf("CoNLL-2003 dev PERSON/ORG/LOCATION micro-F1 %.3f%n", f1);
        assertTrue(f1 >= 0.87, "CoNLL dev micro-F1 " + f1); // 0.887 (score.py) on 2026-12-02 (issue 13, round 2): a guard against regressions
    }

    private double score(Path goldDir, Path textDir, Set<String> types) throws IOException {
        long gold = 0;
        long predicted = 0;
        long matched = 0;
        List<Path> files;
        try (Stream<Path> s = Files.list(goldDir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path g : files) {
            String base = g.getFileName().toString().replaceAll("\\.json$", "");
            String text = Files.readString(textDir.resolve(base + ".txt"), StandardCharsets.UTF_8);
            Map<String, Integer> goldSpans = new HashMap<>();
            for (JsonNode e : json.readTree(g.toFile()).get("entities")) {
                if (types.contains(e.get("type").asText())) {
                    goldSpans.merge(e.get("start").asInt() + ":" + e.get("end").asInt() + ":" + e.get("type").asText(),
                            1, Integer::sum);
                    gold++;
                }
            }
            for (Mention m : annotator.annotate(text)) {
                if (!types.contains(m.type().name())) {
                    continue;
                }
                predicted++;
                String key = m.start() + ":" + m.end() + ":" + m.type().name();
                Integer left = goldSpans.get(key);
                if (left != null && left > 0) {
                    goldSpans.put(key, left - 1);
                    matched++;
                }
            }
        }
        double p = predicted == 0 ? 0 : (double) matched / predicted;
        double r = gold == 0 ? 0 : (double) matched / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
