package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The organisation cues of issue 13's second round (decision 0103), each in text written for the
 * test, with a counter-example where the cue must not fire: teams in team-sports reports
 * ({@link TeamCues}), company cues, head nouns in a row, initials, coordination across a line.
 */
class AnnotatorOrganisationCuesTest {
    /** Enough team-sport words for the text to read as a sports report. */
    private static final String SPORT = " The striker scored two goals before halftime and the goalkeeper saved a penalty.";

    private static List<Mention> annotate(String text) {
        return Annotator.standard().annotate(text, "en");
    }

    private static Mention at(List<Mention> mentions, String text) {
        return mentions.stream().filter(m -> m.text().equals(text)).findFirst().orElse(null);
    }

    private static EntityType typeOf(String text, String name) {
        Mention m = at(annotate(text), name);
        return m == null ? null : m.type();
    }

    @Test
    void aTownBeatenInASportsReportIsTheTeamEverywhereInTheArticle() {
        String text = "Lancashire beat Somerset by an innings on Friday." + SPORT
                + " Somerset had hoped for rain. The ground is in Somerset, near the coast.";
        List<Mention> found = annotate(text);
        assertEquals(EntityType.ORG, at(found, "Somerset").type(), found.toString());
        long orgs = found.stream().filter(m -> m.text().equals("Somerset") && m.type() == EntityType.ORG).count();
        assertEquals(2, orgs, "the beaten side and 'Somerset had' are the team; 'in Somerset' stays the place: " + found);
        Mention place = found.stream().filter(m -> m.text().equals("Somerset")).reduce((a, b) -> b).orElseThrow();
        assertEquals(EntityType.LOCATION, place.type(), "a venue is where the team plays");
    }

    @Test
    void outsideASportsReportTheSameWordsLeaveThePlace() {
        String text = "The council voted against Leeds joining the scheme, and the plan to beat Leeds traffic failed.";
        assertEquals(EntityType.LOCATION, typeOf(text, "Leeds"));
        assertEquals(EntityType.ORG, typeOf(text + SPORT, "Leeds"), "the same words in a sports report");
    }

    @Test
    void aCountryStaysThePlaceEvenAsTheSideBeaten() {
        assertEquals(EntityType.LOCATION, typeOf("Brazil beat Russia 2-1 in the final." + SPORT, "Russia"));
    }

    @Test
    void versusBetweenTwoSidesNeedsNoOtherSignOfSport() {
        List<Mention> found = annotate("Postponed : Chesterby v Wrexley\nDivision three\n");
        assertEquals(EntityType.ORG, at(found, "Wrexley").type(), found.toString());
    }

    @Test
    void anUnknownNameThatPlaysIsTheClubAndAClubAndItsTownOneName() {
        List<Mention> found = annotate("The coach said that Torpex would play on Sunday, two points behind Lokomo Moscow." + SPORT);
        assertEquals(EntityType.ORG, at(found, "Torpex").type(), found.toString());
        assertEquals(EntityType.ORG, at(found, "Lokomo Moscow").type(), found.toString());
    }

    @Test
    void anAthleteInAResultsLineIsNoTeam() {
        List<Mention> found = annotate("1. Irina Volkova ( Russia ) 3:45.061\n2. Olga Petrova ( Ukraine ) 3:46.216\n" + SPORT);
        Mention m = at(found, "Irina Volkova");
        assertNotEquals(EntityType.ORG, m == null ? null : m.type(), found.toString());
    }

    @Test
    void aCompanyCueMakesTheNameAnOrganisationAndOverridesASpeechVerb() {
        List<Mention> found = annotate("Varomex CEO Paul Redding told reporters the results were weak. Varomex said it would cut costs.");
        assertEquals(EntityType.ORG, at(found, "Varomex").type(), found.toString());
        assertEquals(2, found.stream().filter(m -> m.text().equals("Varomex") && m.type() == EntityType.ORG).count(),
                found.toString());
        assertEquals(EntityType.PERSON, at(found, "Paul Redding").type());
    }

    @Test
    void withoutACompanyCueASpeakerStaysAPerson() {
        assertEquals(EntityType.PERSON, typeOf("Redding said he would stay on the board for a year.", "Redding"));
    }

    @Test
    void organisationHeadNounsInARowMakeOneName() {
        List<Mention> found = annotate("Next week Hokuto Electric Power will launch a bond in Tokyo.");
        Mention m = at(found, "Hokuto Electric Power");
        assertNotNull(m, found.toString());
        assertEquals(EntityType.ORG, m.type());
    }

    @Test
    void aPlaceNounADefinitionOrTheTownAfterAVenueMakeAnUnknownNameAPlace() {
        assertEquals(EntityType.LOCATION, typeOf("Police arrested the men in the eastern Qaryah province on Friday.", "Qaryah"));
        assertEquals(EntityType.LOCATION, typeOf("The plane landed at Brackton airport on Tuesday.", "Brackton"));
        assertEquals(EntityType.LOCATION, typeOf("Tromsvik is a Norwegian settlement of a thousand people.", "Tromsvik"));
        assertEquals(EntityType.LOCATION, typeOf("First test match ( at Kingsmead , Durban )\n", "Kingsmead"));
        // counter-examples: no place noun, a person's definition, a person at a firm
        assertEquals(null, typeOf("Officials from Qaryah declined to comment on the report.", "Qaryah"));
        assertNotEquals(EntityType.LOCATION, typeOf("Redding is a veteran banker with a long career.", "Redding"));
        assertNotEquals(EntityType.LOCATION, typeOf("He spoke at Redding , the agency said on Monday.", "Redding"));
    }

    @Test
    void initialsAAndIStartAPersonsName() {
        List<Mention> found = annotate("The scorer listed A. Perera and I. Watson among the batsmen.");
        assertNotNull(at(found, "A. Perera"), found.toString());
        assertNotNull(at(found, "I. Watson"), found.toString());
        assertEquals(null, at(annotate("A. The first question was about the budget."), "A."), "a list label is no name");
    }
}
