package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Aliases collapse to one canonical entity id. */
class AnnotatorEntityIdTest {
    private final Annotator annotator = Annotator.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            US              | LOCATION:United States
            U.S.            | LOCATION:United States
            USA             | LOCATION:United States
            United States   | LOCATION:United States
            America         | LOCATION:United States
            Russian Federation | LOCATION:Russia
            Russia          | LOCATION:Russia
            Daesh           | ORG:Islamic State
            Islamic State   | ORG:Islamic State
            IS              | ORG:Islamic State
            ISIS            | ORG:Islamic State
            ISIL            | ORG:Islamic State
            """)
    void aliasesShareOneId(String alias, String id) {
        List<Mention> mentions = annotator.annotate("Diplomats said " + alias + " was ready to talk.");
        Mention m = mentions.stream().filter(x -> x.text().equals(alias)).findFirst().orElseThrow(
                () -> new AssertionError(AnnotatorSpanRulesTest.describe(mentions)));
        assertEquals(id, m.entityId());
    }

    @Test
    void surnameMentionIsThePersonNamedEarlierInTheArticle() {
        List<Mention> mentions = annotator.annotate(
                "President Bashar al-Assad met envoys. Critics of the Assad government said Assad would stay.");
        List<Mention> persons = mentions.stream().filter(m -> m.type() == EntityType.PERSON).toList();
        assertEquals(List.of("Bashar al-Assad", "Assad", "Assad"), persons.stream().map(Mention::text).toList());
        persons.forEach(p -> assertEquals("PERSON:Bashar al-Assad", p.entityId()));
    }

    @Test
    void everyMentionNamesTheListOrRuleThatFoundIt() {
        annotator.annotate("Mr Kerry said on Friday that 17 countries backed the UN plan for Syria.")
                .forEach(m -> assertEquals(false, m.source().isBlank(), m.toString()));
    }
}
