package org.dossier.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javafx.collections.ListChangeListener;

import org.dossier.article.Article;
import org.dossier.article.ArticleSummary;
import org.junit.jupiter.api.Test;

/** The list's state without a window: JavaFX collections need no toolkit. */
class ArticleListViewModelTest {
    private static ArticleSummary summary(String id, String title, String source, int day) {
        return new ArticleSummary(id, title, LocalDate.of(2020, 1, day), source, 100, Article.Format.TEXT, null, "", 1000, day);
    }

    private static List<String> shownIds(ArticleListViewModel list) {
        return list.shown().stream().map(ArticleSummary::id).toList();
    }

    @Test
    void updateTouchesOnlyWhatChanged() {
        ArticleListViewModel list = new ArticleListViewModel();
        ArticleSummary a = summary("a.txt", "Alpha", "", 1);
        ArticleSummary b = summary("b.txt", "Beta", "", 2);
        ArticleSummary c = summary("c.txt", "Gamma", "", 3);
        list.update(List.of(a, b, c));
        assertEquals(List.of("c.txt", "b.txt", "a.txt"), shownIds(list), "newest first");

        List<String> changes = new ArrayList<>();
        list.all().addListener((ListChangeListener<ArticleSummary>) ch -> {
            while (ch.next()) {
                changes.add(ch.wasReplaced() ? "replaced" : ch.wasAdded() ? "added" : ch.wasRemoved() ? "removed" : "other");
            }
        });
        ArticleSummary b2 = summary("b.txt", "Beta, revised", "", 2);
        ArticleSummary d = summary("d.txt", "Delta", "", 4);
        list.update(List.of(summary("a.txt", "Alpha", "", 1), b2, d));
        assertEquals(List.of("removed", "replaced", "added"), changes, "c removed, b replaced, d added; a untouched");
        assertSame(a, list.byId("a.txt"), "an unchanged entry keeps its object (and so the selection)");
        assertEquals(b2, list.byId("b.txt"));
        assertEquals(null, list.byId("c.txt"));
        assertEquals(List.of("d.txt", "b.txt", "a.txt"), shownIds(list));

        list.remove("b.txt");
        assertEquals(null, list.byId("b.txt"));
        assertEquals("d.txt", list.byId("d.txt").id(), "positions follow a removal");
        list.put(summary("e.txt", "Epsilon", "", 5));
        assertEquals("Epsilon", list.byId("e.txt").title());
        assertEquals("Alpha", list.byId("a.txt").title());
        java.util.List<String> seenInListener = new ArrayList<>();
        list.all().addListener((ListChangeListener<ArticleSummary>) ch -> seenInListener.add(
                list.byId("f.txt") == null ? "missing" : "found"));
        list.put(summary("f.txt", "Phi", "", 6));
        assertEquals(List.of("found"), seenInListener, "byId is right inside change listeners");
    }

    @Test
    void filterMatchesTitlesSourcesAndFileNamesAtOnceAndTextsThroughTheIndex() {
        ArticleListViewModel list = new ArticleListViewModel();
        list.update(List.of(summary("talks/geneva.txt", "Talks resume", "Reuters", 1),
                summary("b.txt", "Ceasefire holds", "Al Jazeera", 2),
                summary("c.txt", "Aid convoy", "", 3)));
        list.filterProperty().set("talks");
        assertEquals(List.of("talks/geneva.txt"), shownIds(list));
        list.filterProperty().set("jazeera");
        assertEquals(List.of("b.txt"), shownIds(list), "by source");
        list.filterProperty().set("geneva");
        assertEquals(List.of("talks/geneva.txt"), shownIds(list), "by file name");

        list.filterProperty().set("kerry");
        assertEquals(List.of(), shownIds(list));
        list.setTextMatches("kerr", java.util.Map.of("kerr", Set.of("c.txt")));
        assertEquals(List.of(), shownIds(list), "matches for an older filter text are ignored");
        list.setTextMatches("kerry", java.util.Map.of("kerry", Set.of("c.txt", "b.txt")));
        assertEquals(List.of("c.txt", "b.txt"), shownIds(list), "texts that mention Kerry, from the index");
        list.filterProperty().set("kerry lavrov");
        assertEquals(List.of(), shownIds(list), "new words: the old text matches no longer count");
        list.filterProperty().set("jazeera kerry");
        list.setTextMatches("jazeera kerry", java.util.Map.of("jazeera", Set.of(), "kerry", Set.of("b.txt", "c.txt")));
        assertEquals(List.of("b.txt"), shownIds(list), "one word in the source, the other in the text");
    }
}
