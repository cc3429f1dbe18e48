package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.dossier.article.Article;
import org.dossier.article.ArticleLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCorpusCommandTest {
    @TempDir
    Path tmp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run("bench-corpus", List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void sameSeedWritesTheSameBytes() throws Exception {
        assertEquals(0, run("--articles", "60", tmp.resolve("a").toString()));
        assertEquals(0, run("--articles", "60", "--seed", "7", tmp.resolve("b").toString()));
        List<Path> a = new ArticleLibrary(tmp.resolve("a")).scan();
        List<Path> b = new ArticleLibrary(tmp.resolve("b")).scan();
        assertEquals(60, a.size());
        assertEquals(a.stream().map(p -> p.getFileName().toString()).toList(),
                b.stream().map(p -> p.getFileName().toString()).toList());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).toString());
        }
    }

    @Test
    void anotherSeedWritesAnotherCorpus() {
        CorpusGenerator.GeneratedArticle one = new CorpusGenerator(1).article(0);
        CorpusGenerator.GeneratedArticle two = new CorpusGenerator(2).article(0);
        assertNotEquals(one.content(), two.content());
    }

    @Test
    void everyArticleParsesWithATitleADateAndText() throws Exception {
        assertEquals(0, run("--articles", "120", tmp.toString()));
        ArticleLibrary library = new ArticleLibrary(tmp);
        Set<String> formats = new java.util.HashSet<>();
        for (Path file : library.scan()) {
            Article article = library.read(file);
            assertFalse(article.isBroken(), file + ": " + article.problem());
            assertNotNull(article.date(), file + " has no date");
            assertFalse(article.title().endsWith(".txt") || article.title().endsWith(".html")
                    || article.title().endsWith(".md"), file + " has no title");
            assertTrue(article.wordCount() > 20, file + " is nearly empty");
            formats.add(article.format().name());
        }
        assertEquals(Set.of("TEXT", "HTML", "MARKDOWN"), formats);
    }

    @Test
    void generatedMetadataIsWhatTheReaderFinds() throws Exception {
        CorpusGenerator generator = new CorpusGenerator(3);
        for (int i = 0; i < 30; i++) {
            CorpusGenerator.GeneratedArticle g = generator.article(i);
            Path file = tmp.resolve(g.fileName());
            Files.writeString(file, g.content());
            Article a = new ArticleLibrary(tmp).read(file);
            assertEquals(g.title(), a.title(), g.fileName());
            assertEquals(g.date(), a.date(), g.fileName());
            if (a.format() != Article.Format.TEXT) {
                assertEquals(g.source(), a.source(), g.fileName());
            }
        }
    }

    @Test
    void sizesSpanOneToTwoHundredKilobytes() {
        CorpusGenerator generator = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED);
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int i = 0; i < 500; i++) {
            int size = generator.article(i).content().getBytes(StandardCharsets.UTF_8).length;
            min = Math.min(min, size);
            max = Math.max(max, size);
        }
        assertTrue(min >= 1024 && min < 2048, "smallest " + min);
        assertTrue(max > 100 * 1024 && max <= 201 * 1024, "largest " + max);
    }

    @Test
    void refusesAFolderThatHoldsOtherFiles() throws Exception {
        Files.writeString(tmp.resolve("mine.txt"), "keep me");
        assertEquals(1, run("--articles", "5", tmp.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not empty"));
        assertEquals(Set.of("mine.txt"), Files.list(tmp).map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
    }

    @Test
    void rerunWithTheSameArgumentsKeepsTheCorpus() {
        assertEquals(0, run("--articles", "5", tmp.toString()));
        assertEquals(0, run("--articles", "5", tmp.toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Already generated"));
    }

    @Test
    void missingCountIsAUsageError() {
        assertEquals(2, run(tmp.toString()));
        assertEquals(2, run("--articles", "zero", tmp.toString()));
    }
}
