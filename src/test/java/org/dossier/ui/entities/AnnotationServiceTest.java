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
import org.dossier.ui.session.AnnotationService;
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
        for (Article a : articles) {
            List<Mention> mentions = service.mentionsInPassing(a);
            seen.put(a.id(), mentions.size());
            byArticle.put(a.id(), mentions, 0);
        }

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

    @Test
    void askedTwiceInPassingForTheSameArticleItIsAnnotatedOnce() throws Exception {
        ArticleLibrary library = new ArticleLibrary(Path.of("articles"));
        Article a = library.read(library.scan().get(0));
        AnnotationService service = new AnnotationService(temp.resolve("gazetteer.tsv"));
        List<Mention> first = service.mentionsInPassing(a);
        assertTrue(first == service.mentionsInPassing(a), "the second target of a sync gets the same mentions");
        Article again = library.read(library.scan().get(0));
        assertTrue(first != service.mentionsInPassing(again), "another read of the file is annotated again");
        assertEquals(first, service.mentionsInPassing(again));
    }
}
