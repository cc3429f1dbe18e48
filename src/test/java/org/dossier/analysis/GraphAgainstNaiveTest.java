package org.dossier.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The network's counting (with its shortcut for entities of a single paragraph) against the
 * plainest way to do it — every pair of every paragraph — on random libraries, for several
 * minimum weights and node caps.
 */
class GraphAgainstNaiveTest {
    private static final String[] NAMES = new String[60];

    static {
        for (int i = 0; i < NAMES.length; i++) {
            NAMES[i] = "Name" + (char) ('A' + i / 26) + (char) ('a' + i % 26);
        }
    }

    @Test
    void givesWhatCountingEveryPairGives() {
        for (int seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            Fixture f = new Fixture();
            List<List<Set<String>>> library = new ArrayList<>();
            for (int a = 0; a < 25; a++) {
                StringBuilder text = new StringBuilder();
                List<Set<String>> paragraphs = new ArrayList<>();
                int count = 1 + random.nextInt(4);
                for (int p = 0; p < count; p++) {
                    Set<String> in = new TreeSet<>();
                    int names = random.nextInt(5);
                    for (int i = 0; i < names; i++) {
                        // Skewed: a few names are common, most are rare.
                        String name = NAMES[(int) (NAMES.length * Math.pow(random.nextDouble(), 3))];
                        in.add(name);
                        text.append(name).append(" said. ");
                    }
                    paragraphs.add(in);
                    text.append("\n\n");
                }
                library.add(paragraphs);
                String[] forms = new String[NAMES.length * 2];
                for (int i = 0; i < NAMES.length; i++) {
                    forms[2 * i] = NAMES[i];
                    forms[2 * i + 1] = "PERSON:" + NAMES[i];
                }
                f.add("a" + a + ".txt", LocalDate.of(2017, 1, 1).plusDays(a), text.toString(), forms);
            }
            AnalysisIndex index = f.index();
            for (int min : new int[] {1, 2, 3}) {
                for (int cap : new int[] {2, 3, 5, 10, 1000}) {
                    GraphQuery q = GraphQuery.DEFAULT.withMinWeight(min).withMaxNodes(cap);
                    assertEquals(naive(library, min, cap), index.graph(q).edges(), "seed " + seed + " min " + min + " cap " + cap);
                }
            }
        }
    }

    private static List<GraphEdge> naive(List<List<Set<String>>> library, int min, int cap) {
        Map<List<String>, Integer> weights = new HashMap<>();
        for (List<Set<String>> article : library) {
            for (Set<String> paragraph : article) {
                List<String> ids = paragraph.stream().map(n -> "PERSON:" + n).sorted().toList();
                for (int i = 0; i < ids.size(); i++) {
                    for (int j = i + 1; j < ids.size(); j++) {
                        weights.merge(List.of(ids.get(i), ids.get(j)), 1, Integer::sum);
                    }
                }
            }
        }
        List<GraphEdge> all = new ArrayList<>();
        weights.forEach((pair, w) -> {
            if (w >= min) {
                all.add(new GraphEdge(pair.get(0), pair.get(1), w));
            }
        });
        all.sort(Comparator.comparingInt(GraphEdge::weight).reversed()
                .thenComparing(GraphEdge::source).thenComparing(GraphEdge::target));
        Set<String> nodes = new HashSet<>();
        List<GraphEdge> out = new ArrayList<>();
        for (GraphEdge e : all) {
            int missing = (nodes.contains(e.source()) ? 0 : 1) + (nodes.contains(e.target()) ? 0 : 1);
            if (nodes.size() + missing <= cap) {
                nodes.add(e.source());
                nodes.add(e.target());
                out.add(e);
            }
        }
        return out;
    }
}
