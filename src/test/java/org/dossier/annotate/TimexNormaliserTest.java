package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * TIMEX3 values of the DATE mentions the annotator finds, against a reference date. Each case
 * annotates the sentence, takes the DATE mention with the given text and normalises it.
 */
class TimexNormaliserTest {
    private static final Annotator ANNOTATOR = Annotator.standard();

    @ParameterizedTest(name = "{0} [{1}] @ {2} = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            The minister will visit Kabul on Sunday.                 | Sunday        | 2017-07-08 | 2017-07-09
            Rebels attacked the town on Sunday, officials said.      | Sunday        | 2017-07-08 | 2017-07-02
            The talks ended Saturday in Geneva.                      | Saturday      | 2017-07-08 | 2017-07-08
            The vote is scheduled for Tuesday.                       | Tuesday       | 2017-07-08 | 2017-07-11
            He said the convoy would arrive Monday.                  | Monday        | 2017-07-08 | 2017-07-10
            The court ruled last Tuesday against the plan.           | last Tuesday  | 2017-07-08 | 2017-07-04
            The summit opens next Friday in Brussels.                | next Friday   | 2017-07-08 | 2017-07-14
            Fighting broke out on Thursday night near the border.    | Thursday night | 2017-07-08 | 2017-07-06
            Police raided the camp on Friday morning.                | Friday morning | 2017-07-08 | 2017-07-07
            The rebels will attack tonight, a source said.           | tonight       | 2017-07-08 | 2017-07-08TNI
            The deadline is 9 a.m. Tuesday, the ministry said.       | 9 a.m. Tuesday | 2017-07-08 | 2017-07-11T09:00
            Prices rose sharply last year.                           | last year     | 2017-07-08 | 2016
            The agency will publish figures next month.              | next month    | 2017-07-08 | 2017-08
            Exports fell last month.                                 | last month    | 2017-01-10 | 2016-12
            The envoy met rebels this week.                          | this week     | 2017-07-08 | 2017-W27
            The envoy met rebels last week.                          | last week     | 2017-07-08 | 2017-W26
            Elections are due next year.                             | next year     | 2017-07-08 | 2018
            The plan was agreed this year.                           | this year     | 2017-07-08 | 2017
            The camp was shelled three days ago.                     | three days ago | 2017-07-08 | 2017-07-05
            The town fell two years ago.                             | two years ago | 2017-07-08 | 2015
            The ceasefire began a week ago.                          | a week ago    | 2017-07-08 | 2017-W26
            Sales rose in the third quarter of 2016.                 | third quarter of 2016 | 2017-07-08 | 2016-Q3
            Profits fell in the first quarter 2017.                  | first quarter 2017 | 2017-07-08 | 2017-Q1
            Profits fell last quarter.                               | last quarter  | 2017-07-08 | 2017-Q2
            The offensive began last summer.                         | last summer   | 2017-07-08 | 2016-SU
            The offensive began last summer.                         | last summer   | 2017-10-20 | 2017-SU
            The talks resume next spring.                            | next spring   | 2017-07-08 | 2018-SP
            The bridge was built last fall.                          | last fall     | 2017-04-02 | 2016-FA
            Aid arrives this winter.                                 | this winter   | 2017-10-20 | 2017-WI
            The city grew quickly in the 1990s.                      | 1990s         | 2017-07-08 | 199
            Growth slowed in the late 1990s.                         | late 1990s    | 2017-07-08 | 199
            The treaty was signed on March 3.                        | March 3       | 2017-07-08 | 2017-03-03
            The talks resume on Jan. 5.                              | Jan. 5        | 2017-12-20 | 2018-01-05
            The doctor was shot on Oct. 23, police said.             | Oct. 23       | 1999-05-06 | 1998-10-23
            The summit will be held in November.                     | November      | 2017-07-08 | 2017-11
            The law was passed in November.                          | November      | 2017-07-08 | 2016-11
            Parliament returns in August.                            | August        | 2017-07-08 | 2017-08
            The siege lasted two years.                              | two years     | 2017-07-08 | P2Y
            The fighting went on for several days.                   | several days  | 2017-07-08 | PXD
            Talks lasted 48 hours.                                   | 48 hours      | 2017-07-08 | PT48H
            Shops close for a week.                                  | a week        | 2017-07-08 | P1W
            Police were called yesterday.                            | yesterday     | 2017-07-08 | 2017-07-07
            The result is due tomorrow.                              | tomorrow      | 2017-07-08 | 2017-07-09
            Protesters gathered today in the square.                 | today         | 2017-07-08 | 2017-07-08
            Attacks have risen in recent weeks.                      | recent weeks  | 2017-07-08 | PAST_REF
            The shops reopened on Christmas Eve.                     | Christmas Eve | 2017-07-08 | 2016-12-24
            Crowds gathered on Thanksgiving Day.                     | Thanksgiving Day | 2017-11-20 | 2017-11-23
            The treaty was signed on July 08, 2017.                  | July 08, 2017 | 2020-01-01 | 2017-07-08
            The treaty was signed in July 2017.                      | July 2017     | 2020-01-01 | 2017-07
            The treaty was signed in 2011.                           | 2011          | 2020-01-01 | 2011
            The report is dated 2017-07-09.                          | 2017-07-09    | 2020-01-01 | 2017-07-09
            The case is heard in May in the appeals court.           | May           | 2017-03-01 | 2017-05
            The doctor was shot on the night of Friday, Oct. 23.     | Friday, Oct. 23 | 1998-11-21 | 1998-10-23
            Until Thursday, they had not called him a suspect.      | Thursday      | 1999-05-07 | 1999-05-06
            It was not until Tuesday that Castro revealed it.        | Tuesday       | 2000-03-30 | 2000-03-28
            Officials postponed until Tuesday any action.            | Tuesday       | 2000-03-30 | 2000-04-04
            Growth slowed earlier this year, the bank said.          | earlier this year | 2017-07-08 | 2017
            The envoy will return early next week.                   | early next week | 2017-07-08 | 2017-W28
            """)
    void valueOfTheDateMention(String sentence, String mention, String reference, String expected) {
        assertEquals(expected, valueOf(sentence, mention, LocalDate.parse(reference)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Flights to Christmas Island resumed.            | Christmas
            Theresa May spoke to reporters.                 | May
            He scored in the first quarter of the game.     | first quarter
            The Election Commission met on Monday.          | Election
            Labor leaders met on Monday.                    | Labor
            """)
    void wordsThatNameNoDateHereAreNoDate(String sentence, String word) {
        for (Mention m : ANNOTATOR.annotate(sentence)) {
            if (m.type() == EntityType.DATE) {
                assertTrue(!m.text().contains(word), m.text());
            }
        }
    }

    @Test
    void relativeDatesHaveNoValueWithoutAReference() {
        assertNull(valueOf("Prices rose sharply last year.", "last year", null));
        assertEquals("2011", valueOf("The treaty was signed in 2011.", "2011", null));
    }

    @Test
    void valuesAreIndexAlignedAndNullForOtherTypes() {
        String text = "Officials in Ankara said on Friday that talks resume next week.";
        List<Mention> mentions = ANNOTATOR.annotate(text);
        List<String> values = TimexNormaliser.values(text, mentions, LocalDate.of(2017, 7, 8));
        assertEquals(mentions.size(), values.size());
        for (int i = 0; i < mentions.size(); i++) {
            if (mentions.get(i).type() == EntityType.DATE) {
                assertNotNull(values.get(i), mentions.get(i).text());
            } else {
                assertNull(values.get(i), mentions.get(i).text());
            }
        }
        assertEquals(List.of("2017-07-07", "2017-W28"), values.stream().filter(v -> v != null).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'WASHINGTON, August 11 (Xinhua) --\\n\\nThe minister said on Tuesday…' | 1998-08-20 | 1998-08-11
            'LONGYEAR, Norway 1996-08-30\\n\\nA plane crashed.'                    |            | 1996-08-30
            'Posted July 08, 2017\\nThe minister spoke.'                           | 2020-01-01 | 2017-07-08
            'BEIJING, Dec. 30 (Xinhua) --\\nThe talks ended.'                      | 2000-01-02 | 1999-12-30
            'The minister spoke on Tuesday.\\nNothing else.'                       | 2017-07-08 | 2017-07-08
            'BEIJING, Dec. 30 (Xinhua) --\\nThe talks ended.'                      |            |
            """)
    void referenceIsTheDatelineOrElseTheArticleDate(String text, String articleDate, String expected) {
        LocalDate date = articleDate == null ? null : LocalDate.parse(articleDate);
        LocalDate ref = TimexNormaliser.reference(text.replace("\\n", "\n"), date);
        assertEquals(expected == null ? null : LocalDate.parse(expected), ref);
    }

    @Test
    void aLongFirstLineIsNoDateline() {
        String text = "The minister, who spoke to reporters in the capital for more than an hour on July 3, 2017, "
                + "said the talks would go on.\n";
        assertEquals(LocalDate.of(2017, 7, 20), TimexNormaliser.reference(text, LocalDate.of(2017, 7, 20)));
    }

    @Test
    void datelineGivesTheReferenceForRelativeDates() {
        String text = "WASHINGTON, August 11 (Xinhua) --\n\nThe secretary of state said on Monday that talks went well.";
        LocalDate ref = TimexNormaliser.reference(text, LocalDate.of(1998, 8, 20));
        Mention monday = dateMention(text, "Monday");
        assertEquals("1998-08-10", TimexNormaliser.value(text, monday, ref));
    }

    private static String valueOf(String sentence, String mention, LocalDate reference) {
        return TimexNormaliser.value(sentence, dateMention(sentence, mention), reference);
    }

    private static Mention dateMention(String text, String mention) {
        return ANNOTATOR.annotate(text).stream()
                .filter(m -> m.type() == EntityType.DATE && m.text().equals(mention))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no DATE mention \"" + mention + "\" in: "
                        + ANNOTATOR.annotate(text)));
    }
}
