package org.dossier.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.dossier.annotate.Annotator;
import org.dossier.annotate.Mention;
import org.dossier.annotate.WatchList;
import org.dossier.article.Article;
import org.dossier.article.ArticleLibrary;
import org.dossier.article.ArticleReader;
import org.dossier.notebook.NotebookFormatException;
import org.dossier.notebook.NotebookJson;
import org.dossier.render.ArticleRenderer;
import org.dossier.render.EntitySpans;
import org.dossier.render.RenderOptions;
import org.dossier.search.QuerySyntaxException;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every parser and the annotator on seeded hostile input ({@link FuzzText}): random bytes, mixed
 * scripts, NFD, deep nesting, huge tokens. No exception escapes (a broken article must say why in
 * words, never "the reader failed"), no case runs past a generous budget (a hang, not a speed
 * claim), and every offset is valid: blocks, inlines and mentions inside the text, in order, never
 * splitting a surrogate pair. A few hundred cases per parser in the build; more with
 * {@code -Ddossier.fuzz.cases=N} (docs/performance.md); a failure names its seed
 * ({@code -Ddossier.fuzz.seed=S} replays from it).
 */
class ParsersFuzzTest {
    private static final Duration BUDGET = Duration.ofSeconds(30);
    private static final Annotator ANNOTATOR = Annotator.standard();
    private static final ArticleRenderer RENDERER = new ArticleRenderer();

    @TempDir
    Path dir;

    @Test
    void articlesOfEveryFormatReadAnnotateAndRenderWithValidOffsets() throws Exception {
        String[] extensions = {".txt", ".html", ".md"};
        long first = FuzzText.firstSeed();
        for (long seed = first; seed < first + FuzzText.cases(150); seed++) {
            FuzzText fuzz = new FuzzText(seed);
            String ext = extensions[(int) (seed % 3)];
            int kind = fuzz.random().nextInt(10);
            byte[] bytes = kind == 0 ? fuzz.bytes(4096)
                    : fuzz.encode(switch (ext) {
                        case ".html" -> fuzz.html(kind == 1 ? 100_000 : 6_000);
                        case ".md" -> fuzz.markdown(kind == 1 ? 100_000 : 6_000);
                        default -> fuzz.text(kind == 1 ? 100_000 : 6_000);
                    });
            Path file = Files.write(dir.resolve("case-" + seed + ext), bytes);
            long s = seed;
            assertTimeoutPreemptively(BUDGET, () -> checkArticle(s, ArticleReader.read(file)), () -> "seed " + s + " hung");
            Files.delete(file);
        }
    }

    private static void checkArticle(long seed, Article a) {
        String where = "seed " + seed + " (" + a.id() + ")";
        assertNotNull(a.title(), where);
        assertFalse(a.title().isBlank(), where);
        if (a.isBroken()) {
            assertEquals("", a.text(), where);
            assertFalse(a.problem().contains("reader failed") || a.problem().contains("Nested too deeply")
                    || a.problem().contains("ran out of memory"), where + ": " + a.problem());
            return;
        }
        String text = a.text();
        int last = 0;
        for (Article.Block b : a.blocks()) {
            assertTrue(b.start() >= last && b.start() < b.end() && b.end() <= text.length(), where + ": block " + b);
            last = b.end();
        }
        for (Article.Inline i : a.inlines()) {
            assertTrue(i.start() >= 0 && i.start() < i.end() && i.end() <= text.length(), where + ": inline " + i);
        }
        List<Mention> mentions = ANNOTATOR.annotate(text);
        checkMentions(where, text, mentions);
        String html = RENDERER.render(a, EntitySpans.of(mentions, java.util.Set.of(), java.util.Set.of(), 20_000),
                RenderOptions.DEFAULT);
        assertTrue(html.contains("id=\"dossier-text\""), where);
    }

    static void checkMentions(String where, String text, List<Mention> mentions) {
        int previousEnd = 0;
        for (Mention m : mentions) {
            assertTrue(m.start() >= previousEnd && m.end() <= text.length(), where + ": " + m);
            assertEquals(text.substring(m.start(), m.end()), m.text(), where);
            assertFalse(splitsPair(text, m.start()) || splitsPair(text, m.end()), where + ": splits a surrogate pair: " + m);
            previousEnd = m.end();
        }
    }

    private static boolean splitsPair(String s, int at) {
        return at > 0 && at < s.length() && Character.isHighSurrogate(s.charAt(at - 1)) && Character.isLowSurrogate(s.charAt(at));
    }

    @Test
    void theAnnotatorOnRawTextDeepRepeatsAndHugeTokens() {
        long first = FuzzText.firstSeed();
        for (long seed = first; seed < first + FuzzText.cases(240); seed++) {
            FuzzText fuzz = new FuzzText(seed);
            String text = switch ((int) (seed % 4)) {
                case 0 -> fuzz.text(20_000);
                case 1 -> fuzz.html(20_000);
                case 2 -> fuzz.markdown(20_000);
                default -> new String(fuzz.bytes(20_000), StandardCharsets.ISO_8859_1);
            };
            long s = seed;
            List<Mention> mentions = assertTimeoutPreemptively(BUDGET, () -> ANNOTATOR.annotate(text), () -> "seed " + s + " hung");
            checkMentions("seed " + seed, text, mentions);
        }
    }

    @Test
    void aFolderOfFuzzedFilesListsEveryOneWithoutThrowing() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("library"));
        long first = FuzzText.firstSeed();
        int n = Math.min(FuzzText.cases(60), 2000);
        for (long seed = first; seed < first + n; seed++) {
            FuzzText fuzz = new FuzzText(seed);
            String ext = seed % 3 == 0 ? ".txt" : seed % 3 == 1 ? ".html" : ".md";
            Files.write(folder.resolve(seed + ext), fuzz.encode(fuzz.markup(new String[] {"<div>", "> ", "*", "\n"}, 4000)));
        }
        ArticleLibrary library = new ArticleLibrary(folder);
        List<Path> entries = library.scan();
        assertEquals(n, entries.size());
        for (Path p : entries) {
            checkArticle(-1, library.read(p));
        }
    }

    @Test
    void notebookFilesEitherReadOrFailWithAReasonInWords() {
        byte[] valid = NotebookJson.write(List.of(), Map.of());
        String validText = new String(valid, StandardCharsets.UTF_8);
        long first = FuzzText.firstSeed();
        for (long seed = first; seed < first + FuzzText.cases(300); seed++) {
            FuzzText fuzz = new FuzzText(seed);
            byte[] bytes = switch ((int) (seed % 3)) {
                case 0 -> fuzz.bytes(2000);
                case 1 -> mutate(fuzz, validText).getBytes(StandardCharsets.UTF_8);
                default -> ("{\"version\": 1, \"bookmarks\": " + "[".repeat(fuzz.random().nextInt(5000)) + "]}")
                        .getBytes(StandardCharsets.UTF_8);
            };
            long s = seed;
            assertTimeoutPreemptively(BUDGET, () -> {
                try {
                    NotebookJson.read(bytes, Clock.systemUTC());
                } catch (NotebookFormatException e) {
                    assertNotNull(e.getMessage(), "seed " + s);
                }
            }, () -> "seed " + s + " hung");
        }
    }

    private static String mutate(FuzzText fuzz, String valid) {
        StringBuilder sb = new StringBuilder(valid);
        for (int k = fuzz.random().nextInt(6); k >= 0 && !sb.isEmpty(); k--) {
            int at = fuzz.random().nextInt(sb.length());
            switch (fuzz.random().nextInt(3)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, "{}[]\",:0-eE\\u".charAt(fuzz.random().nextInt(13)));
                default -> sb.insert(at, fuzz.text(20));
            }
        }
        return sb.toString();
    }

    @Test
    void userGazetteersAndWatchListsOfAnyContentLoadAndAreUsed() throws Exception {
        long first = FuzzText.firstSeed();
        // Fewer: each user gazetteer builds an annotator's lists afresh (a tenth of a second).
        for (long seed = first; seed < first + FuzzText.cases(20); seed++) {
            FuzzText fuzz = new FuzzText(seed);
            Path gazetteer = Files.write(dir.resolve("gazetteer-" + seed + ".tsv"), seed % 2 == 0 ? fuzz.bytes(3000)
                    : fuzz.encode(fuzz.markup(new String[] {"PERSON\t", "ORG\t", "-\t", "\t", "\n", "#", "LOCATION\tGeneva\tGenf\n"}, 3000)));
            Annotator annotator = Annotator.withUserGazetteer(gazetteer);
            String text = fuzz.text(3000);
            checkMentions("seed " + seed, text, annotator.annotate(text));
            assertNotNull(annotator.problems());

            Path watch = Files.write(dir.resolve("watch-" + seed + ".tsv"), fuzz.bytes(2000));
            WatchList list = WatchList.load(watch);
            list.addTerm("ceasefire");
            assertTrue(WatchList.load(watch).terms().contains("ceasefire"), "seed " + seed);
        }
    }

    @Test
    void searchQueriesOfAnyTextAreAnsweredOrRefusedInWords() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("search"));
        Files.writeString(folder.resolve("a.txt"), "Talks in Geneva\n\nJohn Kerry met Sergey Lavrov on Friday.\n");
        String[] syntax = {"(", ")", "\"", "*", "?", "~", "^", ":", "[", "]", "{", "}", "+", "-", "!", "&&", "||", "\\",
            "/", " AND ", " OR ", " NOT ", "title:", "geneva", "kerry*", " "};
        try (SearchIndex index = SearchIndex.open(folder, dir.resolve("index"), org.dossier.search.EntityTagger.NONE)) {
            index.sync(new ArticleLibrary(folder));
            long first = FuzzText.firstSeed();
            for (long seed = first; seed < first + FuzzText.cases(300); seed++) {
                FuzzText fuzz = new FuzzText(seed);
                String query = seed % 5 == 0 ? fuzz.text(200) : fuzz.markup(syntax, 300);
                long s = seed;
                assertTimeoutPreemptively(BUDGET, () -> {
                    try {
                        index.search(SearchQuery.of(query), 10);
                    } catch (QuerySyntaxException e) {
                        assertFalse(e.getMessage().isBlank(), "seed " + s);
                    }
                }, () -> "seed " + s + " hung");
            }
        }
    }
}
