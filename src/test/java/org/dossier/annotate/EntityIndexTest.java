package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class EntityIndexTest {
    private static Mention m(String text, EntityType type, String id) {
        return new Mention(0, text.length(), type, text, id, "test");
    }

    private final EntityIndex index = EntityIndex.of(Map.of(
            "a.txt", List.of(m("US", EntityType.LOCATION, "LOCATION:United States"),
                    m("U.S.", EntityType.LOCATION, "LOCATION:United States"),
                    m("Lavrov", EntityType.PERSON, "PERSON:Sergey Lavrov")),
            "b.txt", List.of(m("America", EntityType.LOCATION, "LOCATION:United States"))));

    @Test
    void aliasesCollapseIntoOneEntryWithArticleAndMentionCounts() {
        EntityIndex.Entry us = index.get("LOCATION:United States");
        assertEquals("United States", us.name());
        assertEquals(2, us.articles());
        assertEquals(3, us.mentions());
        assertEquals(Set.of("a.txt", "b.txt"), index.articlesMentioning("LOCATION:United States"));
        assertEquals(Set.of("a.txt"), index.articlesMentioning("PERSON:Sergey Lavrov"));
    }

    @Test
    void findFiltersByTypeAndNameMostWidespreadFirst() {
        assertEquals(List.of("United States", "Sergey Lavrov"), index.find(null, "").stream().map(EntityIndex.Entry::name).toList());
        assertEquals(List.of("Sergey Lavrov"), index.find(EntityType.PERSON, "").stream().map(EntityIndex.Entry::name).toList());
        assertEquals(List.of("Sergey Lavrov"), index.find(null, "lav").stream().map(EntityIndex.Entry::name).toList());
        assertEquals(List.of(), index.find(EntityType.ORG, "lav"));
    }

    @Test
    void unknownEntityIsMentionedNowhere() {
        assertEquals(Set.of(), index.articlesMentioning("ORG:Nobody"));
    }
}
