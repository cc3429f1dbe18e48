package org.dossier.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Small files written by hand the way mail clients, browsers and news sites write them (src/test/resources/formats). */
class RealWorldShapedFilesTest {
    static final Path FORMATS = Path.of("src/test/resources/formats");

    @Test
    void anRss2FeedFromANewsSite() {
        List<Article> items = ArticleReader.readAll(FORMATS.resolve("ceasefire-wire.rss"));
        assertEquals(2, items.size());
        Article first = items.get(0);
        assertEquals("Ceasefire in southwest Syria takes hold, monitors say", first.title());
        assertEquals("Rania Haddad", first.source());
        assertEquals(LocalDate.of(2017, 7, 9), first.date());
        assertEquals("Levant Wire — Middle East", first.structure().group());
        assertTrue(first.text().startsWith("A ceasefire brokered by Russia, the United States and Jordan"), first.text());
        assertTrue(first.text().contains("“It is calm for now,” a resident of Daraa told Levant Wire by telephone."), first.text());
        assertFalse(first.text().contains("Share"), "page furniture in the content is dropped like a page's");
        Article second = items.get(1);
        assertEquals("Levant Wire staff", second.source());
        assertEquals(LocalDate.of(2017, 7, 7), second.date());
    }

    @Test
    void anAtomFeedWithHtmlTitleAndContent() {
        List<Article> items = ArticleReader.readAll(FORMATS.resolve("analysis.atom"));
        assertEquals(1, items.size());
        Article a = items.get(0);
        assertEquals("Astana talks: what the de-escalation zones mean", a.title());
        assertEquals("Marta Keller", a.source());
        assertEquals("2017-07-10T08:30:00+02:00", a.meta().published());
        assertEquals(List.of(Article.Block.Kind.HEADING, Article.Block.Kind.PARAGRAPH, Article.Block.Kind.QUOTE),
                a.blocks().stream().map(Article.Block::kind).toList());
    }

    @Test
    void aMessageWithAlternativesAQuotedOriginalAndAnAttachment() {
        List<Article> all = ArticleReader.readAll(FORMATS.resolve("briefing.eml"));
        assertEquals(List.of("briefing.eml", "briefing.eml#1"), all.stream().map(Article::id).toList());
        Article m = all.get(0);
        assertEquals("Minutes – monitoring call", m.title());
        assertEquals("Claire Dubois", m.source());
        assertEquals(LocalDate.of(2017, 7, 11), m.date());
        assertEquals(List.of("minutes.txt", "signature.png"), m.structure().attachments());
        assertTrue(m.text().startsWith("Colleagues,\n\nMinutes of this morning's call are attached. In short: the monitoring "
                + "mechanism for the southwest ceasefire will be based in Amman, and the first report is due on Friday."), m.text());
        List<String> quoted = m.blocks().stream().filter(b -> b.kind() == Article.Block.Kind.QUOTE)
                .map(b -> m.text().substring(b.start(), b.end())).toList();
        assertEquals("-----Original Message-----", quoted.get(0));
        assertTrue(quoted.contains("Can we hold the call at 9:00 tomorrow?"), quoted.toString());
        Article minutes = all.get(1);
        assertEquals("Minutes, 11 July 2017", minutes.title());
        assertEquals(LocalDate.of(2017, 7, 11), minutes.date());
        assertEquals("attachment", minutes.kind());
        assertEquals("Minutes – monitoring call", minutes.structure().group());
    }

    @Test
    void aChromeSingleFilePageReadsItsHtmlPartOnly() {
        Article page = ArticleReader.read(FORMATS.resolve("saved-article.mhtml"));
        assertFalse(page.isBroken(), page.problem());
        assertEquals("mhtml", page.kind());
        assertEquals("Talks in Geneva resume", page.title().replace(" | The Northern Ledger", ""));
        assertEquals(LocalDate.of(2017, 7, 11), page.date());
        assertTrue(page.text().contains("for a seventh round of talks under the auspices of the United Nations envoy"), page.text());
        assertTrue(page.text().contains("The Palais des Nations in Geneva."), page.text());
        assertFalse(page.text().contains("Related:"), page.text());
        assertFalse(page.text().contains("font-family"), "the style sheet part is not text");
    }
}
