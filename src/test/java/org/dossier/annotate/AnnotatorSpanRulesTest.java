package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The span rules of the annotation guide, each on a sentence written for this test. */
class AnnotatorSpanRulesTest {
    private final Annotator annotator = Annotator.standard();

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Observers welcomed the UN-brokered truce in Yemen.                 | UN                | ORG
            Kurdish-led fighters advanced along the river.                     | Kurdish           | NORP
            A US-led coalition struck targets near the border.                 | US                | LOCATION
            Residents described an anti-Daesh offensive in the east.           | Daesh             | ORG
            Aid groups began planning for post-IS reconstruction.              | IS                | ORG
            Officials in Washington's embassy declined to comment.             | Washington        | LOCATION
            The talks were reported by the AFP on Tuesday.                     | AFP               | ORG
            Fighting resumed in southern Lebanon overnight.                    | Lebanon           | LOCATION
            Troops left the Islamic State stronghold last week.                | Islamic State     | ORG
            The truce starts on Sunday at noon local time.                     | Sunday at noon    | DATE
            The offensive began in late September after heavy rain.            | late September    | DATE
            The agreement was signed on July 08, 2017 in the capital.          | July 08, 2017     | DATE
            Prices have fallen in recent weeks across the region.              | recent weeks      | DATE
            Exports doubled last month according to the ministry.              | last month        | DATE
            The fighting has displaced over 40,000 people this year.           | 40,000 people     | QUANTITY
            The province has a population of some 12 million.                 | 12 million        | QUANTITY
            Negotiators proposed five demilitarised zones along the front.     | five demilitarised zones | QUANTITY
            Delegates from 23 countries attended the summit.                   | 23 countries      | QUANTITY
            Ministers met in Ankara to discuss trade.                          | Ankara            | LOCATION
            The Egyptian delegation arrived late.                              | Egyptian          | NORP
            The Security Council met after President Emmanuel Macron spoke.    | Emmanuel Macron   | PERSON
            Analysts say Foreign Minister Sergei Lavrov will attend.           | Sergei Lavrov     | PERSON
            Mr McAllister told reporters the plan was sound.                   | McAllister        | PERSON
            The UN Security Council will vote on Monday.                       | UN Security Council | ORG
            The Nigerian Democratic Forces denied the report.                  | Nigerian Democratic Forces | ORG
            A spokesman for the Interior Ministry gave no figures.             | Interior Ministry | ORG
            Negotiations in Astana continued into the night.                   | Astana            | LOCATION
            NAIROBI (AFP) - Heavy rain closed schools on Monday.               | NAIROBI           | LOCATION
            Mr. Okafor's office confirmed the visit.                           | Okafor            | PERSON
            """)
    void findsTheSpanTheGuidePrescribes(String sentence, String expected, EntityType type) {
        List<Mention> mentions = annotator.annotate(sentence);
        assertTrue(mentions.stream().anyMatch(m -> m.text().equals(expected) && m.type() == type),
                () -> "expected " + type + " '" + expected + "' in " + describe(mentions));
    }

    @ParameterizedTest(name = "{0} has no {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Secretary of State                                         | Secretary of State
            The Prime Minister arrived; the Prime Minister spoke.      | Prime Minister
            US Defence Secretary Mark Hollis visited the troops.       | Defence Secretary Mark Hollis
            President Bashar al-Assad spoke.                           | President Bashar al-Assad
            The group took a fourth town.                              | fourth town
            Nearly half of the population fled.                        | half
            Prices rose over 300 percent.                              | over 300 percent
            """)
    void leavesTitlesApproximatorsAndOrdinalsOut(String sentence, String unexpected) {
        List<Mention> mentions = annotator.annotate(sentence);
        assertTrue(mentions.stream().noneMatch(m -> m.text().equals(unexpected)),
                () -> "did not expect '" + unexpected + "' in " + describe(mentions));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SYRIA TALKS OPEN IN GENEVA AS RUSSIA PRESSES FOR DEAL    | GENEVA
            MOSCOW 1996-08-30                                        | MOSCOW
            """)
    void findsPlacesInHeadlinesWrittenInCapitals(String headline, String place) {
        List<Mention> mentions = annotator.annotate(headline);
        assertTrue(mentions.stream().anyMatch(m -> m.text().equals(place) && m.type() == EntityType.LOCATION),
                () -> describe(mentions));
        assertTrue(mentions.stream().noneMatch(m -> m.text().equals("AS") || m.text().equals("FOR")),
                () -> describe(mentions));
    }

    static String describe(List<Mention> mentions) {
        return mentions.stream().map(m -> m.type() + " '" + m.text() + "'").collect(Collectors.joining(", ", "[", "]"));
    }
}
