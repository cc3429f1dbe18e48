package org.dossier.ui.search;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.StringConverter;

import org.dossier.annotate.EntityType;
import org.dossier.search.SearchHit;

/**
 * The search tab's controls: the query field, the filters (entity type, entity, dates, source), a
 * status line, the ranked results with their snippets, and previous / next hit buttons. Holds no
 * search logic: {@link SearchController} reads the controls and fills the results. FX-thread confined.
 */
final class SearchPanel extends VBox {
    static final String ANY_TYPE = "Any type";
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    final TextField field = new TextField();
    final ComboBox<String> type = new ComboBox<>();
    final TextField entity = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final TextField source = new TextField();
    final Label status = new Label();
    final ListView<SearchHit> results = new ListView<>();
    final Label hitPosition = new Label();
    /** What the results list shows when it is empty: how to search, or what matched nothing. */
    final Label empty = new Label(PROMPT);
    static final String PROMPT = "Type words to search every article";

    SearchPanel(Runnable onChange, Consumer<SearchHit> onChoose, Consumer<Integer> onMoveHit) {
        field.setId("search-field");
        field.setPromptText("Search the library (Ctrl+Shift+F)");
        field.setTooltip(new Tooltip("Words, all must occur, in any form (whale finds whales); \"exactly this\"; OR, -word, word*"));
        type.setId("search-type");
        type.getItems().add(ANY_TYPE);
        for (EntityType t : EntityType.values()) {
            type.getItems().add(t.name());
        }
        type.setValue(ANY_TYPE);
        type.setMinWidth(Region.USE_PREF_SIZE);
        entity.setId("search-entity");
        // a short prompt: the narrow side panel cut the long one; the tooltip gives the forms
        entity.setPromptText("Entity");
        entity.setTooltip(new Tooltip("An entity's name (Lavrov) or TYPE:name (PERSON:Sergei Lavrov)"));
        HBox.setHgrow(entity, Priority.ALWAYS);
        from.setId("search-from");
        to.setId("search-to");
        for (DatePicker d : List.of(from, to)) {
            d.setConverter(isoDates());
            // short prompts, as for the entity field: the format is in the tooltip
            d.setPromptText(d == from ? "From date" : "To date");
            d.setTooltip(new Tooltip((d == from ? "Articles dated on or after" : "Articles dated on or before")
                    + " this day, typed as yyyy-mm-dd or picked from the calendar"));
            d.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(d, Priority.ALWAYS);
        }
        source.setId("search-source");
        source.setPromptText("Source (e.g. Reuters)");
        status.setId("search-status");
        status.getStyleClass().add("panel-summary");
        status.setWrapText(true);

        results.setId("search-results");
        empty.setId("search-empty");
        empty.setWrapText(true);
        results.setPlaceholder(empty);
        results.setCellFactory(v -> new HitCell());
        results.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                onChoose.accept(now);
            }
        });
        VBox.setVgrow(results, Priority.ALWAYS);

        Button previous = new Button("◀");
        previous.setId("search-previous-hit");
        previous.setTooltip(new Tooltip("Previous hit in the article (Shift+F3)"));
        previous.setOnAction(e -> onMoveHit.accept(-1));
        Button next = new Button("▶");
        next.setId("search-next-hit");
        next.setTooltip(new Tooltip("Next hit in the article (F3)"));
        next.setOnAction(e -> onMoveHit.accept(1));
        for (Button b : List.of(previous, next)) {
            b.setFocusTraversable(false);
        }
        hitPosition.setId("search-hit-position");
        hitPosition.getStyleClass().add("panel-summary");
        HBox hitBar = new HBox(4, previous, next, hitPosition);
        hitBar.setAlignment(Pos.CENTER_LEFT);

        field.textProperty().addListener((o, a, b) -> onChange.run());
        type.valueProperty().addListener((o, a, b) -> onChange.run());
        entity.textProperty().addListener((o, a, b) -> onChange.run());
        from.valueProperty().addListener((o, a, b) -> onChange.run());
        to.valueProperty().addListener((o, a, b) -> onChange.run());
        source.textProperty().addListener((o, a, b) -> onChange.run());

        setSpacing(6);
        setPadding(new Insets(6));
        getChildren().setAll(field, new HBox(6, type, entity), new HBox(6, from, to), source, hitBar, status, results);
        getStyleClass().add("search-panel");
    }

    /** The entity type chosen, or null for any. */
    String entityType() {
        return ANY_TYPE.equals(type.getValue()) ? null : type.getValue();
    }

    /** The results, and what the list says when there are none ({@link #PROMPT} when nothing was asked). */
    void showResults(List<SearchHit> hits, String whenNone) {
        empty.setText(whenNone);
        results.getSelectionModel().clearSelection();
        results.getItems().setAll(hits);
        if (!hits.isEmpty()) {
            results.scrollTo(0);
        }
    }

    /** Dates typed as yyyy-mm-dd; anything else counts as no date rather than an error. */
    private static StringConverter<LocalDate> isoDates() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : ISO.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip(), ISO);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        };
    }

    /** "8 Jul 2017 · Reuters", the parts that are known. */
    static String meta(SearchHit hit) {
        List<String> parts = new ArrayList<>();
        if (hit.date() != null) {
            parts.add(SHOWN.format(hit.date()));
        }
        if (!hit.source().isBlank()) {
            parts.add(hit.source());
        }
        if (parts.isEmpty()) {
            parts.add(hit.id());
        }
        return String.join(" · ", parts);
    }

    /** The snippet as text runs, the matched words styled {@code search-match}. */
    static List<Text> snippetTexts(SearchHit hit) {
        List<Text> texts = new ArrayList<>();
        String s = hit.snippet();
        int at = 0;
        for (int[] m : hit.snippetMarks()) {
            if (m[0] > at) {
                texts.add(text(s.substring(at, m[0]), false));
            }
            texts.add(text(s.substring(m[0], m[1]), true));
            at = m[1];
        }
        if (at < s.length()) {
            texts.add(text(s.substring(at), false));
        }
        return texts;
    }

    private static Text text(String s, boolean match) {
        Text t = new Text(s);
        t.getStyleClass().add(match ? "search-match" : "search-snippet-text");
        return t;
    }

    /** One result: title, date · source, and the snippet with its matches emphasised. */
    private final class HitCell extends ListCell<SearchHit> {
        private final Label title = new Label();
        private final Label meta = new Label();
        private final TextFlow snippet = new TextFlow();
        private final VBox box = new VBox(2, title, meta, snippet);

        HitCell() {
            title.getStyleClass().add("article-title");
            title.setWrapText(true);
            meta.getStyleClass().add("article-meta");
            snippet.getStyleClass().add("search-snippet");
            // Wrap to the list's width instead of growing a horizontal scroll bar.
            box.prefWidthProperty().bind(results.widthProperty().subtract(32));
            box.maxWidthProperty().bind(box.prefWidthProperty());
            box.setMinWidth(0);
            getStyleClass().add("search-hit");
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            setText(null);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            title.setText(hit.title());
            meta.setText(meta(hit));
            snippet.getChildren().setAll(snippetTexts(hit));
            setGraphic(box);
        }
    }
}
