package org.dossier.article.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each metadata source, best first, on a small page of its own (src/test/resources/articles/html/metadata). */
class MetadataReaderTest {
    private static final Path DIR = Path.of("src/test/resources/articles/html/metadata");

    private static PageMetadata read(String fixture) throws IOException {
        return PageExtractor.extract(Files.readString(DIR.resolve(fixture))).metadata();
    }

    private static PageMetadata readHtml(String html) {
        return MetadataReader.read(Jsoup.parse(html));
    }

    @Test
    void jsonLdInAGraphGivesHeadlineAuthorsDatesPublisherAndAddress() throws IOException {
        PageMetadata m = read("json-ld.html");
        assertEquals("River states agree to share the Karun", m.title());
        assertEquals("Mara Voss, Idris Kell", m.byline());
        assertEquals("2017-11-16T14:15Z", m.published(), "+0000 is UTC, as precise as written");
        assertEquals(LocalDate.of(2017, 11, 16), m.date());
        assertEquals("2017-11-17T09:00Z", m.modified());
        assertEquals("Ardan Herald", m.site());
        assertEquals("https://herald.example/world/karun-deal", m.url());
        assertEquals("Three states end two years of talks.", m.description());
        assertEquals("en", m.lang(), "en-GB: the primary language tag");
    }

    @Test
    void openGraphAndArticleMetaTags() throws IOException {
        PageMetadata m = read("meta-tags.html");
        assertEquals("Accord sur le Karun", m.title());
        assertEquals("Le Courrier d'Ardan", m.site());
        assertEquals("Mara Voss", m.byline(), "article:author is a profile address, not a name");
        assertEquals("2019-01-03T07:00:02Z", m.published());
        assertEquals("2019-01-04T10:30+01:00", m.modified());
        assertEquals("https://courrier.example/monde/accord-karun", m.url());
        assertEquals("Trois États s'entendent sur le partage de l'eau.", m.description());
        assertEquals("fr", m.lang(), "from the content-language header a saved page keeps");
    }

    @Test
    void microdataGivesAuthorAndDateWithAColonlessOffset() throws IOException {
        PageMetadata m = read("microdata.html");
        assertEquals("Mara Voss", m.byline());
        assertEquals("2017-11-16T14:15Z", m.published(), "itemprop=datePublished 2017-11-16T14:15+0000");
        assertEquals("https://herald.example/2017/11/16/karun-deal", m.url(), "the canonical link");
    }

    @Test
    void timeElementNamedAsThePublicationTimeNotARelatedStorysTime() throws IOException {
        PageMetadata m = read("time-element.html");
        assertEquals("2018-03-05T08:00-05:00", m.published());
        assertEquals(LocalDate.of(2018, 3, 5), m.date(), "the date as written, not shifted to UTC");
    }

    @Test
    void dateInTheAddressTheBrowserSavedThePageFrom() throws IOException {
        PageMetadata m = read("url-date.html");
        assertEquals("https://herald.example/world/2016/07/08/karun-talks-resume", m.url());
        assertEquals("2016-07-08", m.published());
    }

    @Test
    void datelineInTheTextWhenThePageSaysNothingElse() throws IOException {
        org.dossier.article.Article a = org.dossier.article.ArticleReader.read(DIR.resolve("dateline.html"));
        assertEquals(LocalDate.of(2017, 7, 8), a.date());
        assertEquals("2017-07-08", a.meta().published());
    }

    @Test
    void siteWideDefaultTitleLosesToTheHeadlineTheTitleAndH1AgreeOn() throws IOException {
        assertEquals("Satellite breaks up over Tuva after launch", read("site-default-title.html").title());
    }

    @ParameterizedTest(name = "{0} / site {1} -> {2}")
    @CsvSource(delimiter = ';', textBlock = """
            Obama admits US gun laws are his 'biggest frustration' - BBC News; BBC News; Obama admits US gun laws are his 'biggest frustration'
            Accord sur le Karun | Le Courrier d'Ardan; Le Courrier d'Ardan; Accord sur le Karun
            Zuckerberg offers peek at acquisition strategies - CNET; CNET; Zuckerberg offers peek at acquisition strategies
            The Ardan Herald | River states agree; The Ardan Herald; River states agree
            'What is the sea telling us?': whale strandings | Eleanor Ainge Roy; the Guardian; 'What is the sea telling us?': whale strandings | Eleanor Ainge Roy
            Lupita's Oscar Dress -- STOLEN!!! | TMZ.com; tmz.com; Lupita's Oscar Dress -- STOLEN!!!
            """)
    void siteNameIsCutFromTheTitleOnlyWhenItIsTheSites(String ogTitle, String site, String expected) {
        String html = "<html><head><meta property='og:title' content=\"" + ogTitle.replace("\"", "&quot;")
                + "\"><meta property='og:site_name' content=\"" + site + "\"></head><body></body></html>";
        assertEquals(expected, readHtml(html).title());
    }

    @ParameterizedTest(name = "<title>{0}</title> -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            United States to Lift Sudan Sanctions - The New York Times; United States to Lift Sudan Sanctions
            Just-released Minecraft exploit makes it easy to crash game servers | Ars Technica; Just-released Minecraft exploit makes it easy to crash game servers
            Home | Ardan; Home | Ardan
            """)
    void bareTitleIsCutAtItsLastSeparatorAsReadabilityDoes(String title, String expected) {
        assertEquals(expected, readHtml("<html><head><title>" + title + "</title></head><body></body></html>").title());
    }

    @Test
    void doubleEscapedMetaValuesAreUnescaped() {
        PageMetadata m = readHtml("<html><head><meta property='og:title' content='Tom &amp;amp; Jerry &amp;quot;live&amp;quot;'>"
                + "</head><body></body></html>");
        assertEquals("Tom & Jerry \"live\"", m.title());
    }

    @Test
    void bylineThatIsOnlyTheSiteSaysNothingAboutTheAuthor() {
        PageMetadata m = readHtml("<html><head><meta name='author' content='BBC News'>"
                + "<meta property='og:site_name' content='BBC News'></head><body></body></html>");
        assertEquals("", m.byline());
        assertEquals("BBC News", m.site());
    }

    @Test
    void brokenJsonLdIsSkipped() {
        PageMetadata m = readHtml("<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": </script>"
                + "<meta property='og:title' content='From Open Graph'></head><body></body></html>");
        assertEquals("From Open Graph", m.title());
        assertNull(m.date());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            2017-11-16T14:15+0000; 2017-11-16T14:15Z
            2015-07-24T05:36:09+01:00; 2015-07-24T05:36:09+01:00
            2019-01-03T07:00:02.000Z; 2019-01-03T07:00:02Z
            2021-11-01T10:52:50+0100; 2021-11-01T10:52:50+01:00
            2018-03-05 08:00; 2018-03-05T08:00
            20171116; 2017-11-16
            2017-11-16; 2017-11-16
            'Thu, 16 Nov 2017 14:15:00 GMT'; 2017-11-16T14:15Z
            'November 16, 2017'; 2017-11-16
            """)
    void metadataDatesBecomeIsoAsPreciseAsWritten(String raw, String iso) {
        assertEquals(iso, IsoDates.parse(raw).iso());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            0001-01-01T00:00:00Z
            yesterday
            2017-13-45
            """)
    void thingsThatAreNotDatesAreNot(String raw) {
        assertNull(IsoDates.parse(raw));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            https://herald.example/2017/11/16/karun; 2017-11-16
            https://herald.example/news/2017-11-16-karun-deal; 2017-11-16
            https://herald.example/20171116/karun; 2017-11-16
            """)
    void datesInAddresses(String url, String iso) {
        assertEquals(iso, IsoDates.fromUrl(url).iso());
    }
}
