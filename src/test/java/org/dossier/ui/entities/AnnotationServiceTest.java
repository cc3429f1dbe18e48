package org.dossier.ui.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dossier.annotate.Annotator;
import org.dossier.annotate.EntityIndex;
import org.dossier.annotate.Mention;
import org.dossier.article.Article;
import org.dossier.article.ArticleLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationServiceTest {
    @TempDir
    Path temp;

    @Test
    void theLibraryIndexFromEachArticleInTurnEqualsOneBuiltFromEveryMention() throws Exception {
        ArticleLibrary library = new ArticleLibrary(Path.of("articles"));
        List<Article> articles = new ArrayList<>();
        for (Path f : library.scan()) {
            articles.add(library.read(f));
        }
        AnnotationService service = new AnnotationService(temp.resolve("gazetteer.tsv"));
        Map<String, Integer> seen = new LinkedHashMap<>();
        LibraryEntities byArticle = new LibraryEntities();
        service.forEachAnnotated(articles, (a, mentions) -> {
            seen.put(a.id(), mentions.size());
            byArticle.put(a.id(), mentions, 0);
        });

        Map<String, List<Mention>> full = new LinkedHashMap<>();
        for (Article a : articles) {
            full.put(a.id(), Annotator.standard().annotate(a.text()));
        }
        EntityIndex expected = EntityIndex.of(full);
        EntityIndex index = byArticle.index();
        assertEquals(List.copyOf(expected.all()), List.copyOf(index.all()));
        for (EntityIndex.Entry e : expected.all()) {
            assertEquals(expected.articlesMentioning(e.id()), index.articlesMentioning(e.id()));
        }
        assertEquals(articles.size(), seen.size(), "every article's mentions are handed over");
        assertTrue(seen.values().stream().allMatch(n -> n > 0));
    }
}
