package org.dossier.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.dossier.article.Article;
import org.dossier.article.ArticleLibrary;
import org.dossier.article.ArticleReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15: search finds word forms by the article's language, and quotes still ask for exactly what is written. */
class WordFormSearchTest {
    @TempDir
    Path tmp;
    private Path folder;
    private SearchIndex index;

    @BeforeEach
    void setUp() throws IOException {
        folder = Files.createDirectories(tmp.resolve("articles"));
        write("sanctions.txt", """
                Sanctions on Valdoria widened

                Posted March 03, 2021

                The ministers agreed further measures against the regime on Monday.
                """);
        write("whales.txt", """
                Survey counts the fjord's animals

                Posted April 12, 2021

                Researchers counted forty whales near the harbour this spring.
                """);
        write("haeuser.html", """
                <html lang="de"><head><title>Neue Wohnungen in Emmerich</title></head><body><article>
                <h1>Neue Wohnungen in Emmerich</h1><p>Die Stadt baut am Hafen zweihundert neue Häuser für Familien.</p>
                </article></body></html>
                """);
        write("haeuser-en.html", """
                <html lang="en"><head><title>A German word in English</title></head><body><article>
                <h1>A German word in English</h1><p>The guide explains that Häuser is the plural of a German noun.</p>
                </article></body></html>
                """);
        index = SearchIndex.open(folder, tmp.resolve("index"), EntityTagger.NONE);
        index.sync(new ArticleLibrary(folder));
    }

    @AfterEach
    void tearDown() throws IOException {
        index.close();
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(folder.resolve(name), content);
    }

    private Set<String> ids(String query) throws Exception {
        return Set.copyOf(index.search(SearchQuery.of(query), 10).stream().map(SearchHit::id).toList());
    }

    private List<String> marked(String file, String query) throws Exception {
        Article a = ArticleReader.read(folder.resolve(file), file);
        return index.hitOffsets(a, SearchQuery.of(query)).stream().map(o -> a.text().substring(o[0], o[1])).toList();
    }

    @Test
    void aWordFindsItsEnglishWordForms() throws Exception {
        assertEquals(Set.of("sanctions.txt"), ids("sanction"), "a headline saying Sanctions");
        assertEquals(Set.of("whales.txt"), ids("whale"));
        assertEquals(Set.of("whales.txt"), ids("whales counting"), "counted and counts are forms of counting");
    }

    @Test
    void quotesAskForExactlyWhatIsWritten() throws Exception {
        assertEquals(Set.of(), ids("\"sanction\""));
        assertEquals(Set.of("sanctions.txt"), ids("\"sanctions\""));
        assertEquals(Set.of(), ids("\"forty whale\""));
        assertEquals(Set.of("whales.txt"), ids("\"forty whales\""));
        assertEquals(Set.of("sanctions.txt"), ids("sanct*"), "a prefix is a prefix of the word as written");
    }

    @Test
    void aGermanArticleIsSearchedByTheGermanAnalyzer() throws Exception {
        assertEquals(Set.of("haeuser.html"), ids("Haus"), "German stems Häuser to haus; English does not");
        assertEquals(Set.of("haeuser.html", "haeuser-en.html"), ids("Häuser"), "the word as written is found in both");
        assertEquals(List.of("Häuser"), marked("haeuser.html", "haus"));
        assertEquals(List.of(), marked("haeuser-en.html", "haus"));
    }

    @Test
    void theTaggersLanguageCountsOverWhatThePageDeclares() throws Exception {
        index.close();
        EntityTagger german = new EntityTagger() {
            @Override
            public Tags tag(Article article) {
                return new Tags(Set.of(), Set.of(), "de");
            }

            @Override
            public String version() {
                return "german";
            }
        };
        index = SearchIndex.open(folder, tmp.resolve("index"), german);
        index.sync(new ArticleLibrary(folder));
        assertEquals(Set.of("haeuser.html", "haeuser-en.html"), ids("Haus"));
    }

    @Test
    void hitOffsetsAndSnippetsFollowTheWordForms() throws Exception {
        assertEquals(List.of("Sanctions"), marked("sanctions.txt", "sanction"), "a word matched as written and as a word form is marked once");
        assertEquals(List.of(), marked("sanctions.txt", "\"sanction\""));
        assertEquals(List.of("counts", "counted", "whales"), marked("whales.txt", "whale count"), "the headline is part of the text");
        SearchHit hit = index.search(SearchQuery.of("whale"), 1).get(0);
        assertTrue(hit.markedSnippet().contains("forty «whales» near"), hit.markedSnippet());
    }

    @Test
    void aWordOfATitleCountsAsWordForm() throws Exception {
        assertEquals(Set.of("sanctions.txt"), ids("title:sanction"));
        assertEquals(Set.of("whales.txt"), ids("title:animal"));
    }
}
