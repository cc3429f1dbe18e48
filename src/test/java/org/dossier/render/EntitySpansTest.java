package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.dossier.annotate.EntityType;
import org.dossier.annotate.Mention;
import org.junit.jupiter.api.Test;

class EntitySpansTest {
    private final List<Mention> mentions = List.of(
            new Mention(0, 6, EntityType.PERSON, "Lavrov", "PERSON:Sergey Lavrov", "rule:title"),
            new Mention(11, 17, EntityType.LOCATION, "Moscow", "LOCATION:Moscow", "gazetteer:cities"));

    @Test
    void eachMentionBecomesAMarkWithTypeIdAndWhy() {
        Span s = EntitySpans.of(mentions, Set.of(), Set.of()).get(0);
        assertEquals("mark", s.tag());
        assertEquals("entity e-PERSON", s.cssClass());
        assertEquals("PERSON:Sergey Lavrov", s.data().get("id"));
        assertEquals("Person · Sergey Lavrov — a name after a title (“President”, “Dr”, “Minister”)", s.tooltip());
        assertEquals("Place · Moscow — found in the list of cities", EntitySpans.of(mentions, Set.of(), Set.of()).get(1).tooltip());
    }

    @Test
    void hiddenTypesAreLeftOutAndWatchedEntitiesMarked() {
        List<Span> spans = EntitySpans.of(mentions, Set.of("PERSON"), Set.of("LOCATION:Moscow"));
        assertEquals(1, spans.size());
        assertEquals("entity e-LOCATION watched", spans.get(0).cssClass());
    }

    @Test
    void aLongArticleKeepsOnlyItsFirstMarksInTextOrder() {
        List<Span> spans = new java.util.ArrayList<>();
        for (int i = 9; i >= 0; i--) {
            spans.add(new Span(i * 10, i * 10 + 3, "mark", "entity", java.util.Map.of(), null));
        }
        List<Span> first = EntitySpans.firstInText(spans, 4);
        assertEquals(List.of(0, 10, 20, 30), first.stream().map(Span::start).toList());
        assertEquals(spans, EntitySpans.firstInText(spans, 10), "within the limit: all of them");
    }
}
