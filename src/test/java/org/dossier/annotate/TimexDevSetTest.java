package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * Value-F1 on the TimeML development set ({@code ../shared/eval/dev/timex-aquaint}) as
 * {@code score_timex.py} computes it by default (gold: TIMEX3 of type DATE; a prediction matches a
 * gold timex it overlaps, one to one; one overlapping only another type is set aside). Prints the
 * figures; skipped when the set is absent. The floor only catches a broken normaliser: the figure to
 * report is the scorer's.
 */
class TimexDevSetTest {
    private static final Path DEV = Path.of("..", "shared", "eval", "dev", "timex-aquaint");

    @Test
    void devSetValueF1() throws IOException {
        assumeTrue(Files.isDirectory(DEV.resolve("gold")), "../shared/eval/dev/timex-aquaint not present");
        ObjectMapper json = new ObjectMapper();
        Annotator annotator = Annotator.standard();
        int gold = 0;
        int predicted = 0;
        int strict = 0;
        int correct = 0;
        for (String line : Files.readAllLines(DEV.resolve("dct.tsv"), StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                continue;
            }
            String name = cols[0];
            String text = Files.readString(DEV.resolve("text").resolve(name), StandardCharsets.UTF_8);
            JsonNode doc = json.readTree(DEV.resolve("gold").resolve(name.replace(".txt", ".json")).toFile());
            List<JsonNode> kept = new ArrayList<>();
            List<JsonNode> other = new ArrayList<>();
            for (JsonNode e : doc.get("entities")) {
                (e.get("timex_type").asText().equals("DATE") ? kept : other).add(e);
            }
            gold += kept.size();
            LocalDate ref = TimexNormaliser.reference(text, LocalDate.parse(cols[1]));
            // values through values(), the path annotate takes: anaphoric dates lean on the ones before
            List<Mention> all = annotator.annotate(text);
            List<String> values = TimexNormaliser.values(text, all, ref);
            boolean[] used = new boolean[kept.size()];
            for (int i = 0; i < all.size(); i++) {
                Mention m = all.get(i);
                if (m.type() != EntityType.DATE) {
                    continue;
                }
                int match = -1;
                for (int g = 0; g < kept.size(); g++) {
                    if (!used[g] && overlaps(m, kept.get(g))
                            && (match < 0 || exact(m, kept.get(g)))) {
                        match = g;
                    }
                }
                if (match < 0) {
                    if (other.stream().noneMatch(e -> overlaps(m, e))) {
                        predicted++;
                    }
                    continue;
                }
                predicted++;
                used[match] = true;
                JsonNode g = kept.get(match);
                if (exact(m, g)) {
                    strict++;
                }
                String value = values.get(i);
                if (value != null && norm(value).equals(norm(g.get("value").asText()))) {
                    correct++;
                }
            }
        }
        double p = (double) correct / predicted;
        double r = (double) correct / gold;
        double f1 = 2 * p * r / (p + r);
        double strictF1 = 2.0 * strict / (predicted + gold);
        System.out.printf(Locale.ROOT, "timex-aquaint: value-F1 %.3f (P %.3f R %.3f), strict span F1 %.3f over %d gold%n",
                f1, p, r, strictF1, gold);
        assertTrue(f1 > 0.6, "value-F1 " + f1);
    }

    private static boolean overlaps(Mention m, JsonNode e) {
        return Math.min(m.end(), e.get("end").asInt()) > Math.max(m.start(), e.get("start").asInt());
    }

    private static boolean exact(Mention m, JsonNode e) {
        return m.start() == e.get("start").asInt() && m.end() == e.get("end").asInt();
    }

    /** As score_timex.py: case, a T00:00 suffix, W7 = W07, 198X = 198. */
    private static String norm(String v) {
        String s = v.strip().toUpperCase(Locale.ROOT).replaceAll("T00:00(:00)?$", "");
        s = s.replaceAll("-W(\\d)(?=$|-)", "-W0$1");
        return s.replaceAll("^(\\d{2,3})X+$", "$1");
    }
}
