package org.dossier.ui.library;

import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.dossier.article.ArticleSummary;

/**
 * The window's left column: the filter field and sort order above the article list. A pure view of
 * an {@link ArticleListViewModel}: its selection follows the model's and the model's follows it; Esc
 * in the filter clears it, ↓ or Enter goes to the list. FX-thread confined.
 */
public final class ArticleListPane extends VBox {
    private final ArticleListViewModel list;
    private final TextField filter = new TextField();
    private final ListView<ArticleSummary> listView;

    public ArticleListPane(ArticleListViewModel list) {
        this.list = list;
        this.listView = new ListView<>(list.shown());
        filter.setId("filter");
        filter.setPromptText("Filter (Ctrl+F)");
        filter.textProperty().bindBidirectional(list.filterProperty());
        filter.addEventFilter(KeyEvent.KEY_PRESSED, this::onFilterKey);
        ComboBox<SortOrder> sort = new ComboBox<>();
        sort.setId("sort");
        sort.getItems().setAll(SortOrder.values());
        sort.valueProperty().bindBidirectional(list.sortOrderProperty());
        sort.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox tools = new HBox(6, filter, sort);
        tools.setPadding(new Insets(6));

        listView.setId("articles");
        listView.setCellFactory(v -> new ArticleCell(list.watchHits()));
        list.watchHits().addListener((MapChangeListener<String, Integer>) c -> listView.refresh());
        listView.setPlaceholder(placeholder());
        listView.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> list.selectedProperty().set(now));
        list.selectedProperty().addListener((o, was, now) -> {
            if (now == null) {
                listView.getSelectionModel().clearSelection();
            } else if (now != listView.getSelectionModel().getSelectedItem()) {
                listView.getSelectionModel().select(now);
            }
        });
        // After the list view has taken in the change (it may have dropped its selection).
        list.shown().addListener((ListChangeListener<ArticleSummary>) c -> list.shownChanged());
        list.setRevealer(this::reveal);
        VBox.setVgrow(listView, Priority.ALWAYS);
        getChildren().addAll(tools, listView);
        setMinWidth(220);
        getStyleClass().add("library");
    }

    /** "No articles", or, while a filter is typed, what matched nothing: "No articles match “sanction”". */
    private Label placeholder() {
        Label empty = new Label();
        empty.setId("articles-empty");
        empty.setWrapText(true);
        empty.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String f = list.filterProperty().get();
            return f == null || f.isBlank() ? "No articles" : "No articles match “" + f.strip() + "”";
        }, list.filterProperty()));
        return empty;
    }

    /** Ctrl+F: the cursor in the filter, its text selected. */
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    private void reveal(boolean focus) {
        ArticleSummary selected = list.selectedProperty().get();
        int at = selected == null ? -1 : listView.getItems().indexOf(selected);
        listView.scrollTo(Math.max(0, at));
        // Reading starts in the list (arrows, j/k), unless the user is typing a filter.
        if (focus && filter.getText().isEmpty()) {
            listView.requestFocus();
        }
    }

    private void onFilterKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            filter.clear();
            listView.requestFocus();
            e.consume();
        } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
            listView.requestFocus();
            e.consume();
        }
    }
}
