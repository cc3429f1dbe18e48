package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The false positives met on real news pages (issue 13), each in a sentence written for the test:
 * common words and given names that are also towns, products, credits, section labels, short
 * acronyms. The annotator must leave them unmarked or give them their right type.
 */
class AnnotatorPrecisionTest {
    private static final String CONTEXT = " The report was published on Tuesday and was read widely by officials in the capital.";

    private static List<Mention> annotate(String text) {
        return Annotator.standard().annotate(text + CONTEXT, "en");
    }

    /** {@code text} is a mention of {@code type} (its first mention, when there are several). */
    private static void assertType(List<Mention> found, String text, EntityType type) {
        Mention m = at(found, text);
        assertTrue(m != null && m.type() == type, text + " as " + type + " in " + found);
    }

    private static Mention at(List<Mention> mentions, String text) {
        return mentions.stream().filter(m -> m.text().equals(text)).findFirst().orElse(null);
    }

    /** {@code text} is no mention at all (nor of {@code type} when given as part of a longer span). */
    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            He blamed the crisis on Man's greed and on nothing else.                     | Man
            The museum held a retrospective of the film Batman and its many sequels.    | Batman
            Players queued for hours to try Job Simulator, a VR game, at the fair.      | Job Simulator
            Players queued to try the game Job Simulator at the fair in the hall.       | Job Simulator
            The queue for PlayStation VR stretched around the block at the fair.        | PlayStation VR
            Credit Ashraf Shazly, the photographer, filed the picture from the scene.   | Credit Ashraf Shazly
            View Graphic for the full breakdown of the figures for each region.         | View Graphic
            The team finished top of Group B after a draw on the last day of play.      | Group B
            Officials met at the Blue House to discuss the summit for the coming week.  | Blue House
            The VR market grew fast last year, analysts said in a note to clients.      | VR
            The film opens in LA and in three other cities at the end of the month.    | LA
            The match starts at 9pm ET and will be shown on several channels at home.   | ET
            """)
    void isNoMention(String sentence, String text) {
        List<Mention> found = annotate(sentence.strip());
        assertEquals(null, at(found, text.strip()), found.toString());
    }

    /**
     * Names no list knows (invented here, so no gazetteer can help) take their type from their own
     * words and from the preposition before them, never the "unknown two words = person" guess.
     */
    @ParameterizedTest(name = "{1} = {2} in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The storm hit the coast, according to the Quenby Herald on its front page.       | Quenby Herald                  | ORG
            Reporters from the Harlow Gazette and the Vantry Daily were turned away.          | Vantry Daily                   | ORG
            The Calder Bay Fisheries Agency closed the harbour to trawlers for a week.        | Calder Bay Fisheries Agency    | ORG
            A researcher at the Chamber of Commerce of Ostrava Vale spoke to reporters.       | Chamber of Commerce of Ostrava Vale | ORG
            The ferry to Lake Seren was cancelled because of the storm over the hills.        | Lake Seren                     | LOCATION
            Officials say Port Emmerich will reopen to shipping within a fortnight.           | Port Emmerich                  | LOCATION
            Floods cut the road to the Lowland Provinces for the third time this winter.      | Lowland Provinces              | LOCATION
            The water rose fast at Tiber Falls after a week of heavy rain upstream.           | Tiber Falls                    | LOCATION
            Critics in Saint Aubel rejected the plan as too costly for the town budget.       | Saint Aubel                    | LOCATION
            In Jorvik Sound, hundreds of fishermen gathered near the harbour gate.            | Jorvik Sound                   | LOCATION
            Officials in Sundvik criticised the decision to close the only hospital.          | Sundvik                        | LOCATION
            In Calder Bay, hundreds of fishermen gathered near the harbour gate.              | Calder Bay                     | LOCATION
            In Karsk, 3580 delegates gathered near the main square to cut the contract.      | Karsk                          | LOCATION
            "We have waited long enough," said Quentin Ortega, a deputy from Jorvik Sound.   | Jorvik Sound                   | LOCATION
            The Energy Board of Isola Verde suspended work on the power station on Friday.   | Energy Board of Isola Verde    | ORG
            Ximena Grieve of the Energy Board of Merovia and Greta Jansen will speak.        | Energy Board of Merovia        | ORG
            "It is too early," said Elena Voss, a negotiator from Isola Verde, after the talks. | Isola Verde                  | LOCATION
            In Lake Seren, the ferry was cancelled because of the storm.                      | Lake Seren                     | LOCATION
            Tessa Fontaine of the Redwater Teachers' Association spoke to the crowd.          | Redwater Teachers' Association | ORG
            The Farmers' Union of Ostrava Vale called a strike for the whole harvest.         | Farmers' Union of Ostrava Vale | ORG
            He expressed gratitude to the Merovian president Oblakov and the council. | Oblakov | PERSON
            A late goal by midfielder Danuto saved the game for the visitors. | Danuto | PERSON
            The goal followed a mistake by midfielder Joaquin del Olmo in the first half. | Joaquin del Olmo | PERSON
            He replaced the injured batsman Oluwen in the second innings. | Oluwen | PERSON
            Former England captain Will Carling, handed the kicking duties, scored twice. | Will Carling | PERSON
            Radio Kalinda quoted local police as saying two men were held. | Radio Kalinda | ORG
            A consortium including the Bank Rozwoju Exportu SA plans a bid. | Bank Rozwoju Exportu SA | ORG
            The talks were frozen in 1992, Kavrino news agency reported on Friday. | Kavrino | ORG
            The bank is based in Kelderton, Fla. The reports fanned worries. | Fla | LOCATION
            It bought Ardena Inc of Kelderton, Fla., for about 2,960,000 shares. | Fla. | LOCATION
            The flight exploded over Kelderby, Scotland, in 1988. | Kelderby | LOCATION
            """)
    void unknownNamesTakeTheirTypeFromTheirWords(String sentence, String text, EntityType type) {
        List<Mention> found = annotate(sentence.strip());
        assertType(found, text.strip(), type);
    }

    @Test
    void anOrganisationHeadCutOffItsNameIsNoPerson() {
        // the whole "Redwater Teachers' Association" is one name now (a row above); a head the text
        // cut from its name ("the Association spoke") must still not pass for a speaker
        List<Mention> found = annotate("Members said that the Association spoke to the crowd on behalf of all.");
        assertTrue(found.stream().noneMatch(m -> m.type() == EntityType.PERSON), found.toString());
    }

    @Test
    void aSpeakerAfterInIsNotTheOneWhoSpoke() {
        // the critics said it; a person's name after "in" would need its given name
        List<Mention> found = annotate("Critics in Velmora said the plan was rushed and badly costed.");
        assertTrue(found.stream().noneMatch(m -> m.type() == EntityType.PERSON), found.toString());
        Mention person = at(annotate("A letter from Marwan Jilani said the talks would resume."), "Marwan Jilani");
        assertEquals(EntityType.PERSON, person.type(), "\"from\" before a name is no sign of a place");
    }

    @Test
    void aGivenNameThatIsAlsoARegionIsNoPlaceWithoutEvidence() {
        List<Mention> found = annotate("Lara walked past the photographers outside the court without a word.");
        assertTrue(found.stream().noneMatch(m -> m.type() == EntityType.LOCATION), found.toString());
        Mention said = at(annotate("Lara said little as she walked past the photographers."), "Lara");
        assertEquals(EntityType.PERSON, said.type(), "a verb of speech makes her a person");
    }

    @Test
    void humanRightsAloneIsNoPerson() {
        List<Mention> found = annotate("The group said Human Rights were at stake in the new law on protest.");
        assertTrue(found.stream().noneMatch(m -> m.type() == EntityType.PERSON), found.toString());
    }

    @Test
    void theCreditNamesThePhotographerNotTheLabel() {
        List<Mention> found = annotate("Credit Ashraf Shazly, the photographer, filed the picture from the scene.");
        assertType(found, "Ashraf Shazly", EntityType.PERSON);
    }

    @Test
    void gettyImagesIsAnAgencyNotAPerson() {
        Mention m = at(annotate("The photograph was taken by a freelancer working for Getty Images last week."), "Getty Images");
        assertEquals(EntityType.ORG, m.type());
    }

    @Test
    void aCricketGroundIsNoPerson() {
        List<Mention> found = annotate("Rain fell all morning on the Cricket Ground and play was abandoned early.");
        assertTrue(found.stream().noneMatch(m -> m.type() == EntityType.PERSON), found.toString());
    }

    @Test
    void aPartyWithAHyphenatedAcronymIsAnOrganisation() {
        Mention m = at(annotate("Supporters of Zanu-PF gathered in the square before the vote on Sunday."), "Zanu-PF");
        assertTrue(m == null || m.type() == EntityType.ORG, String.valueOf(m));
    }

    @Test
    void aTownNamedLikeAGivenNameIsAPersonBeforeASurname() {
        List<Mention> found = annotate("Hassan Abbas, a teacher, told reporters the school had been closed for weeks.");
        assertType(found, "Hassan Abbas", EntityType.PERSON);
        assertEquals(null, at(found, "Hassan"));
    }

    @Test
    void anAmbiguousTownWithEvidenceIsStillAPlace() {
        List<Mention> found = annotate("Fighting broke out in Man, a town in the west of the country, on Monday.");
        assertType(found, "Man", EntityType.LOCATION);
    }

    @Test
    void theSameAmbiguousNameElsewhereInTheArticleTakesTheEvidencedType() {
        List<Mention> found = annotate("Aid reached people in Lara province on Friday. Lara has been cut off since the floods.");
        assertEquals(2, found.stream().filter(m -> m.text().equals("Lara") && m.type() == EntityType.LOCATION).count(),
                found.toString());
    }

    @Test
    void aTwoLetterAcronymTheArticleExplainsIsKept() {
        List<Mention> found = annotate("The Democratic Unionist Party (DUP) said the deal was bad. The DUP has ten seats.");
        assertTrue(found.stream().anyMatch(m -> m.text().equals("DUP") && m.type() == EntityType.ORG), found.toString());
    }

    @Test
    void aTeamNamedByItsCityIsAnOrganisation() {
        List<Mention> found = annotate("The Houston Astros beat the Boston Red Sox and Manchester United drew at home.");
        assertEquals(EntityType.ORG, at(found, "Houston Astros").type());
        assertEquals(EntityType.ORG, at(found, "Manchester United").type());
    }

    @Test
    void aHeadlineInCapitalsUsesTheNamesOfTheBody() {
        List<Mention> found = Annotator.standard().annotate(
                "TENNIS - MORALES BEATS THE SECOND SEED\n\nLuisa Morales won in three sets on Friday, and Morales said she was tired.", "en");
        Mention m = at(found, "MORALES");
        assertTrue(m != null && m.type() == EntityType.PERSON && m.entityId().equals("PERSON:Luisa Morales"), found.toString());
        assertEquals(null, at(found, "SECOND"));
    }

    @Test
    void anUnknownDatelinePlaceIsAPlace() {
        List<Mention> found = Annotator.standard().annotate(
                "KALDERAN, Norway 2024-05-02\n\nThe small town mourned its fishermen on Thursday after the storm.", "en");
        assertType(found, "KALDERAN", EntityType.LOCATION);
    }

    @Test
    void aListTakesTheTypeOfItsKnownItems() {
        List<Mention> found = annotate("The treaty gave Paris, Talvenburg and Vienna new rights over the river trade.");
        assertType(found, "Talvenburg", EntityType.LOCATION);
    }

    @Test
    void aNameAloneInQuotesIsTheTitleOfAWork() {
        List<Mention> found = annotate("He is best known for \"Daniel Harrow\", the novel he wrote in prison.");
        assertEquals(null, at(found, "Daniel Harrow"), found.toString());
    }

    @Test
    void wordsInCapitalsThatAreLabelsOrUnitsAreNoOrganisations() {
        List<Mention> found = annotate("CALL: 555 0199. The pitcher had six RBI and a GDP figure was out.");
        for (String s : List.of("CALL", "RBI", "GDP")) {
            assertFalse(found.stream().anyMatch(m -> m.text().equals(s)), s + " in " + found);
        }
    }

    @Test
    void aNameAfterACompanyNounIsAnOrganisation() {
        List<Mention> found = annotate("Shares rose after the mineral water firm Norvanta said profits doubled. Kestrel newspaper reported it.");
        assertType(found, "Norvanta", EntityType.ORG);
        assertType(found, "Kestrel", EntityType.ORG);
    }

    @Test
    void aGivenNameBeforeAPlaceThatIsAlsoANameIsAPerson() {
        List<Mention> found = annotate("Anthony Washington won the discus, and Washington said he was delighted.");
        assertType(found, "Anthony Washington", EntityType.PERSON);
        assertTrue(found.stream().noneMatch(m -> m.text().equals("Washington") && m.type() == EntityType.LOCATION), found.toString());
    }

    @Test
    void aRoleThatAsOftenNamesAFirmIsNoCue() {
        List<Mention> found = annotate("The price war began when rival Corvexa cut its prices again." + CONTEXT);
        assertTrue(found.stream().noneMatch(m -> m.text().equals("Corvexa") && m.type() == EntityType.PERSON),
                found.toString());
    }

    @Test
    void anEastAsianGivenNameKeepsItsHyphenatedSyllable() {
        List<Mention> found = annotate("The resignation of defence minister Kim Yong-hyun came late. Chen Chun-yeh told "
                + "the court he was innocent. Chen, a former officer, was jailed. The Li-led panel met.");
        assertType(found, "Kim Yong-hyun", EntityType.PERSON);
        assertType(found, "Chen Chun-yeh", EntityType.PERSON);
        assertType(found, "Chen", EntityType.PERSON); // the family name alone, later
        assertTrue(found.stream().noneMatch(m -> m.text().startsWith("Li-")), found.toString());
    }

    @Test
    void aPeopleNamedInThePluralIsANationalityNotAnOrganisation() {
        List<Mention> found = annotate("The Austrians and the Syrians met the Iraqis in Vienna on Monday.");
        for (String s : List.of("Austrians", "Syrians", "Iraqis")) {
            assertType(found, s, EntityType.NORP);
        }
    }

    @Test
    void aTownThatIsAlsoAGivenNameBeforeAPluralAfterTheIsATeam() {
        List<Mention> found = annotate("Juan Gonzalez homered twice as the Texas Rangers defeated the Cleveland Indians 5-3.");
        assertType(found, "Cleveland Indians", EntityType.ORG);
    }

    @Test
    void aGivenNameAfterTheIsNoPersonUnlessItQualifiesANoun() {
        List<Mention> found = annotate("The prize was given by the Lay Volunteers ' International Organisation. "
                + "Police asked whether it was linked with the Marc Dutroux case.");
        assertTrue(found.stream().noneMatch(m -> m.type() == EntityType.PERSON && m.text().startsWith("Lay")),
                found.toString());
        assertType(found, "Marc Dutroux", EntityType.PERSON);
    }

    @Test
    void aRoleOpeningTheSentenceIsNoPartOfTheName() {
        List<Mention> found = annotate("Retail sales rose in July. Economist Joel Naroff of a regional bank said the gain was small.");
        assertType(found, "Joel Naroff", EntityType.PERSON);
        assertTrue(found.stream().noneMatch(m -> m.text().startsWith("Economist")), found.toString());
    }

    @Test
    void aTitleAfterAPersonsFirstNamesIsTheSurname() {
        List<Mention> found = annotate("Prime Minister John Major says the union is safe. "
                + "\"We need her,\" U.S. captain Billie Jean King said at the draw.");
        assertType(found, "John Major", EntityType.PERSON);
        assertType(found, "Billie Jean King", EntityType.PERSON);
    }

    @Test
    void namesListedAfterFirmsIncludingAreOrganisations() {
        List<Mention> found = annotate("Multinational firms including Norvexo, Shellbay and Caltrino were attracted to the zone.");
        for (String s : List.of("Norvexo", "Shellbay", "Caltrino")) {
            assertType(found, s, EntityType.ORG);
        }
    }

    @Test
    void aListAfterAnOrganisationsHeadIsNoListOfOrganisations() {
        List<Mention> found = annotate("She now heads the Ministry of Business, Innovation and Employment in the capital.");
        assertTrue(found.stream().noneMatch(m -> m.text().equals("Innovation")), found.toString());
    }

    @Test
    void aWordBeforeNewsAgencyAndItsNameIsNoOrganisation() {
        List<Mention> found = annotate("The meeting was reported by the Merovian news agency Tavlo on Friday." + CONTEXT);
        assertTrue(found.stream().noneMatch(m -> m.text().equals("Merovian") && m.type() == EntityType.ORG),
                found.toString());
    }

    @Test
    void aWeekdayInCapitalsHeadingATableIsNoDateline() {
        List<Mention> found = annotate("BASEBALL - MAJOR LEAGUE STANDINGS .\nNEW YORK 1996-08-31\n"
                + "SATURDAY , AUGUST 31 SCHEDULE\nKANSAS CITY AT BOSTON\n");
        assertTrue(found.stream().noneMatch(m -> m.text().equals("SATURDAY") && m.type() == EntityType.LOCATION),
                found.toString());
    }

    @Test
    void aStatesAbbreviationElsewhereIsNoPlace() {
        List<Mention> found = annotate("Miss Ardley met the officials, and Ill health kept her away. "
                + "Sam Jones, Ill and weak, stayed at home." + CONTEXT);
        assertTrue(found.stream().noneMatch(m -> m.type() == EntityType.LOCATION
                && (m.text().startsWith("Miss") || m.text().startsWith("Ill"))), found.toString());
    }

    @Test
    void aShipIsNamedLikeAPersonButIsNone() {
        List<Mention> found = annotate("Some 79 planes were on the aircraft carrier Carl Vinson in the Gulf. The Carl Vinson "
                + "leads a battle group. The tanker Marta Kellin ran aground off the coast.");
        assertTrue(found.stream().noneMatch(m -> m.type() == EntityType.PERSON), found.toString());
    }

    @Test
    void aCompanysSuffixKeepsItsFullStopInsideTheSentence() {
        List<Mention> found = annotate("Analysts at Kelvar Banks Inc. in Ravenport said shares of Morvane Holdings Inc. rose. "
                + "They bought Tessal Corp.");
        assertType(found, "Kelvar Banks Inc.", EntityType.ORG);
        assertType(found, "Tessal Corp", EntityType.ORG); // the stop ends the text
    }

    @Test
    void aTitleAloneIsThePersonTheArticleNamedWithIt() {
        List<Mention> found = annotate("\"We need her,\" U.S. captain Billie Jean King said at the draw. Later, King said "
                + "the team was ready. The President said nothing. The King said nothing either.");
        assertType(found, "Billie Jean King", EntityType.PERSON);
        assertType(found, "King", EntityType.PERSON);
        assertTrue(found.stream().noneMatch(m -> m.text().equals("President")), found.toString());
        assertEquals(1, found.stream().filter(m -> m.text().equals("King")).count(), found.toString()); // not "The King"
    }

    @Test
    void aNameGuessedAsDifferentTypesInOneArticleTakesOne() {
        List<Mention> found = Annotator.standard().annotate("Kelvard Sound financed a power station\n\n"
                + "\"Nobody was consulted,\" said Olga Marten, a negotiator from Kelvard Sound. Officials in Kelvard Sound "
                + "extended the forecast.\n\nThe Corvano Analytica files leaked. Later Corvano Analytica kept the rest.", "en");
        assertTrue(found.stream().filter(m -> m.text().equals("Kelvard Sound")).allMatch(m -> m.type() == EntityType.LOCATION)
                && found.stream().filter(m -> m.text().equals("Kelvard Sound")).count() == 3, found.toString());
        assertTrue(found.stream().filter(m -> m.text().equals("Corvano Analytica")).allMatch(m -> m.type() == EntityType.ORG)
                && found.stream().filter(m -> m.text().equals("Corvano Analytica")).count() == 2, found.toString());
    }

    @Test
    void aShipsWordAfterAPersonLeavesThePerson() {
        List<Mention> found = annotate("John Hansen, the ship's captain, said the crew was safe. Peter Kovalenko, a former "
                + "tanker driver, agreed.");
        assertType(found, "John Hansen", EntityType.PERSON);
        assertType(found, "Peter Kovalenko", EntityType.PERSON);
    }

    @Test
    void aKoreanGivenNameAfterATitleKeepsItsSyllable() {
        List<Mention> found = annotate("Foreign Minister Kim Yong-hyun met President Kim Dae-jung on Monday.");
        assertType(found, "Kim Yong-hyun", EntityType.PERSON);
        assertType(found, "Kim Dae-jung", EntityType.PERSON);
    }

    @Test
    void aNameGuessedAsAPlaceAndAnOrganisationAsOftenIsTheOrganisation() {
        List<Mention> found = Annotator.standard().annotate("Officials in Corvano Analytica spoke.\n\n"
                + "The Corvano Analytica files leaked on Monday.", "en");
        assertTrue(found.stream().filter(m -> m.text().equals("Corvano Analytica")).allMatch(m -> m.type() == EntityType.ORG)
                && found.stream().filter(m -> m.text().equals("Corvano Analytica")).count() == 2, found.toString());
    }

    @Test
    void aTextEndingOnANameAfterARoleFillsItsTokenArraysSafely() throws Exception {
        // 126 one-char tokens and "midfielder Danuto": exactly the 128 tokens a fresh thread's buffers hold
        String text = "a,".repeat(63) + " midfielder Danuto";
        java.util.concurrent.atomic.AtomicReference<Object> result = new java.util.concurrent.atomic.AtomicReference<>();
        Thread fresh = new Thread(() -> {
            try {
                result.set(Annotator.standard().annotate(text, "en"));
            } catch (RuntimeException e) {
                result.set(e);
            }
        });
        fresh.start();
        fresh.join();
        assertTrue(result.get() instanceof List<?> found && found.size() == 1, String.valueOf(result.get()));
    }
}
