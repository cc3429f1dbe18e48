package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates that lean on the date the text named before them: their spans as the annotator finds them,
 * and their values through {@link TimexNormaliser#values}, the path {@code annotate} and the library
 * index take.
 */
class TimexAnaphoraTest {
    private static final Annotator ANNOTATOR = Annotator.standard();
    private static final LocalDate REFERENCE = LocalDate.of(1999, 10, 25);

    /** Each DATE mention's text to its value, in text order (texts here are distinct). */
    private static Map<String, String> dates(String text, LocalDate reference) {
        List<Mention> mentions = ANNOTATOR.annotate(text);
        List<String> values = TimexNormaliser.values(text, mentions, reference);
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            if (mentions.get(i).type() == EntityType.DATE) {
                out.put(mentions.get(i).text(), values.get(i));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} → [{1}] = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The doctor was killed on Oct. 23, 1998. Earlier that day, the family sent a fax.   | Earlier that day | 1998-10-23
            Munero fled to Florida in June 1998 and returned later that year.                  | later that year  | 1998
            The bomb went off on March 3, 1999. Police arrived the next day.                   | next day         | 1999-03-04
            The bomb went off on March 3, 1999. Two days later, police made an arrest.        | Two days later   | 1999-03-05
            The bomb went off on March 3, 1999. Two days earlier, he had been warned.         | Two days earlier | 1999-03-01
            The bomb went off on March 3, 1999. The following week, talks resumed.             | following week   | 1999-W10
            The bomb went off on March 3, 1999. The previous day was quiet.                    | previous day     | 1999-03-02
            The bomb went off on March 3, 1999. On the same day, he resigned.                  | same day         | 1999-03-03
            The bomb went off on March 3, 1999. That same day, he resigned.                    | That same day    | 1999-03-03
            The war ended in 1945. That year, the city was rebuilt.                            | That year        | 1945
            The site went down in October 1998. It was crossed out that same day.             | that same day    | 1998-10-XX
            The summit is held on April 24 and 25 in Washington.                               | 25               | 1999-04-25
            """)
    void leansOnTheDateBefore(String text, String mention, String expected) {
        Map<String, String> dates = dates(text, REFERENCE);
        assertEquals(expected, dates.get(mention), dates.toString());
    }

    @Test
    void withoutADateBeforeTheyCountFromTheArticleOrHaveNoValue() {
        // "two days later" with nothing before it: two days after the article's date
        assertEquals("1999-10-27", dates("Two days later, police made an arrest.", REFERENCE).get("Two days later"));
        // "that day" names a day it cannot find: no value rather than a guess
        Map<String, String> dates = dates("He never forgot that day.", REFERENCE);
        assertEquals(List.of("that day"), new ArrayList<>(dates.keySet()));
        assertNull(dates.get("that day"));
        // a year is too coarse for "that day"
        assertNull(dates("The war ended in 1945. Few remember that day.", REFERENCE).get("that day"));
    }

    @Test
    void nextWeekAndLastMonthStayWithTheArticleDate() {
        Map<String, String> dates = dates("The bomb went off on March 3, 1999. Talks resume next week.", REFERENCE);
        assertEquals("1999-W44", dates.get("next week"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Officials said that Friday's vote was delayed.          | Friday
            The minister began that week-long visit in Paris.       |
            The prices that fall sharply are those of food.         |
            He rose 3 and 4 places in the two polls.                |
            """)
    void thatIsOftenNoDate(String text, String onlyDate) {
        List<String> dates = new ArrayList<>(dates(text, REFERENCE).keySet());
        assertEquals(onlyDate == null ? List.of() : List.of(onlyDate), dates);
    }
}
