package org.dossier.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Wed, 02 Oct 2002 13:00:00 GMT      | 2002-10-02 | 2002-10-02T13:00Z
            Wed, 02 Oct 2002 08:00:00 EST      | 2002-10-02 | 2002-10-02T08:00-05:00
            2 Oct 2002 23:59 +0200             | 2002-10-02 | 2002-10-02T23:59+02:00
            Sat, 8 Jul 17 23:30:00 -0400       | 2017-07-08 | 2017-07-08T23:30-04:00
            Thu, 01 January 2009 10:00:00 PST  | 2009-01-01 | 2009-01-01T10:00-08:00
            02 Oct 2002                        | 2002-10-02 | 2002-10-02
            2003-12-13T18:30:02Z               | 2003-12-13 | 2003-12-13T18:30:02Z
            2003-12-13T18:30:02.25+01:00       | 2003-12-13 | 2003-12-13T18:30:02.25+01:00
            2003-12-13T18:30+01:00             | 2003-12-13 | 2003-12-13T18:30+01:00
            2003-12-13                         | 2003-12-13 | 2003-12-13
            """)
    void feedAndMailDatesAreReadAsWritten(String value, String date, String iso) {
        Timestamps.Stamp s = Timestamps.parse(value);
        assertEquals(date, s.date().toString());
        assertEquals(iso, s.iso());
    }

    @ParameterizedTest
    @CsvSource({"yesterday", "'Mon, 45 Foo 2002'", "''"})
    void somethingThatIsNoDateGivesNone(String value) {
        assertNull(Timestamps.parse(value));
    }
}
