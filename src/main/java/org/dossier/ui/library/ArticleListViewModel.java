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

import org.dossier.article.ArticleSummary;

/**
 * The article list's state: every article of the folder (its summary: the list holds no texts), the
 * filter text that narrows it as the user types, the sort order and the selected article. The filter
 * matches titles, sources and file names here, and article texts through {@link #setTextMatches}: ids
 * that the search index found for the same words. The view ({@link ArticleListPane}) keeps its
 * selection and this one the same, and shows the selection when {@link #reveal} asks. FX-thread
 * confined.
 */
public final class ArticleListViewModel {
    private final ObservableList<ArticleSummary> articles = FXCollections.observableArrayList();
    private final java.util.Map<String, Integer> positions = new java.util.HashMap<>();

    {
        // Registered before the filtered list's own listener: byId is right in every listener after it.
        articles.addListener((javafx.collections.ListChangeListener<ArticleSummary>) c -> {
            while (c.next()) {
                if (!sameIdsInPlace(c)) {
                    reindex();
                    return;
                }
            }
        });
    }

    private final FilteredList<ArticleSummary> filtered = new FilteredList<>(articles);
    private final SortedList<ArticleSummary> sorted = new SortedList<>(filtered);
    private final StringProperty filter = new SimpleStringProperty("");
    /** Per filter word, the ids of the articles whose text has it (from the search index). */
    private final ObjectProperty<java.util.Map<String, java.util.Set<String>>> textMatches =
            new SimpleObjectProperty<>(java.util.Map.of());
    private final ObjectProperty<java.util.Set<String>> onlyIds = new SimpleObjectProperty<>();
    private final StringProperty restriction = new SimpleStringProperty("");
    private final javafx.collections.ObservableMap<String, Integer> watchHits = FXCollections.observableHashMap();
    private final ObjectProperty<SortOrder> sortOrder = new SimpleObjectProperty<>(SortOrder.NEWEST_FIRST);
    private final IntegerBinding problems = Bindings.createIntegerBinding(
            () -> (int) articles.stream().filter(ArticleSummary::isBroken).count(), articles);
    private final ObjectProperty<ArticleSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private java.util.function.Consumer<Boolean> revealer = focus -> { };
    private java.util.function.BooleanSupplier keepSelection = () -> true;

    public ArticleListViewModel() {
        filter.addListener((obs, old, now) -> {
            textMatches.set(java.util.Map.of());
            refilter();
        });
        onlyIds.addListener((obs, old, now) -> refilter());
        textMatches.addListener((obs, old, now) -> refilter());
        sortOrder.addListener((obs, old, now) -> regroup(true));
        articles.addListener((javafx.collections.ListChangeListener<ArticleSummary>) c -> regroup(false));
        sorted.setComparator(sortOrder.get().comparator());
    }

    /** A feed's items and an e-mail's attachments stay together (see {@link ArticleGroups}). */
    private ArticleGroups groups;

    private void regroup(boolean orderChanged) {
        ArticleGroups now = ArticleGroups.of(articles, sortOrder.get());
        if (!orderChanged && (now == null ? groups == null : now.sameAs(groups))) {
            return;
        }
        groups = now;
        sorted.setComparator(now == null ? sortOrder.get().comparator() : now.comparator());
    }

    private void refilter() {
        java.util.function.Predicate<ArticleSummary> text = matcher(filter.get(), textMatches.get());
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

    /** The filter's words, lower-cased; empty when there is no filter. */
    public static List<String> words(String filterText) {
        String stripped = filterText == null ? "" : filterText.toLowerCase(Locale.ROOT).strip();
        return stripped.isEmpty() ? List.of() : List.of(stripped.split("\\s+"));
    }

    /**
     * Case-insensitive: an article passes when each word of the filter occurs in its title, source
     * or file name, or its text has it (its id is in {@code textMatches} for that word).
     */
    static java.util.function.Predicate<ArticleSummary> matcher(String filterText,
                                                                java.util.Map<String, java.util.Set<String>> textMatches) {
        List<String> words = words(filterText);
        if (words.isEmpty()) {
            return null;
        }
        return a -> {
            String title = a.title().toLowerCase(Locale.ROOT);
            String source = a.source().toLowerCase(Locale.ROOT);
            String id = a.id().toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (!title.contains(w) && !source.contains(w) && !id.contains(w)
                        && !textMatches.getOrDefault(w, java.util.Set.of()).contains(a.id())) {
                    return false;
                }
            }
            return true;
        };
    }

    /**
     * Per word of {@code forFilter}, the ids of the articles whose text has it; ignored when the
     * filter has changed since they were asked for.
     */
    public void setTextMatches(String forFilter, java.util.Map<String, java.util.Set<String>> idsByWord) {
        if (java.util.Objects.equals(forFilter, filter.get())) {
            textMatches.set(java.util.Map.copyOf(idsByWord));
        }
    }

    /** What the list shows: filtered and sorted. */
    public ObservableList<ArticleSummary> shown() {
        return sorted;
    }

    public ObservableList<ArticleSummary> all() {
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

    public void setAll(List<ArticleSummary> loaded) {
        articles.setAll(loaded);
    }

    /**
     * Makes the list hold exactly {@code now}, touching only entries that changed: unchanged
     * summaries keep their place and the selection, so a background refresh does not disturb reading.
     */
    public void update(List<ArticleSummary> now) {
        if (articles.isEmpty()) {
            setAll(now);
            return;
        }
        java.util.Set<String> next = new java.util.HashSet<>();
        for (ArticleSummary s : now) {
            next.add(s.id());
        }
        articles.removeIf(a -> !next.contains(a.id()));
        List<ArticleSummary> added = new java.util.ArrayList<>();
        for (ArticleSummary s : now) {
            Integer at = positions.get(s.id());
            if (at == null) {
                added.add(s);
            } else if (!articles.get(at).equals(s)) {
                articles.set(at, s);
            }
        }
        if (!added.isEmpty()) {
            articles.addAll(added);
        }
    }

    /** Adds the article, or replaces the one with the same id. */
    public void put(ArticleSummary article) {
        Integer at = positions.get(article.id());
        if (at != null) {
            articles.set(at, article);
        } else {
            articles.add(article);
        }
    }

    public void remove(String id) {
        Integer at = positions.get(id);
        if (at != null) {
            articles.remove((int) at);
        }
    }

    public ArticleSummary byId(String id) {
        Integer at = positions.get(id);
        return at == null ? null : articles.get(at);
    }

    /** The article chosen in the list, or null. */
    public ObjectProperty<ArticleSummary> selectedProperty() {
        return selected;
    }

    /** Selects the first article shown, if any. */
    public void selectFirst() {
        if (!sorted.isEmpty()) {
            selected.set(sorted.get(0));
        }
    }

    /** Selects the article {@code delta} rows below (above, when negative) the selection, and shows it. */
    public void moveSelection(int delta) {
        int size = sorted.size();
        if (size == 0) {
            return;
        }
        int i = selected.get() == null ? -1 : sorted.indexOf(selected.get());
        int next = Math.max(0, Math.min(size - 1, i < 0 ? 0 : i + delta));
        selected.set(sorted.get(next));
        reveal(false);
    }

    /** Asks the view to scroll the selection into view, and to put the keyboard focus on the list ({@code focus}) unless the user is typing a filter. */
    public void reveal(boolean focus) {
        revealer.accept(focus);
    }

    /** How the view shows the selection (it registers itself). */
    public void setRevealer(java.util.function.Consumer<Boolean> revealer) {
        this.revealer = revealer;
    }

    /**
     * Whether the first article is selected when what is shown changes and nothing is selected (so
     * the reading pane follows what the list shows): by default yes; the session says no while it
     * waits for the article last read.
     */
    public void setKeepSelection(java.util.function.BooleanSupplier when) {
        this.keepSelection = when;
    }

    /** Called by the view once it has taken in a change of {@link #shown()}. */
    public void shownChanged() {
        if (selected.get() == null && !sorted.isEmpty() && keepSelection.getAsBoolean()) {
            selectFirst();
        }
    }

    /** A replacement of entries by entries with the same ids (a refreshed summary): positions still hold. */
    private static boolean sameIdsInPlace(javafx.collections.ListChangeListener.Change<? extends ArticleSummary> c) {
        if (c.wasPermutated() || c.getAddedSize() != c.getRemovedSize()) {
            return false;
        }
        List<? extends ArticleSummary> added = c.getAddedSubList();
        List<? extends ArticleSummary> removed = c.getRemoved();
        for (int i = 0; i < added.size(); i++) {
            if (!added.get(i).id().equals(removed.get(i).id())) {
                return false;
            }
        }
        return true;
    }

    private void reindex() {
        positions.clear();
        for (int i = 0; i < articles.size(); i++) {
            positions.put(articles.get(i).id(), i);
        }
    }
}
