package org.dossier.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.dossier.annotate.EntityIndex;
import org.dossier.annotate.EntityType;
import org.junit.jupiter.api.Test;

class AnalysisIndexTest {
    private static final String[] NAMES = {
        "Lavrov", "PERSON:Sergey Lavrov", "Tillerson", "PERSON:Rex Tillerson", "Moscow", "LOCATION:Moscow",
        "NATO", "ORG:NATO", "9 July 2017", "DATE:9 July 2017", "July 2017", "DATE:July 2017",
        "2016", "DATE:2016",
    };

    private static Fixture library() {
        return new Fixture()
                .add("a.txt", LocalDate.of(2017, 7, 10),
                        "Lavrov met Tillerson in Moscow on 9 July 2017. Lavrov smiled.\n\n"
                                + "Lavrov spoke about NATO.\n\n"
                                + "Tillerson and Lavrov left Moscow in July 2017.", NAMES)
                .add("b.txt", LocalDate.of(2017, 7, 12),
                        "Tillerson was in Moscow.\n\nIn 2016 NATO met.", NAMES)
                .add("c.txt", null, "Nothing about anyone on 9 July 2017.", NAMES);
    }

    private static Map<String, Integer> weights(EntityGraph g) {
        return g.edges().stream().collect(Collectors.toMap(e -> e.source() + " ~ " + e.target(), GraphEdge::weight));
    }

    @Test
    void anEdgeCountsTheParagraphsTwoEntitiesShareOncePerParagraph() {
        EntityGraph g = library().index().graph(GraphQuery.DEFAULT);
        assertEquals(Map.of(
                "PERSON:Rex Tillerson ~ PERSON:Sergey Lavrov", 2,
                "LOCATION:Moscow ~ PERSON:Sergey Lavrov", 2,
                "LOCATION:Moscow ~ PERSON:Rex Tillerson", 3,
                "ORG:NATO ~ PERSON:Sergey Lavrov", 1), weights(g));
        assertEquals(new GraphEdge("LOCATION:Moscow", "PERSON:Rex Tillerson", 3), g.edges().get(0), "strongest first");
        GraphNode moscow = g.nodes().stream().filter(n -> n.id().equals("LOCATION:Moscow")).findFirst().orElseThrow();
        assertEquals(2, moscow.articles());
        assertEquals("Moscow", moscow.name());
    }

    @Test
    void theFiltersLeaveOutWeakEdgesOtherTypesOtherArticlesAndNodesOverTheCap() {
        AnalysisIndex index = library().index();
        assertEquals(Set.of("LOCATION:Moscow ~ PERSON:Rex Tillerson", "PERSON:Rex Tillerson ~ PERSON:Sergey Lavrov",
                "LOCATION:Moscow ~ PERSON:Sergey Lavrov"), weights(index.graph(GraphQuery.DEFAULT.withMinWeight(2))).keySet());
        assertEquals(Map.of("PERSON:Rex Tillerson ~ PERSON:Sergey Lavrov", 2),
                weights(index.graph(GraphQuery.DEFAULT.withTypes(EnumSet.of(EntityType.PERSON)))));
        assertEquals(Map.of("LOCATION:Moscow ~ PERSON:Rex Tillerson", 1),
                weights(index.graph(GraphQuery.DEFAULT.withArticles(Set.of("b.txt")))));
        EntityGraph two = index.graph(GraphQuery.DEFAULT.withMaxNodes(2));
        assertEquals(2, two.nodes().size());
        assertEquals(Map.of("LOCATION:Moscow ~ PERSON:Rex Tillerson", 3), weights(two));
    }

    @Test
    void idsMergedInTheEntityIndexAreOneNode() {
        Fixture f = new Fixture()
                .add("a.txt", LocalDate.of(2017, 7, 10), "Sergey Lavrov was in Moscow.",
                        "Sergey Lavrov", "PERSON:Sergey Lavrov", "Moscow", "LOCATION:Moscow")
                .add("b.txt", LocalDate.of(2017, 7, 11), "Lavrov left Moscow.",
                        "Lavrov", "PERSON:Lavrov", "Moscow", "LOCATION:Moscow");
        EntityIndex merged = EntityIndex.of(Map.of(
                "a.txt", Fixture.mentions("Sergey Lavrov was in Moscow.", "Sergey Lavrov", "PERSON:Sergey Lavrov", "Moscow", "LOCATION:Moscow"),
                "b.txt", Fixture.mentions("Lavrov left Moscow.", "Lavrov", "PERSON:Lavrov", "Moscow", "LOCATION:Moscow")));
        assertEquals("PERSON:Sergey Lavrov", merged.canonicalId("PERSON:Lavrov"), "the merger's own doing");
        AnalysisIndex index = f.builder().build(merged);
        assertEquals(Map.of("LOCATION:Moscow ~ PERSON:Sergey Lavrov", 2), weights(index.graph(GraphQuery.DEFAULT)));
        assertEquals(List.of("a.txt", "b.txt"), index.articlesMentioning("PERSON:Lavrov"));
        EntityProfile p = index.profile("PERSON:Lavrov", f, 5, 10);
        assertEquals("PERSON:Sergey Lavrov", p.id());
        assertEquals(List.of("PERSON:Lavrov"), p.mergedIds());
        assertEquals(2, p.concordance().size());
    }

    @Test
    void theTimelineCountsEachValueWithItsArticlesAndOffsets() {
        Timeline t = library().index().timeline(null);
        assertEquals(List.of("2016", "2017-07", "2017-07-09"), t.points().stream().map(Timeline.Point::value).toList());
        Timeline.Point day = t.points().get(2);
        assertEquals(2, day.mentions());
        assertEquals(List.of(new Timeline.MentionedIn("a.txt", List.of(34))), day.articles().subList(0, 1));
        assertEquals(Set.of("a.txt", "c.txt"), day.articles().stream().map(Timeline.MentionedIn::articleId).collect(Collectors.toSet()));
        assertEquals(List.of("a.txt", "b.txt"), t.published().stream().map(Timeline.Published::articleId).toList(),
                "undated c.txt has no place on the publication track");
    }

    @Test
    void anUndatedArticlesDatesCountFromItsDatelineAsAnnotateCountsThem() {
        // no date in the metadata; the first line says when it was written
        AnalysisIndex index = new Fixture()
                .add("d.txt", null, "MOSCOW, July 8, 2017 (Reuters) --\n\nNATO grew last year.",
                        "July 8, 2017", "DATE:July 8, 2017", "last year", "DATE:last year", "NATO", "ORG:NATO")
                .index();
        assertEquals(List.of("2016", "2017-07-08"),
                index.timeline(null).points().stream().map(Timeline.Point::value).toList());
    }

    @Test
    void oneEntitysTimelineHasTheDatesOfTheParagraphsThatMentionIt() {
        AnalysisIndex index = library().index();
        Timeline nato = index.timeline("ORG:NATO");
        assertEquals(List.of("2016"), nato.points().stream().map(Timeline.Point::value).toList(),
                "NATO's paragraph in a.txt has no date; b.txt's has 2016");
        assertEquals(List.of("a.txt", "b.txt"), nato.published().stream().map(Timeline.Published::articleId).toList());
        assertEquals(List.of("2017-07", "2017-07-09"),
                index.timeline("PERSON:Sergey Lavrov").points().stream().map(Timeline.Point::value).toList());
        assertTrue(index.timeline("PERSON:Nobody").points().isEmpty());
    }

    @Test
    void aBarsPassagesAreSentencesWithTheDateMarked() {
        Fixture f = library();
        List<Passage> ps = f.index().datePassages(List.of("2017-07-09"), null, f, 10);
        assertEquals(2, ps.size());
        Passage first = ps.get(0);
        assertEquals("a.txt", first.articleId(), "dated articles first, newest first");
        assertEquals("Title of a.txt", first.articleTitle());
        assertEquals("Lavrov met Tillerson in Moscow on 9 July 2017.", first.text(), "its sentence, not the paragraph");
        assertEquals("9 July 2017", first.text().substring(first.markStartInText(), first.markEndInText()));
        assertEquals(1, f.index().datePassages(List.of("2017-07-09"), null, f, 1).size(), "the limit holds");
    }

    @Test
    void anEdgesPassagesAreTheSharedParagraphs() {
        Fixture f = library();
        List<Passage> ps = f.index().edgePassages("PERSON:Rex Tillerson", "PERSON:Sergey Lavrov", f, 10);
        assertEquals(List.of("Lavrov met Tillerson in Moscow on 9 July 2017. Lavrov smiled.",
                "Tillerson and Lavrov left Moscow in July 2017."), ps.stream().map(Passage::text).toList());
        assertEquals("Lavrov", ps.get(0).text().substring(ps.get(0).markStartInText(), ps.get(0).markEndInText()));
    }

    @Test
    void aProfileHasArticlesNewestFirstCoMentionsDatesAndConcordance() {
        Fixture f = library();
        EntityProfile p = f.index().profile("LOCATION:Moscow", f, 10, 10);
        assertEquals("Moscow", p.name());
        assertEquals(EntityType.LOCATION, p.type());
        assertEquals(3, p.mentions());
        assertEquals(List.of("b.txt", "a.txt"), p.articles().stream().map(EntityProfile.ArticleRef::id).toList());
        assertEquals(LocalDate.of(2017, 7, 10), p.firstSeen());
        assertEquals(LocalDate.of(2017, 7, 12), p.lastSeen());
        assertEquals("2017-07", p.earliestMentioned().value(), "July 2017 starts before 9 July 2017");
        assertEquals("2017-07", p.latestMentioned().value());
        assertEquals("2016", f.index().profile("ORG:NATO", f, 10, 10).earliestMentioned().value());
        assertEquals(List.of(new EntityProfile.CoMention("PERSON:Rex Tillerson", EntityType.PERSON, "Rex Tillerson", 3),
                new EntityProfile.CoMention("PERSON:Sergey Lavrov", EntityType.PERSON, "Sergey Lavrov", 2)), p.coMentioned());
        assertEquals(List.of("Tillerson was in Moscow.", "Lavrov met Tillerson in Moscow on 9 July 2017.",
                "Tillerson and Lavrov left Moscow in July 2017."), p.concordance().stream().map(Passage::text).toList());
        assertNull(f.index().profile("PERSON:Nobody", f, 10, 10));
    }

    @Test
    void anArticlePutAgainReplacesItsLastVersionAndAFileCanBeForgotten() {
        Fixture f = library();
        f.add("b.txt", LocalDate.of(2017, 7, 12), "NATO alone.", NAMES);
        assertEquals(2, f.index().graph(GraphQuery.DEFAULT).edges().stream()
                .filter(e -> e.source().equals("LOCATION:Moscow")).findFirst().orElseThrow().weight());
        f.builder().removeFile("a.txt");
        assertTrue(f.index().graph(GraphQuery.DEFAULT).edges().isEmpty());
        assertEquals(2, f.index().size());
    }
}
