package org.dossier.ui.profile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.geometry.Pos;
import javafx.scene.control.Accordion;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.dossier.analysis.EntityProfile;
import org.dossier.analysis.Passage;
import org.dossier.annotate.EntityType;
import org.dossier.notebook.Bookmark;

/**
 * The profile tab: the entity's name, type, other names, counts and dates; the entities most often
 * in the same paragraphs (each a link to its profile); then the concordance (each mention in its
 * sentence, keyword in context), the articles (newest first) and the bookmarks that mention it, each
 * line opening the article. A view of {@link ProfileController}. FX-thread confined.
 */
final class ProfileView extends StackPane {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** What the view's clicks do. */
    interface Actions {
        void openProfile(String entityId);

        void back();

        void openMention(Passage passage);

        void openArticle(String articleId);

        void openBookmark(Bookmark bookmark);
    }

    final Button back = new Button("◀ Back");
    final Label name = new Label();
    final Label facts = new Label();
    final Label aliases = new Label();
    final Label dates = new Label();
    final FlowPane coMentioned = new FlowPane(4, 4);
    final ListView<Passage> concordance = new ListView<>();
    final ListView<EntityProfile.ArticleRef> articles = new ListView<>();
    final ListView<Bookmark> bookmarks = new ListView<>();
    private final TitledPane concordancePane = new TitledPane("Concordance", concordance);
    private final TitledPane articlesPane = new TitledPane("Articles", articles);
    private final TitledPane bookmarksPane = new TitledPane("Bookmarks", bookmarks);
    private final Label empty = new Label("Choose an entity — a node of the network, a row of the index, a name in the "
            + "article's entity panel — to see everything the library says about it.");
    private final VBox content;
    private final Region swatch = new Region();
    private final Actions actions;

    ProfileView(Actions actions) {
        this.actions = actions;
        getStyleClass().add("profile-view");
        getStylesheets().add(ProfileView.class.getResource("profile.css").toExternalForm());
        back.setId("profile-back");
        back.setOnAction(e -> actions.back());
        back.setDisable(true);
        name.setId("profile-name");
        name.getStyleClass().add("profile-name");
        name.setWrapText(true);
        swatch.getStyleClass().add("swatch");
        facts.setId("profile-facts");
        facts.getStyleClass().add("profile-facts");
        facts.setWrapText(true);
        aliases.setId("profile-aliases");
        aliases.getStyleClass().add("profile-facts");
        aliases.setWrapText(true);
        dates.setId("profile-dates");
        dates.getStyleClass().add("profile-facts");
        dates.setWrapText(true);
        coMentioned.setId("profile-co-mentioned");
        Label with = new Label("Most often with");
        with.getStyleClass().add("profile-section");
        HBox title = new HBox(6, swatch, name);
        title.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(title, facts, aliases, dates, with, coMentioned);
        header.getStyleClass().add("profile-header");

        concordance.setId("profile-concordance");
        concordance.setPlaceholder(new Label("No mentions read"));
        concordance.setCellFactory(v -> new KwicCell(actions::openMention));
        articles.setId("profile-articles");
        articles.setCellFactory(v -> new ClickCell<>(a -> (a.date() == null ? "undated" : DAY.format(a.date())) + " · "
                + a.title() + " · " + a.mentions() + (a.mentions() == 1 ? " mention" : " mentions"),
                a -> actions.openArticle(a.id())));
        bookmarks.setId("profile-bookmarks");
        bookmarks.setPlaceholder(new Label("No bookmark mentions it"));
        bookmarks.setCellFactory(v -> new ClickCell<>(b -> "“" + abbreviate(b.exact(), 140) + "”"
                + (b.note().isBlank() ? "" : "\n" + abbreviate(b.note(), 100)), actions::openBookmark));
        concordancePane.setId("profile-concordance-pane");
        articlesPane.setId("profile-articles-pane");
        bookmarksPane.setId("profile-bookmarks-pane");
        Accordion sections = new Accordion(concordancePane, articlesPane, bookmarksPane);
        sections.setExpandedPane(concordancePane);
        VBox.setVgrow(sections, Priority.ALWAYS);
        HBox bar = new HBox(back);
        bar.getStyleClass().add("profile-bar");
        content = new VBox(bar, header, sections);
        empty.setId("profile-empty");
        empty.getStyleClass().add("profile-empty");
        empty.setWrapText(true);
        StackPane.setAlignment(empty, Pos.TOP_LEFT);
        getChildren().setAll(empty);
    }

    /** Nothing to show: the hint instead. */
    void showNothing(String why) {
        empty.setText(why);
        getChildren().setAll(empty);
    }

    void show(EntityProfile p, List<Bookmark> marked, boolean canGoBack) {
        back.setDisable(!canGoBack);
        swatch.getStyleClass().setAll("swatch", "swatch-" + p.type().name());
        name.setText(p.name());
        facts.setText(typeLabel(p.type()) + " · " + count(p.articles().size(), "article") + " · "
                + count(p.mentions(), "mention"));
        List<String> others = p.aliases().stream().filter(a -> !a.equals(p.name())).toList();
        aliases.setText(others.isEmpty() ? "No other names" : "Also: " + String.join(", ", others));
        dates.setText(dateLine(p));
        coMentioned.getChildren().clear();
        for (EntityProfile.CoMention c : p.coMentioned()) {
            Hyperlink link = new Hyperlink(c.name() + " · " + c.paragraphs());
            link.getStyleClass().add("profile-co");
            Region sw = new Region();
            sw.getStyleClass().addAll("swatch", "swatch-" + c.type().name());
            link.setGraphic(sw);
            link.setTooltip(new Tooltip(typeLabel(c.type()) + ": in " + count(c.paragraphs(), "paragraph") + " with "
                    + p.name()));
            link.setOnAction(e -> actions.openProfile(c.id()));
            coMentioned.getChildren().add(link);
        }
        if (p.coMentioned().isEmpty()) {
            coMentioned.getChildren().add(new Label("No other name shares a paragraph"));
        }
        concordance.getItems().setAll(p.concordance());
        concordancePane.setText("Concordance (" + p.concordance().size()
                + (p.concordance().size() < p.mentions() ? " of " + p.mentions() : "") + ")");
        articles.getItems().setAll(p.articles());
        articlesPane.setText("Articles (" + p.articles().size() + ")");
        bookmarks.getItems().setAll(marked);
        bookmarksPane.setText("Bookmarks (" + marked.size() + ")");
        concordance.scrollTo(0);
        getChildren().setAll(content);
    }

    private static String dateLine(EntityProfile p) {
        String published = p.firstSeen() == null ? "in undated articles"
                : p.firstSeen().equals(p.lastSeen()) ? "on " + day(p.firstSeen())
                : "from " + day(p.firstSeen()) + " to " + day(p.lastSeen());
        String line = "Written about " + published;
        if (p.earliestMentioned() != null) {
            line += "\nDates beside it: " + (p.earliestMentioned().equals(p.latestMentioned())
                    ? p.earliestMentioned().value()
                    : p.earliestMentioned().value() + " to " + p.latestMentioned().value());
        }
        return line;
    }

    private static String day(LocalDate d) {
        return DAY.format(d);
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    static String typeLabel(EntityType type) {
        return switch (type) {
            case PERSON -> "Person";
            case ORG -> "Organisation";
            case LOCATION -> "Place";
            case NORP -> "Group";
            case DATE -> "Date";
            case QUANTITY -> "Quantity";
        };
    }

    static String abbreviate(String s, int max) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }

    /** A line that does something when clicked (or Enter pressed). */
    private static class ClickCell<T> extends ListCell<T> {
        private final java.util.function.Function<T, String> text;

        ClickCell(java.util.function.Function<T, String> text, Consumer<T> onOpen) {
            this.text = text;
            setWrapText(true);
            setPrefWidth(0);
            setOnMouseClicked(e -> {
                if (!isEmpty() && getItem() != null && e.getButton() == MouseButton.PRIMARY) {
                    onOpen.accept(getItem());
                }
            });
            setOnKeyPressed(e -> {
                if (!isEmpty() && getItem() != null && e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                    onOpen.accept(getItem());
                }
            });
        }

        @Override
        protected void updateItem(T item, boolean isEmpty) {
            super.updateItem(item, isEmpty);
            setText(isEmpty || item == null ? null : text.apply(item));
        }
    }

    /**
     * A concordance line: the sentence before the mention (cut at the left, right-aligned), the
     * mention, the sentence after it (cut at the right) — the keywords line up down the list — and
     * under it the article it is from.
     */
    private static final class KwicCell extends ListCell<Passage> {
        private final Label left = new Label();
        private final Label key = new Label();
        private final Label right = new Label();
        private final Label source = new Label();
        private final VBox box;

        KwicCell(Consumer<Passage> onOpen) {
            left.getStyleClass().add("kwic-left");
            key.getStyleClass().add("kwic-key");
            right.getStyleClass().add("kwic-right");
            source.getStyleClass().add("kwic-source");
            left.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
            left.setAlignment(Pos.CENTER_RIGHT);
            left.setMinWidth(0);
            left.setMaxWidth(Double.MAX_VALUE);
            key.setMinWidth(Region.USE_PREF_SIZE);
            right.setMinWidth(0);
            right.setPrefWidth(0);
            right.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(right, Priority.ALWAYS);
            HBox line = new HBox(left, key, right);
            line.setAlignment(Pos.CENTER_LEFT);
            left.prefWidthProperty().bind(widthProperty().multiply(0.38));
            source.setMinWidth(0);
            box = new VBox(1, line, source);
            setPrefWidth(0);
            getStyleClass().add("kwic-cell");
            setOnMouseClicked(e -> {
                if (!isEmpty() && getItem() != null && e.getButton() == MouseButton.PRIMARY) {
                    onOpen.accept(getItem());
                }
            });
            setOnKeyPressed(e -> {
                if (!isEmpty() && getItem() != null && e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                    onOpen.accept(getItem());
                }
            });
        }

        @Override
        protected void updateItem(Passage p, boolean empty) {
            super.updateItem(p, empty);
            setText(null);
            if (empty || p == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            String text = p.text();
            left.setText(flat(text.substring(0, p.markStartInText())));
            key.setText(flat(text.substring(p.markStartInText(), p.markEndInText())));
            right.setText(flat(text.substring(p.markEndInText())));
            source.setText(p.articleTitle());
            setTooltip(new Tooltip(abbreviate(text, 400) + "\n— " + p.articleTitle()));
            setGraphic(box);
        }

        private static String flat(String s) {
            return s.replaceAll("\\s+", " ");
        }
    }
}
