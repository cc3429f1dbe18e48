package org.dossier.ui.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.dossier.notebook.Bookmark;
import org.dossier.notebook.BookmarkGroup;
import org.dossier.notebook.BookmarkGroups;
import org.dossier.notebook.NotebookQuery;
import org.dossier.notebook.PassageEntity;

/**
 * The notebook tab: every bookmark across articles, grouped by article or by tag, searchable as you
 * type over quotes, notes and tags, filterable by tag and by entity; the chosen bookmark's note and
 * tags are edited in place; Delete removes it (Ctrl+Z brings it back); a double-click or Enter
 * opens the article at the passage. A pure view: the controller supplies data and actions.
 * FX-thread confined.
 */
final class NotebookView extends VBox {
    private static final String ANY_TAG = "All tags";
    private static final String ANY_ENTITY = "All entities";

    /** What the view asks of its controller. */
    interface Actions {
        List<Bookmark> query(NotebookQuery query);

        void open(Bookmark bookmark);

        void save(Bookmark bookmark, String note, List<String> tags);

        void delete(Bookmark bookmark);
    }

    private final Actions actions;
    private final TextField search = new TextField();
    private final ComboBox<String> grouping = new ComboBox<>();
    private final ComboBox<String> tagFilter = new ComboBox<>();
    private final ComboBox<String> entityFilter = new ComboBox<>();
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>("root"));
    private final Label summary = new Label();
    private final Label quote = new Label();
    private final TextArea note = new TextArea();
    private final TextField tags = new TextField();
    private final VBox details;
    private Map<String, PassageEntity> entities = Map.of();
    private Set<UUID> orphaned = Set.of();
    /** What the list shows, whose words the cells highlight. */
    private NotebookQuery shownQuery = NotebookQuery.ALL;

    NotebookView(Actions actions) {
        this.actions = actions;
        search.setId("notebook-search");
        search.setPromptText("Search quotes, notes and tags");
        grouping.setId("notebook-group");
        grouping.getItems().setAll("By article", "By tag");
        grouping.setValue("By article");
        tagFilter.setId("notebook-tag");
        entityFilter.setId("notebook-entity");
        tagFilter.setMaxWidth(Double.MAX_VALUE);
        entityFilter.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(tagFilter, Priority.ALWAYS);
        HBox.setHgrow(entityFilter, Priority.ALWAYS);
        search.textProperty().addListener((o, a, b) -> refresh());
        grouping.valueProperty().addListener((o, a, b) -> refresh());
        tagFilter.valueProperty().addListener((o, a, b) -> refresh());
        entityFilter.valueProperty().addListener((o, a, b) -> refresh());

        tree.setId("notebook-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new BookmarkCell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> showDetails(selected()));
        tree.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && selected() != null) {
                actions.open(selected());
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && selected() != null) {
                actions.open(selected());
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && selected() != null) {
                actions.delete(selected());
                e.consume();
            }
        });
        VBox.setVgrow(tree, Priority.ALWAYS);

        quote.setWrapText(true);
        quote.getStyleClass().add("bookmark-quote");
        note.setId("notebook-note-edit");
        note.setPromptText("Note");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        tags.setId("notebook-tags-edit");
        tags.setPromptText("Tags, separated by commas");
        Button save = new Button("Save");
        save.setId("notebook-save");
        save.setOnAction(e -> {
            if (selected() != null) {
                actions.save(selected(), note.getText().strip(), BookmarkEditor.parseTags(tags.getText()));
            }
        });
        Button open = new Button("Open");
        open.setOnAction(e -> {
            if (selected() != null) {
                actions.open(selected());
            }
        });
        Button delete = new Button("Delete");
        delete.setId("notebook-delete");
        delete.setOnAction(e -> {
            if (selected() != null) {
                actions.delete(selected());
                // The button disappears with the details; keep the keyboard in the list (Ctrl+Z undoes).
                tree.requestFocus();
            }
        });
        details = new VBox(6, quote, note, tags, new HBox(6, save, open, delete));
        details.setVisible(false);
        details.managedProperty().bind(details.visibleProperty());

        summary.getStyleClass().add("panel-summary");
        setSpacing(6);
        setPadding(new Insets(6));
        getChildren().addAll(search, new HBox(6, grouping), new HBox(6, tagFilter, entityFilter), summary, tree, details);
    }

    /** Shows the notebook's current content; keeps the search, filters and selection. */
    void update(Set<String> allTags, Map<String, PassageEntity> allEntities, Set<UUID> orphanedIds) {
        this.entities = allEntities;
        this.orphaned = orphanedIds;
        String tag = tagFilter.getValue();
        tagFilter.getItems().setAll(ANY_TAG);
        tagFilter.getItems().addAll(allTags);
        tagFilter.setValue(tag != null && allTags.contains(tag) ? tag : ANY_TAG);
        String entity = entityFilter.getValue();
        entityFilter.getItems().setAll(ANY_ENTITY);
        allEntities.values().stream().map(PassageEntity::id).distinct().sorted().forEach(entityFilter.getItems()::add);
        entityFilter.setValue(entity != null && entityFilter.getItems().contains(entity) ? entity : ANY_ENTITY);
        refresh();
    }

    void focusSearch() {
        search.requestFocus();
    }

    private void refresh() {
        String tag = ANY_TAG.equals(tagFilter.getValue()) ? null : tagFilter.getValue();
        String entity = ANY_ENTITY.equals(entityFilter.getValue()) ? null : entityFilter.getValue();
        String text = search.getText() == null || search.getText().isBlank() ? null : search.getText();
        shownQuery = new NotebookQuery(text, tag, entity);
        List<Bookmark> found = actions.query(shownQuery);
        UUID keep = selected() == null ? null : selected().id();
        List<BookmarkGroup> groups = "By tag".equals(grouping.getValue())
                ? BookmarkGroups.byTag(found) : BookmarkGroups.byArticle(found);
        TreeItem<Object> root = tree.getRoot();
        root.getChildren().clear();
        TreeItem<Object> reselect = null;
        for (BookmarkGroup g : groups) {
            TreeItem<Object> group = new TreeItem<>(g);
            group.setExpanded(true);
            for (Bookmark b : g.bookmarks()) {
                TreeItem<Object> item = new TreeItem<>(b);
                group.getChildren().add(item);
                if (b.id().equals(keep) && reselect == null) {
                    reselect = item;
                }
            }
            root.getChildren().add(group);
        }
        summary.setText(found.isEmpty() && text == null && tag == null && entity == null
                ? "No bookmarks yet: select a passage and press Ctrl+B."
                : found.size() + (found.size() == 1 ? " bookmark" : " bookmarks"));
        if (reselect != null) {
            tree.getSelectionModel().select(reselect);
        } else {
            showDetails(null);
        }
    }

    private Bookmark selected() {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        return item != null && item.getValue() instanceof Bookmark b ? b : null;
    }

    private void showDetails(Bookmark b) {
        details.setVisible(b != null);
        if (b != null) {
            quote.setText("“" + BookmarkEditor.abbreviate(b.exact(), 300) + "” — " + b.article().title()
                    + (b.position().page() > 0 ? ", " + b.position().pageLabel() : ""));
            note.setText(b.note());
            tags.setText(String.join(", ", b.tags()));
        }
    }

    /**
     * The text runs of {@code shown}, the notebook search's words in it as {@code notebook-match}
     * labels (a tinted background, which a {@link Text} cannot have), the rest as {@code style} text.
     */
    static List<Node> marked(String shown, NotebookQuery query, String style) {
        List<Node> runs = new ArrayList<>();
        int at = 0;
        for (int[] m : query.marks(shown)) {
            if (m[0] > at) {
                runs.add(run(shown.substring(at, m[0]), style));
            }
            Label match = new Label(shown.substring(m[0], m[1]));
            match.getStyleClass().addAll("notebook-match", style);
            runs.add(match);
            at = m[1];
        }
        if (at < shown.length()) {
            runs.add(run(shown.substring(at), style));
        }
        return runs;
    }

    private static Text run(String s, String style) {
        Text t = new Text(s);
        t.getStyleClass().add(style);
        return t;
    }

    /**
     * A group heading, or a bookmark: its quote wrapped to the tab's width (no sideways scrolling),
     * its note and tags under it, the search's words highlighted in all three, and a warning when
     * the passage was not found in the article.
     */
    private final class BookmarkCell extends TreeCell<Object> {
        /** Room for the tree's indentation, disclosure arrow and vertical scroll bar. */
        private static final double INDENT = 56;
        private final Label warning = new Label("⚠ not found in the article");
        private final TextFlow quoteFlow = new TextFlow();
        private final TextFlow noteFlow = new TextFlow();
        private final TextFlow tagsFlow = new TextFlow();
        private final VBox box = new VBox(3, warning, quoteFlow, noteFlow, tagsFlow);

        BookmarkCell() {
            warning.getStyleClass().add("notebook-warning");
            quoteFlow.getStyleClass().add("notebook-quote");
            noteFlow.getStyleClass().add("notebook-note");
            tagsFlow.getStyleClass().add("notebook-tags");
            for (Node n : List.of(warning, noteFlow, tagsFlow)) {
                n.managedProperty().bind(n.visibleProperty());
            }
            box.prefWidthProperty().bind(tree.widthProperty().subtract(INDENT));
            box.maxWidthProperty().bind(box.prefWidthProperty());
            box.setMinWidth(0);
            // The tree sizes its rows to the viewport; asking for no width of its own keeps its horizontal scroll bar away.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Object value, boolean empty) {
            super.updateItem(value, empty);
            getStyleClass().removeAll("notebook-group", "notebook-item");
            if (empty || value == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            if (value instanceof BookmarkGroup g) {
                getStyleClass().add("notebook-group");
                setGraphic(null);
                setText(g.label() + " (" + g.bookmarks().size() + ")");
            } else if (value instanceof Bookmark b) {
                getStyleClass().add("notebook-item");
                setText(null);
                warning.setVisible(orphaned.contains(b.id()));
                String quote = "“" + BookmarkEditor.abbreviate(b.exact(), 600) + "”"
                        + (b.position().page() > 0 ? " · " + b.position().pageLabel() : "");
                quoteFlow.getChildren().setAll(marked(quote, shownQuery, "notebook-quote-text"));
                noteFlow.setVisible(!b.note().isBlank());
                noteFlow.getChildren().setAll(marked(b.note().strip(), shownQuery, "notebook-note-text"));
                tagsFlow.setVisible(!b.tags().isEmpty());
                tagsFlow.getChildren().setAll(marked(String.join("  ", b.tags().stream().map(t -> "#" + t).toList()),
                        shownQuery, "notebook-tag-text"));
                setGraphic(box);
            }
        }
    }
}
