package org.dossier.ui.library;

import java.util.List;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import org.dossier.article.Article;

/**
 * The article list's state: every article of the folder, the filter text that narrows it by title
 * and text as the user types, and the sort order. FX-thread confined.
 */
public final class ArticleListViewModel {
    private final ObservableList<Article> articles = FXCollections.observableArrayList();
    private final FilteredList<Article> filtered = new FilteredList<>(articles);
    private final SortedList<Article> sorted = new SortedList<>(filtered);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<java.util.Set<String>> onlyIds = new SimpleObjectProperty<>();
    private final StringProperty restriction = new SimpleStringProperty("");
    private final javafx.collections.ObservableMap<String, Integer> watchHits = FXCollections.observableHashMap();
    private final ObjectProperty<SortOrder> sortOrder = new SimpleObjectProperty<>(SortOrder.NEWEST_FIRST);
    private final IntegerBinding problems = Bindings.createIntegerBinding(
            () -> (int) articles.stream().filter(Article::isBroken).count(), articles);

    public ArticleListViewModel() {
        filter.addListener((obs, old, now) -> refilter());
        onlyIds.addListener((obs, old, now) -> refilter());
        sorted.comparatorProperty().bind(Bindings.createObjectBinding(() -> sortOrder.get().comparator(), sortOrder));
    }

    private void refilter() {
        java.util.function.Predicate<Article> text = matcher(filter.get());
        java.util.Set<String> ids = onlyIds.get();
        if (ids == null) {
            filtered.setPredicate(text);
        } else {
            filtered.setPredicate(a -> ids.contains(a.id()) && (text == null || text.test(a)));
        }
    }

    /**
     * Shows only the articles with these ids (e.g. those that mention an entity), described by
     * {@code label} in the status bar; null ids lift the restriction.
     */
    public void restrictTo(java.util.Set<String> ids, String label) {
        restriction.set(ids == null ? "" : label);
        onlyIds.set(ids == null ? null : java.util.Set.copyOf(ids));
    }

    /** What the list is restricted to ("mentioning Sergey Lavrov"), or "". */
    public StringProperty restrictionProperty() {
        return restriction;
    }

    /** Watch-list hits per article id, shown in the list. */
    public javafx.collections.ObservableMap<String, Integer> watchHits() {
        return watchHits;
    }

    /** Case-insensitive: every word of the filter must occur in the title or the text. */
    static java.util.function.Predicate<Article> matcher(String filterText) {
        String[] words = filterText == null ? new String[0] : filterText.toLowerCase(Locale.ROOT).strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return null;
        }
        return a -> {
            String title = a.title().toLowerCase(Locale.ROOT);
            String text = a.text().toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (!title.contains(w) && !text.contains(w) && !a.id().toLowerCase(Locale.ROOT).contains(w)) {
                    return false;
                }
            }
            return true;
        };
    }

    /** What the list shows: filtered and sorted. */
    public ObservableList<Article> shown() {
        return sorted;
    }

    public ObservableList<Article> all() {
        return articles;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<SortOrder> sortOrderProperty() {
        return sortOrder;
    }

    public IntegerBinding problemCount() {
        return problems;
    }

    public void setAll(List<Article> loaded) {
        articles.setAll(loaded);
    }

    /** Adds the article, or replaces the one with the same id. */
    public void put(Article article) {
        for (int i = 0; i < articles.size(); i++) {
            if (articles.get(i).id().equals(article.id())) {
                articles.set(i, article);
                return;
            }
        }
        articles.add(article);
    }

    public void remove(String id) {
        articles.removeIf(a -> a.id().equals(id));
    }

    public Article byId(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
    }
}
