package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dossier.article.Article;
import org.dossier.article.ArticleLibrary;

/** {@code bench-corpus --formats}: PDFs, e-mails, single-file pages and feeds mixed in, read back as generated. */
class MixedCorpusTest {
    @TempDir
    Path tmp;

    @Test
    void everyKindIsMixedInAndReadsBackAsGenerated() throws Exception {
        CorpusGenerator generator = new CorpusGenerator(5, true);
        ArticleLibrary library = new ArticleLibrary(tmp);
        Set<String> kinds = new TreeSet<>();
        for (int i = 0; i < 80; i++) {
            CorpusGenerator.GeneratedArticle g = generator.article(i);
            Path file = Files.write(tmp.resolve(g.fileName()), g.bytes());
            List<Article> all = library.readAll(file);
            Article first = all.get(0);
            assertFalse(first.isBroken(), g.fileName() + ": " + first.problem());
            assertEquals(g.title(), first.title(), g.fileName());
            assertEquals(g.date(), first.date(), g.fileName());
            if (first.format() != Article.Format.TEXT) {
                assertEquals(g.source(), first.source(), g.fileName());
            }
            all.forEach(a -> kinds.add(a.kind()));
        }
        assertEquals(Set.of("attachment", "eml", "feed-item", "html", "md", "mhtml", "pdf", "txt"), kinds);
    }

    @Test
    void theSameSeedGivesTheSameBytesForEveryKind() {
        for (int i = 9; i < 80; i += 10) {
            assertArrayEquals(new CorpusGenerator(5, true).article(i).bytes(), new CorpusGenerator(5, true).article(i).bytes(), "article " + i);
        }
    }
}
