package org.dossier.ui.library;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import org.dossier.article.ArticleSummary;

/**
 * Keeps the articles of one file together in the list: a feed's items under the feed's title, an
 * e-mail's attachments right after the message. A group takes its place among the other articles by
 * its message, or else by its first item in the chosen order (a feed sorted by title goes by the
 * feed's title); inside it the message comes first, then the parts in the chosen order. Immutable;
 * built again when the articles change.
 */
final class ArticleGroups {
    /** file id → the summary that stands for its group in the order (only for files with several articles). */
    private final Map<String, ArticleSummary> leaders;
    private final SortOrder sortOrder;
    private final Comparator<ArticleSummary> order;

    private ArticleGroups(Map<String, ArticleSummary> leaders, SortOrder sortOrder) {
        this.leaders = leaders;
        this.sortOrder = sortOrder;
        this.order = sortOrder.comparator();
    }

    /** The grouping of {@code all} under {@code order}; null when no file has several articles. */
    static ArticleGroups of(Collection<ArticleSummary> all, SortOrder sortOrder) {
        Comparator<ArticleSummary> order = sortOrder.comparator();
        Map<String, ArticleSummary> leaders = new HashMap<>();
        for (ArticleSummary a : all) {
            if (a.structure().part() == 0 && a.structure().attachments().isEmpty()) {
                continue;
            }
            String file = a.fileId();
            ArticleSummary best = leaders.get(file);
            ArticleSummary candidate = sortOrder == SortOrder.TITLE && a.structure().part() > 0 && !a.structure().group().isEmpty()
                    ? retitled(a, a.structure().group()) : a;
            if (best == null || a.structure().part() == 0
                    || best.structure().part() != 0 && order.compare(candidate, best) < 0) {
                leaders.put(file, candidate);
            }
        }
        return leaders.isEmpty() ? null : new ArticleGroups(Map.copyOf(leaders), sortOrder);
    }

    /** The list's order, groups kept together. */
    Comparator<ArticleSummary> comparator() {
        return (a, b) -> {
            String fa = a.fileId();
            String fb = b.fileId();
            if (!fa.equals(fb)) {
                int byLeader = order.compare(leaders.getOrDefault(fa, a), leaders.getOrDefault(fb, b));
                return byLeader != 0 ? byLeader : fa.compareTo(fb);
            }
            int pa = a.structure().part();
            int pb = b.structure().part();
            if ((pa == 0) != (pb == 0)) {
                return pa == 0 ? -1 : 1;
            }
            int c = order.compare(a, b);
            return c != 0 ? c : Integer.compare(pa, pb);
        };
    }

    /** Whether the two groupings order the list alike (the same leaders). */
    boolean sameAs(ArticleGroups other) {
        return other != null && leaders.equals(other.leaders) && sortOrder == other.sortOrder;
    }

    private static ArticleSummary retitled(ArticleSummary a, String title) {
        return new ArticleSummary(a.id(), title, a.date(), a.source(), a.wordCount(), a.format(), a.problem(),
                a.warning(), a.size(), a.modifiedMillis(), a.structure(), a.site(), a.byline());
    }
}
