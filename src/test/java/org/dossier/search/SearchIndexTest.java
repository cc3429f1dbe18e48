package org.dossier.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.dossier.article.Article;
import org.dossier.article.ArticleLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchIndexTest {
    @TempDir
    Path tmp;
    private Path folder;
    private Path indexDir;
    private ArticleLibrary library;
    private SearchIndex index;

    @BeforeEach
    void setUp() throws IOException {
        folder = Files.createDirectories(tmp.resolve("articles"));
        indexDir = tmp.resolve("index");
        write("grain.txt", """
                Grain deal signed in Valdoria

                Posted March 03, 2021

                Ministers signed the grain deal on Monday. The grain deal ends months of talks.

                Farmers welcomed the deal, but traders said grain prices would stay high.
                """);
        write("harbour.html", """
                <html><head><meta property="og:title" content="Harbour strike ends">
                <meta property="og:site_name" content="Harbor Times">
                <meta property="article:published_time" content="2022-06-10T08:00:00Z"></head>
                <body><article><h1>Harbour strike ends</h1><p>Dock workers in Port Emmerich ended their strike
                after the port authority raised wages. Grain shipments resume on Friday.</p></article></body></html>
                """);
        write("deal.md", """
                ---
                title: Talks on a new deal stall
                date: 2023-01-20
                source: The Northern Ledger
                ---

                Negotiators failed to agree on a deal for grain exports; the talks resume in spring.
                """);
        library = new ArticleLibrary(folder);
        index = SearchIndex.open(folder, indexDir, EntityTagger.NONE);
        index.sync(library);
    }

    @AfterEach
    void tearDown() throws IOException {
        index.close();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }

    private List<String> ids(SearchQuery q) throws Exception {
        return index.search(q, 10).stream().map(SearchHit::id).toList();
    }

    @Test
    void findsArticlesWithAllTheWordsBestFirst() throws Exception {
        List<SearchHit> hits = index.search(SearchQuery.of("grain deal"), 10);
        assertEquals(List.of("grain.txt", "deal.md"), hits.stream().map(SearchHit::id).toList());
        SearchHit top = hits.get(0);
        assertEquals("Grain deal signed in Valdoria", top.title());
        assertEquals(LocalDate.of(2021, 3, 3), top.date());
        assertTrue(top.score() > hits.get(1).score());
    }

    @Test
    void listFilterFindsArticlesWhoseTextHasEveryWordAsAPrefix() throws Exception {
        assertEquals(java.util.Set.of("grain.txt", "harbour.html", "deal.md"), index.idsContainingAll(List.of("grain")));
        // "dock" and "wage" are only in the harbour article's text; "wage" is a prefix of "wages".
        assertEquals(java.util.Set.of("harbour.html"), index.idsContainingAll(List.of("dock", "wage")));
        assertEquals(java.util.Set.of("grain.txt", "deal.md"), index.idsContainingAll(List.of("DEAL", "gra")));
        assertEquals(java.util.Set.of(), index.idsContainingAll(List.of("grain", "zebra")));
        assertEquals(java.util.Set.of(), index.idsContainingAll(List.of()));
        index.remove("deal.md");
        assertEquals(java.util.Set.of("grain.txt"), index.idsContainingAll(List.of("deal")));
    }

    @Test
    void aHugeArticleIsIndexedUpToItsFirstMillionCharacters() throws Exception {
        StringBuilder text = new StringBuilder("Huge report\n\nThe opening mentions Valparaiso.\n\n");
        while (text.length() < SearchIndex.MAX_INDEXED_CHARS) {
            text.append("Filler words about nothing in particular, repeated for length.\n\n");
        }
        text.append("Only the very end mentions Zanzibar.\n");
        write("huge.txt", text.toString());
        index.sync(library);
        assertEquals(List.of("huge.txt"), ids(SearchQuery.of("valparaiso")));
        assertEquals(List.of(), ids(SearchQuery.of("zanzibar")), "past the indexed part");
    }

    @Test
    void phraseQueryMatchesOnlyTheExactPhrase() throws Exception {
        assertEquals(List.of("grain.txt"), ids(SearchQuery.of("\"grain deal\"")));
        assertEquals(List.of("deal.md"), ids(SearchQuery.of("\"deal for grain\"")));
    }

    @Test
    void snippetMarksTheMatchedWords() throws Exception {
        SearchHit hit = index.search(SearchQuery.of("strike"), 10).get(0);
        assertEquals("harbour.html", hit.id());
        assertFalse(hit.snippetMarks().isEmpty());
        for (int[] m : hit.snippetMarks()) {
            assertEquals("strike", hit.snippet().substring(m[0], m[1]).toLowerCase());
        }
        assertTrue(hit.markedSnippet().contains("«strike»"), hit.markedSnippet());
        assertFalse(hit.snippet().contains("\n"));
    }

    @Test
    void phraseIsMarkedAsOneSpanInTheSnippet() throws Exception {
        SearchHit hit = index.search(SearchQuery.of("\"grain deal\""), 10).get(0);
        assertTrue(hit.markedSnippet().contains("«grain deal»"), hit.markedSnippet());
    }

    @Test
    void filtersBySourceAndDateRange() throws Exception {
        assertEquals(List.of("harbour.html"), ids(SearchQuery.of("grain").withSource("harbor times")));
        assertEquals(List.of("deal.md", "harbour.html"),
                ids(SearchQuery.of("grain").withDates(LocalDate.of(2022, 1, 1), null)).stream().sorted().toList());
        assertEquals(List.of("grain.txt"), ids(SearchQuery.of("grain").withDates(null, LocalDate.of(2021, 3, 3))));
    }

    @Test
    void filtersOnlyListNewestFirst() throws Exception {
        List<SearchHit> hits = index.search(new SearchQuery("", null, null, LocalDate.of(2020, 1, 1), null, null), 10);
        assertEquals(List.of("deal.md", "harbour.html", "grain.txt"), hits.stream().map(SearchHit::id).toList());
        assertFalse(hits.get(0).snippet().isEmpty());
    }

    @Test
    void filtersByEntityIdAndType() throws Exception {
        Article grain = library.read(folder.resolve("grain.txt"));
        index.update(grain, List.of("place:valdoria"), List.of("PLACE"));
        assertEquals(List.of("grain.txt"), ids(SearchQuery.of("grain").withEntity("place:valdoria")));
        assertEquals(List.of("grain.txt"), ids(SearchQuery.of("").withEntityType("place")));
        assertEquals(List.of(), ids(SearchQuery.of("grain").withEntity("person:nobody")));
    }

    @Test
    void syncReindexesOnlyWhatChanged() throws Exception {
        SyncReport nothing = index.sync(library);
        assertEquals(new SyncReport(0, 0, 0, 3, nothing.millis(), true), nothing);

        Path grain = write("grain.txt", "Grain deal collapses\n\nPosted March 04, 2021\n\nThe wheat accord collapsed.\n");
        Files.setLastModifiedTime(grain, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        Files.delete(folder.resolve("deal.md"));
        write("new.txt", "Wheat prices fall\n\nTraders expect cheaper wheat.\n");
        SyncReport report = index.sync(library);
        assertEquals(1, report.added());
        assertEquals(1, report.updated());
        assertEquals(1, report.removed());
        assertEquals(1, report.unchanged());
        assertEquals(List.of("grain.txt", "harbour.html", "new.txt"), index.ids());
        assertEquals(List.of("grain.txt", "new.txt"), ids(SearchQuery.of("wheat")).stream().sorted().toList());
    }

    @Test
    void reopenedIndexNeedsNoWork() throws Exception {
        index.close();
        index = SearchIndex.open(folder, indexDir, EntityTagger.NONE);
        assertEquals(3, index.size());
        assertEquals(3, index.sync(library).unchanged());
        assertEquals(List.of("harbour.html"), ids(SearchQuery.of("strike")));
    }

    @Test
    void anotherTaggerVersionReindexesEveryArticleAndNoneKeepsItsTags() throws Exception {
        index.close();
        EntityTagger tagger = new EntityTagger() {
            @Override
            public Tags tag(Article article) {
                return new Tags(Set.of("org:port-authority"), Set.of("ORG"));
            }

            @Override
            public String version() {
                return "test-2";
            }
        };
        index = SearchIndex.open(folder, indexDir, tagger);
        assertEquals(3, index.size());
        assertEquals(3, index.sync(library).updated());
        assertEquals(3, index.search(SearchQuery.of("").withEntity("org:port-authority"), 10).size());
        assertEquals(3, index.sync(library).unchanged());
        index.close();
        index = SearchIndex.open(folder, indexDir, EntityTagger.NONE);
        assertEquals(3, index.sync(library).unchanged());
        assertEquals(3, index.search(SearchQuery.of("").withEntity("org:port-authority"), 10).size());
    }

    @Test
    void removeAndUpdateAreSeenBySearchAtOnce() throws Exception {
        index.remove("harbour.html");
        assertEquals(List.of(), ids(SearchQuery.of("strike")));
        Path file = write("strike.txt", "Rail strike\n\nDrivers strike for a second day.\n");
        index.update(library.read(file));
        assertEquals(List.of("strike.txt"), ids(SearchQuery.of("strike")));
    }

    @Test
    void searchesRunWhileTheFolderIsSyncing() throws Exception {
        for (int i = 0; i < 300; i++) {
            write("bulk-" + i + ".txt", "Bulk story " + i + "\n\nThe harbour strike goes on, day " + i + ".\n");
        }
        Thread syncing = new Thread(() -> {
            try {
                index.sync(library);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        syncing.start();
        int searches = 0;
        while (syncing.isAlive() || searches == 0) {
            List<SearchHit> hits = index.search(SearchQuery.of("strike"), 5);
            assertTrue(hits.stream().anyMatch(h -> h.id().equals("harbour.html")) || hits.size() == 5);
            searches++;
        }
        syncing.join();
        assertEquals(303, index.size());
        assertEquals(20, index.search(SearchQuery.of("strike"), 20).size());
    }

    @Test
    void interruptedSyncStopsCleanlyAndTheNextOneFinishes() throws Exception {
        for (int i = 0; i < 400; i++) {
            write("bulk-" + i + ".txt", "Bulk story " + i + "\n\nThe harbour strike goes on, day " + i + ".\n");
        }
        SyncReport[] report = new SyncReport[1];
        boolean[] stillInterrupted = new boolean[1];
        Thread syncing = new Thread(() -> {
            try {
                Thread.currentThread().interrupt();
                report[0] = index.sync(library);
                stillInterrupted[0] = Thread.interrupted();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        syncing.start();
        syncing.join();
        assertFalse(report[0].complete());
        assertTrue(stillInterrupted[0]);
        assertTrue(index.size() < 403);
        SyncReport next = index.sync(library);
        assertTrue(next.complete());
        assertEquals(403, index.size());
        Thread.currentThread().interrupt();
        try {
            index.remove("bulk-0.txt");
        } finally {
            assertTrue(Thread.interrupted());
        }
        assertEquals(402, index.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"grain deal", "(grain OR wheat", "grain AND", "*rain", "grain:"})
    void badSyntaxIsReportedInWords(String text) {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> index.search(SearchQuery.of(text), 10));
        assertTrue(e.getMessage().startsWith("Cannot understand the query \u201C" + text + "\u201D: "), e.getMessage());
        assertFalse(e.getMessage().contains("Encountered"), e.getMessage());
    }

    @Test
    void reversedDateRangeIsReported() {
        SearchQuery q = SearchQuery.of("grain").withDates(LocalDate.of(2023, 1, 1), LocalDate.of(2022, 1, 1));
        assertThrows(QuerySyntaxException.class, () -> index.search(q, 10));
    }

    @Test
    void hitOffsetsCoverEveryOccurrenceInTheText() throws Exception {
        String text = "The grain deal 🌾 holds. A GRAIN DEAL, they said; grain and a deal.";
        List<int[]> hits = index.hitOffsets(text, SearchQuery.of("\"grain deal\""));
        assertEquals(2, hits.size());
        for (int[] h : hits) {
            assertEquals("grain deal", text.substring(h[0], h[1]).toLowerCase());
        }
        List<int[]> words = index.hitOffsets(text, SearchQuery.of("deal grain"));
        assertEquals(6, words.size());
        assertTrue(words.get(0)[0] < words.get(1)[0]);
    }

    @Test
    void hitOffsetsIgnoreExcludedWordsAndTitleOnlyWords() throws Exception {
        String text = "Wheat and barley, but no grain.";
        assertEquals(1, index.hitOffsets(text, SearchQuery.of("wheat -barley")).size());
        assertEquals(1, index.hitOffsets(text, SearchQuery.of("wheat valdoria")).size());
        assertEquals(List.of(), index.hitOffsets(text, SearchQuery.of("")));
    }

    @Test
    void secondOpenerGetsAReadOnlyIndex() throws Exception {
        try (SearchIndex other = SearchIndex.open(folder, indexDir, EntityTagger.NONE)) {
            assertTrue(other.isReadOnly());
            assertEquals(List.of("harbour.html"), other.search(SearchQuery.of("strike"), 10).stream().map(SearchHit::id).toList());
            assertThrows(IllegalStateException.class, () -> other.sync(library));
        }
    }

    @Test
    void damagedIndexIsRebuilt() throws Exception {
        index.close();
        try (var files = Files.list(indexDir)) {
            for (Path f : files.filter(p -> !p.getFileName().toString().equals("write.lock")).toList()) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }
        index = SearchIndex.open(folder, indexDir, EntityTagger.NONE);
        assertEquals(3, index.sync(library).added());
        assertEquals(List.of("harbour.html"), ids(SearchQuery.of("strike")));
    }

    @Test
    void defaultLocationIsInTheCacheFolderPerFolder() {
        String before = System.getProperty("dossier.home");
        System.setProperty("dossier.home", tmp.toString());
        try {
            Path a = SearchIndex.defaultLocation(folder);
            assertTrue(a.startsWith(tmp.resolve("cache").resolve("index")));
            assertEquals(a, SearchIndex.defaultLocation(folder.resolve("x/..")));
            assertFalse(a.equals(SearchIndex.defaultLocation(tmp)));
        } finally {
            if (before == null) {
                System.clearProperty("dossier.home");
            } else {
                System.setProperty("dossier.home", before);
            }
        }
    }

    @Test
    void unreadableArticlesAreIndexedWithoutText() throws Exception {
        write("empty.txt", "");
        assertEquals(1, index.sync(library).added());
        assertNull(index.search(SearchQuery.of("empty"), 10).stream().filter(h -> !h.id().equals("empty.txt")).findAny().orElse(null));
    }
}
