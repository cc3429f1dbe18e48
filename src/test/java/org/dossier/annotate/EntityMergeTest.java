package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library index merges what the library shows to be one entity, explains it, and lets the user undo it. */
class EntityMergeTest {
    private static Mention m(EntityType type, String name) {
        return new Mention(0, name.length(), type, name, type.name() + ":" + name, "test");
    }

    private static Mention person(String name) {
        return m(EntityType.PERSON, name);
    }

    private static EntityIndex index(MergeCorrections corrections, Object... articleThenMentions) {
        Map<String, List<Mention>> byArticle = new LinkedHashMap<>();
        for (int i = 0; i < articleThenMentions.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<Mention> ms = (List<Mention>) articleThenMentions[i + 1];
            byArticle.put((String) articleThenMentions[i], ms);
        }
        EntityIndex.Builder b = new EntityIndex.Builder().corrections(corrections);
        byArticle.forEach(b::add);
        return b.build();
    }

    private static EntityIndex index(Object... articleThenMentions) {
        return index(MergeCorrections.none(), articleThenMentions);
    }

    @Test
    void aSurnameAloneJoinsTheOnlyFullNameInTheLibrary() {
        EntityIndex index = index("a.txt", List.of(person("Barack Obama")), "b.txt", List.of(person("Obama")));
        EntityIndex.Entry e = index.get("PERSON:Obama");
        assertEquals("PERSON:Barack Obama", e.id());
        assertEquals(2, e.articles());
        assertEquals(Set.of("a.txt", "b.txt"), index.articlesMentioning("PERSON:Obama"));
        assertEquals(Set.of("a.txt", "b.txt"), index.articlesMentioning("PERSON:Barack Obama"));
        assertTrue(e.aliases().contains("Obama"));
        assertTrue(e.merges().get(0).reason().contains("surname of Barack Obama"), e.merges().toString());
    }

    @Test
    void particlesAndTransliterationsJoinTheirFullForm() {
        EntityIndex index = index("a.txt", List.of(person("Bashar al-Assad")), "b.txt", List.of(person("Bashar Assad")),
                "c.txt", List.of(person("Staffan de Mistura")), "d.txt", List.of(person("de Mistura")),
                "e.txt", List.of(person("Ursula von der Leyen")), "f.txt", List.of(person("Ursula von der-Leyen")));
        assertEquals(index.get("PERSON:Bashar al-Assad"), index.get("PERSON:Bashar Assad"));
        assertEquals("PERSON:Staffan de Mistura", index.get("PERSON:de Mistura").id());
        assertEquals(index.get("PERSON:Ursula von der Leyen"), index.get("PERSON:Ursula von der-Leyen"));
    }

    @Test
    void diacriticsAndHyphensDoNotMakeANewPlace() {
        EntityIndex index = index("a.txt", List.of(m(EntityType.LOCATION, "São Paulo")),
                "b.txt", List.of(m(EntityType.LOCATION, "Sao Paulo")), "c.txt", List.of(m(EntityType.LOCATION, "Sao Paulo")));
        EntityIndex.Entry e = index.get("LOCATION:São Paulo");
        assertEquals("LOCATION:Sao Paulo", e.id(), "the more widespread spelling names the entity");
        assertEquals(3, e.articles());
    }

    @Test
    void initialsJoinTheOneFullNameTheyAbbreviate() {
        EntityIndex index = index("a.txt", List.of(person("Shane Warne")), "b.txt", List.of(person("S. Warne")),
                "c.txt", List.of(person("M. Waugh")), "d.txt", List.of(person("Mark Waugh"), person("Steve Waugh")));
        assertEquals("PERSON:Shane Warne", index.get("PERSON:S. Warne").id());
        assertTrue(index.get("PERSON:S. Warne").merges().get(0).reason().contains("initials of Shane Warne"));
        assertEquals("PERSON:Mark Waugh", index.get("PERSON:M. Waugh").id(), "only Mark fits the initial M.");
    }

    @Test
    void anAcronymJoinsItsExpansion() {
        EntityIndex index = index("a.txt", List.of(m(EntityType.ORG, "Syrian Democratic Forces"), m(EntityType.ORG, "SDF")),
                "b.txt", List.of(m(EntityType.ORG, "SDF")));
        EntityIndex.Entry e = index.get("ORG:SDF");
        assertEquals("ORG:Syrian Democratic Forces", e.id());
        assertEquals(2, e.articles());
        assertTrue(e.merges().get(0).reason().contains("stands for Syrian Democratic Forces"));
    }

    @Test
    void twoSmithsWithDifferentFirstNamesStayApartAndASmithAloneJoinsNeither() {
        EntityIndex index = index("a.txt", List.of(person("John Smith")), "b.txt", List.of(person("Jane Smith")),
                "c.txt", List.of(person("Smith")));
        assertNotEquals(index.get("PERSON:John Smith"), index.get("PERSON:Jane Smith"));
        assertEquals("PERSON:Smith", index.get("PERSON:Smith").id(), "ambiguous: two full names");
        assertEquals(3, index.size());
    }

    @Test
    void anAmbiguousSurnameJoinsTheFullNameOfItsOwnArticle() {
        EntityIndex index = index("a.txt", List.of(person("John Smith")), "b.txt", List.of(person("Jane Smith")),
                "c.txt", List.of(person("Jane Smith"), person("Smith")));
        assertEquals("PERSON:Jane Smith", index.get("PERSON:Smith").id());
        assertNotEquals(index.get("PERSON:John Smith"), index.get("PERSON:Smith"));
    }

    @Test
    void typesAreNeverMergedAcross() {
        EntityIndex index = index("a.txt", List.of(m(EntityType.LOCATION, "Jordan")), "b.txt", List.of(person("Michael Jordan")));
        assertNotEquals(index.get("LOCATION:Jordan"), index.get("PERSON:Michael Jordan"));
    }

    @Test
    void theUserUndoesAMergeAndMergesTwoOthers(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("entity-merges.tsv");
        Object[] library = {"a.txt", List.of(person("Barack Obama")), "b.txt", List.of(person("Obama")),
            "c.txt", List.of(m(EntityType.ORG, "Daesh")), "d.txt", List.of(m(EntityType.ORG, "Islamic State"))};
        MergeCorrections c = MergeCorrections.load(file).keepApart("PERSON:Obama", "PERSON:Barack Obama")
                .same("ORG:Daesh", "ORG:Islamic State");
        EntityIndex index = index(MergeCorrections.load(file), library);
        assertEquals("PERSON:Obama", index.get("PERSON:Obama").id());
        assertEquals(Set.of("b.txt"), index.articlesMentioning("PERSON:Obama"));
        EntityIndex.Entry isis = index.get("ORG:Daesh");
        assertEquals(isis, index.get("ORG:Islamic State"));
        assertEquals(Set.of("c.txt", "d.txt"), index.articlesMentioning("ORG:Daesh"));
        assertTrue(isis.merges().get(0).byUser());
        c.undo("PERSON:Obama", "PERSON:Barack Obama");
        assertEquals("PERSON:Barack Obama", index(MergeCorrections.load(file), library).get("PERSON:Obama").id());
    }

    @Test
    void datesAreNotMergedAndNotAmongTheNames() {
        EntityIndex index = index("a.txt", List.of(m(EntityType.DATE, "Friday"), m(EntityType.DATE, "friday"),
                person("Barack Obama")));
        assertEquals(2, index.findAmong(Set.of(EntityType.DATE), "").size());
        assertEquals(List.of("Barack Obama"), index.findAmong(EntityIndex.NAMES, "").stream().map(EntityIndex.Entry::name).toList());
    }

    @Test
    void findSearchesAliasesToo() {
        EntityIndex index = index("a.txt", List.of(person("Barack Obama")), "b.txt", List.of(person("Obama")));
        assertEquals(List.of("Barack Obama"), index.find(null, "obam").stream().map(EntityIndex.Entry::name).toList());
    }
}
