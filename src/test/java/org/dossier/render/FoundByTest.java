package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.dossier.annotate.Annotator;
import org.dossier.annotate.EntityType;
import org.dossier.annotate.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 15: a highlight's tooltip says why it was found in words, for every source the annotator gives. */
class FoundByTest {
    private static final Path ANNOTATE = Path.of("src/main/java/org/dossier/annotate");
    private static final Path LISTS = Path.of("src/main/resources/org/dossier/annotate");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            gazetteer:cities          | found in the list of cities
            gazetteer:demonyms        | found in the list of names for a country's people
            rule:title                | a name after a title (“President”, “Dr”, “Minister”)
            user                      | you marked it as this type
            memory:surname            | the surname of someone the article names in full
            memory:gazetteer:countries| named like this elsewhere in the article, as found in the list of countries
            gazetteer:rivers          | found in the list of rivers
            rule:something-new        | found by a rule on the name's form and what surrounds it
            """)
    void eachSourceReadsAsWords(String source, String words) {
        assertEquals(words, FoundBy.of(source));
    }

    /** The sources written in the annotator's code, and one per entity list it loads. */
    private static Set<String> sourcesInTheAnnotator() throws Exception {
        Set<String> sources = new TreeSet<>();
        Pattern literal = Pattern.compile("\"((?:rule|memory|gazetteer)(?::[a-z-]+)+|memory|user|guess)\"");
        try (Stream<Path> files = Files.list(ANNOTATE)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    sources.add(m.group(1));
                }
            }
        }
        try (Stream<Path> files = Files.list(LISTS)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tsv"))
                    .forEach(n -> sources.add("gazetteer:" + n.substring(0, n.length() - 4)));
        }
        return sources;
    }

    @Test
    void everySourceTheAnnotatorGivesHasASentenceOfItsOwn() throws Exception {
        Set<String> sources = sourcesInTheAnnotator();
        assertTrue(sources.size() > 25, "the annotator's sources were found: " + sources);
        for (String source : sources) {
            assertTrue(FoundBy.knows(source), source + " has no wording of its own");
            // What the article's memory carries over is prefixed once (Resolution), never twice.
            if (!source.startsWith("memory")) {
                assertTrue(FoundBy.knows("memory:" + source), "remembered " + source + " has no wording of its own");
            }
            assertFalse(FoundBy.of(source).contains(":"), FoundBy.of(source));
        }
    }

    @Test
    void theTooltipsOfTheBundledArticlesNameNoRuleIds() throws Exception {
        Annotator annotator = Annotator.standard();
        Set<String> seen = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("articles"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                for (Mention m : annotator.annotate(Files.readString(f))) {
                    seen.add(m.source());
                    String tooltip = EntitySpans.tooltip(m);
                    assertTrue(FoundBy.knows(m.source()), m.source() + " on " + m.text());
                    assertFalse(tooltip.matches(".*\\b(rule|gazetteer|memory):.*"), tooltip);
                    assertFalse(tooltip.contains(m.type().name() + " "), "the type in words: " + tooltip);
                }
            }
        }
        assertTrue(seen.size() >= 3, "several kinds of source: " + seen);
    }

    @Test
    void everyTypeHasAName() {
        for (EntityType type : EntityType.values()) {
            assertFalse(FoundBy.typeName(type).equals(type.name()), type.name());
        }
    }
}
