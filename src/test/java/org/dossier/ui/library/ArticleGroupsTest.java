package org.dossier.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.dossier.article.Article;
import org.dossier.article.ArticleSummary;

/** The list keeps a feed's items under the feed and a message's attachments under the message, in every order. */
class ArticleGroupsTest {
    private static ArticleSummary s(String id, String title, int day, Article.Format format, Article.Structure structure) {
        return new ArticleSummary(id, title, day == 0 ? null : LocalDate.of(2020, 1, day), "", 10, format, null, "", 1, 1, structure);
    }

    private static ArticleSummary item(String feed, int n, String title, int day) {
        return s(feed + "#" + n, title, day, Article.Format.FEED_ITEM, new Article.Structure(n, "Wire", List.of(), List.of()));
    }

    private final List<ArticleSummary> all = List.of(
            s("a.txt", "Alpha", 5, Article.Format.TEXT, Article.Structure.NONE),
            item("wire.rss", 1, "Zulu item", 9),
            item("wire.rss", 2, "Beta item", 2),
            s("mail.eml", "Message", 3, Article.Format.EMAIL, new Article.Structure(0, "", List.of("r.pdf"), List.of())),
            s("mail.eml#1", "Attached report", 20, Article.Format.PDF, new Article.Structure(1, "Message", List.of(), List.of())),
            s("b.txt", "Bravo", 4, Article.Format.TEXT, Article.Structure.NONE));

    private static List<String> shown(ArticleListViewModel list) {
        return list.shown().stream().map(ArticleSummary::id).toList();
    }

    @Test
    void partsStayWithTheirFileWhateverTheOrder() {
        ArticleListViewModel list = new ArticleListViewModel();
        list.setAll(all);
        assertEquals(List.of("wire.rss#1", "wire.rss#2", "a.txt", "b.txt", "mail.eml", "mail.eml#1"), shown(list),
                "newest first: the feed by its newest item, the message by its own date, its attachment after it");

        list.sortOrderProperty().set(SortOrder.OLDEST_FIRST);
        assertEquals(List.of("wire.rss#2", "wire.rss#1", "mail.eml", "mail.eml#1", "b.txt", "a.txt"), shown(list));

        list.sortOrderProperty().set(SortOrder.TITLE);
        assertEquals(List.of("a.txt", "b.txt", "mail.eml", "mail.eml#1", "wire.rss#2", "wire.rss#1"), shown(list),
                "by title: the feed goes by its own title (Wire), its items by theirs");
    }

    @Test
    void aFolderWithoutSeveralArticlesPerFileKeepsThePlainOrder() {
        ArticleListViewModel list = new ArticleListViewModel();
        list.setAll(List.of(all.get(0), all.get(5)));
        assertEquals(List.of("a.txt", "b.txt"), shown(list));
        list.put(item("wire.rss", 1, "Zulu item", 1));
        assertEquals(List.of("a.txt", "b.txt", "wire.rss#1"), shown(list));
        list.put(item("wire.rss", 2, "Later", 30));
        assertEquals(List.of("wire.rss#2", "wire.rss#1", "a.txt", "b.txt"), shown(list), "a new item moves its feed up");
    }
}
