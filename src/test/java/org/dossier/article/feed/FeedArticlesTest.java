package org.dossier.article.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.dossier.article.Article;
import org.dossier.article.ArticleReader;

class FeedArticlesTest {
    @TempDir
    Path dir;

    private List<Article> read(String name, String xml) throws IOException {
        return ArticleReader.readAll(Files.writeString(dir.resolve(name), xml));
    }

    @Test
    void rss2ItemsAreArticlesInFileOrderWithSanitizedContent() throws IOException {
        List<Article> items = read("news.rss", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel>
                  <title>Harbour Times</title><link>https://example.org/</link><language>en-gb</language>
                  <item>
                    <title>Port reopens after four months</title>
                    <link>https://example.org/port</link>
                    <pubDate>Sat, 08 Jul 2017 23:30:00 -0400</pubDate>
                    <dc:creator>Jo Bloggs</dc:creator>
                    <description>Short summary.</description>
                    <content:encoded><![CDATA[<p>The port <b>reopened</b> on Saturday.</p><script>alert(1)</script><p>Ships queued.</p>]]></content:encoded>
                  </item>
                  <item>
                    <title>Grain deal &amp; tariffs</title>
                    <pubDate>Mon, 10 Jul 17 08:00 GMT</pubDate>
                    <description>&lt;p&gt;Talks &lt;i&gt;resumed&lt;/i&gt;.&lt;/p&gt;</description>
                  </item>
                </channel></rss>
                """);
        assertEquals(2, items.size());
        Article first = items.get(0);
        assertEquals("news.rss#1", first.id());
        assertEquals(Article.Format.FEED_ITEM, first.format());
        assertEquals("feed-item", first.kind());
        assertEquals("Port reopens after four months", first.title());
        assertEquals(LocalDate.of(2017, 7, 8), first.date());
        assertEquals("2017-07-08T23:30-04:00", first.meta().published());
        assertEquals("Jo Bloggs", first.source());
        assertEquals("https://example.org/port", first.meta().url());
        assertEquals("Harbour Times", first.meta().site());
        assertEquals("en", first.meta().lang());
        assertEquals("The port reopened on Saturday.\n\nShips queued.", first.text());
        assertEquals(new Article.Structure(1, "Harbour Times", List.of(), List.of()), first.structure());

        Article second = items.get(1);
        assertEquals("news.rss#2", second.id());
        assertEquals("Grain deal & tariffs", second.title());
        assertEquals(LocalDate.of(2017, 7, 10), second.date());
        assertEquals("Harbour Times", second.source());
        assertEquals("Talks resumed.", second.text());
        assertEquals(1, second.inlines().size());
    }

    @Test
    void atomEntriesWithXhtmlContentAndPeople() throws IOException {
        List<Article> items = read("feed.atom", """
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title type="html">Ceasefire &lt;em&gt;Watch&lt;/em&gt;</title>
                  <updated>2018-01-02T10:00:00Z</updated>
                  <entry>
                    <title>Talks resume in Geneva</title>
                    <link rel="alternate" href="https://example.org/geneva"/>
                    <link rel="edit" href="https://example.org/edit/1"/>
                    <id>urn:uuid:1</id>
                    <published>2018-01-02T09:15:00+01:00</published>
                    <author><name>Anne Barnard</name><email>anne@example.org</email></author>
                    <summary>Both sides met.</summary>
                    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Both sides met on <strong>Monday</strong>.</p></div></content>
                  </entry>
                  <entry>
                    <title type="text">Plain entry</title>
                    <updated>2018-01-03</updated>
                    <content type="text">Line one.

                Line two.</content>
                    <content src="https://example.org/never-fetched"/>
                  </entry>
                </feed>
                """);
        assertEquals(2, items.size());
        Article a = items.get(0);
        assertEquals("Talks resume in Geneva", a.title());
        assertEquals("Anne Barnard", a.source());
        assertEquals("https://example.org/geneva", a.meta().url());
        assertEquals(LocalDate.of(2018, 1, 2), a.date());
        assertEquals("Both sides met on Monday.", a.text());
        assertEquals("Ceasefire Watch", a.structure().group());
        Article b = items.get(1);
        assertEquals("Line one.\n\nLine two.", b.text());
        assertEquals(LocalDate.of(2018, 1, 3), b.date());
    }

    @Test
    void rss1RdfItemsAreSiblingsOfTheChannel() throws IOException {
        List<Article> items = read("digest.xml", """
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://example.org/"><title>Weekly Digest</title>
                    <items><rdf:Seq><rdf:li resource="https://example.org/a"/></rdf:Seq></items></channel>
                  <item rdf:about="https://example.org/a"><title>Water agreement</title><link>https://example.org/a</link>
                    <dc:date>2016-05-04</dc:date><description>The river will be shared.</description></item>
                </rdf:RDF>
                """);
        assertEquals(1, items.size());
        assertEquals("digest.xml#1", items.get(0).id());
        assertEquals("Weekly Digest", items.get(0).structure().group());
        assertEquals(LocalDate.of(2016, 5, 4), items.get(0).date());
        assertEquals("The river will be shared.", items.get(0).text());
    }

    @Test
    void oldRssUsesHtmlEntitiesThroughNetscapesDtdWhichIsNeverFetched() throws IOException {
        List<Article> items = read("old.rss", """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://127.0.0.1:9/rss-0.91.dtd">
                <rss version="0.91"><channel><title>Caf&eacute; News</title>
                <item><title>Cr&egrave;me br&ucirc;l&eacute;e</title><description>Dessert &amp; more.</description></item>
                </channel></rss>
                """);
        assertEquals(1, items.size());
        assertEquals("Crème brûlée", items.get(0).title());
        assertEquals("Café News", items.get(0).structure().group());
        assertEquals("Dessert & more.", items.get(0).text());
    }

    @Test
    @Timeout(10)
    void aBillionLaughsIsNeverExpanded() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        List<Article> items = read("bomb.rss", "<?xml version=\"1.0\"?>" + dtd
                + "<rss version=\"2.0\"><channel><title>Bomb</title><item><title>Item &lol9;</title>"
                + "<description>Text &lol9; here.</description></item></channel></rss>");
        assertEquals(1, items.size());
        Article a = items.get(0);
        assertFalse(a.isBroken(), a.problem());
        assertEquals("Item", a.title());
        assertEquals("Text  here.", a.text().replace("Text here.", "Text  here."));
        assertTrue(a.warnings().get(0).contains("not expanded"), a.warnings().toString());
    }

    @Test
    void externalEntitiesAreNeverResolvedNorFetched() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "<!ENTITY remote \"FETCHED\">".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            List<Article> items = read("xxe.rss", "<?xml version=\"1.0\"?>"
                    + "<!DOCTYPE rss SYSTEM \"" + url + "doctype.dtd\" [<!ENTITY file SYSTEM \"" + secret.toUri() + "\">"
                    + "<!ENTITY web SYSTEM \"" + url + "entity\"><!ENTITY % p SYSTEM \"" + url + "param\"> %p;]>"
                    + "<rss version=\"2.0\"><channel><title>X</title><item><title>Leak</title>"
                    + "<description>[&file;][&web;][&remote;]</description></item></channel></rss>");
            assertEquals(1, items.size());
            assertFalse(items.get(0).text().contains("SECRET"), items.get(0).text());
            assertFalse(items.get(0).text().contains("FETCHED"), items.get(0).text());
            assertEquals(0, requests.get());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void xmlThatBreaksOffKeepsTheItemsBeforeTheBreak() throws IOException {
        List<Article> items = read("cut.rss", "<rss version=\"2.0\"><channel><title>Cut</title>"
                + "<item><title>One</title><description>First.</description></item>"
                + "<item><title>Two</title><description>Second.</description></item>"
                + "<item><title>Three</title><descr");
        assertEquals(2, items.size());
        assertTrue(items.get(0).warnings().get(0).startsWith("The feed's XML is damaged after item 2"), items.get(0).warnings().toString());
    }

    @Test
    void brokenXmlBeforeAnyItemIsListedWithTheReason() throws IOException {
        List<Article> items = read("broken.rss", "<rss version=\"2.0\"><channel><title>Oops</titel></channel></rss>");
        assertEquals(1, items.size());
        Article a = items.get(0);
        assertEquals("broken.rss", a.id());
        assertEquals("feed", a.kind());
        assertTrue(a.isBroken());
        assertTrue(a.problem().startsWith("The feed's XML is damaged before its first item (line 1"), a.problem());
    }

    @Test
    void aFeedWithoutItemsAndANonFeedAreListedWithTheReason() throws IOException {
        assertEquals("The feed has no items.", read("empty.rss", "<rss><channel><title>E</title></channel></rss>").get(0).problem());
        assertEquals("Not a feed: its root element is <html>.", read("page.rss", "<html><body/></html>").get(0).problem());
    }

    @Test
    void anXmlFileIsAFeedOnlyWhenItsRootSaysSo() throws IOException {
        assertTrue(FeedArticles.isFeed(Files.writeString(dir.resolve("a.xml"), "<?xml version='1.0'?>\n<!-- c --><rss/>")));
        assertTrue(FeedArticles.isFeed(Files.writeString(dir.resolve("b.xml"), "<feed xmlns='http://www.w3.org/2005/Atom'/>")));
        assertTrue(FeedArticles.isFeed(Files.writeString(dir.resolve("c.xml"),
                "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'/>")));
        assertFalse(FeedArticles.isFeed(Files.writeString(dir.resolve("d.xml"), "<project><modelVersion/></project>")));
        assertFalse(FeedArticles.isFeed(Files.writeString(dir.resolve("e.xml"), "not xml")));
    }

    @Test
    void aHeadlineOnlyItemIsReadableAndAReadPartPicksItsItem() throws IOException {
        Path f = Files.writeString(dir.resolve("h.rss"), "<rss><channel><title>H</title>"
                + "<item><title>Only a headline</title></item><item><title>Second</title><description>Body.</description></item>"
                + "</channel></rss>");
        assertEquals("Only a headline", ArticleReader.read(f, "h.rss#1").text());
        assertEquals("Body.", ArticleReader.read(f, "h.rss#2").text());
        assertTrue(ArticleReader.read(f, "h.rss#3").isBroken());
        assertTrue(ArticleReader.read(f, "h.rss").problem().contains("h.rss#1 to h.rss#2"));
        assertNull(ArticleReader.read(f, "h.rss#2").date());
    }
}
