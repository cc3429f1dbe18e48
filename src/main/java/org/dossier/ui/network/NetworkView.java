package org.dossier.ui.network;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.dossier.analysis.Passage;
import org.dossier.ui.analysis.PassageCell;
import org.dossier.annotate.EntityIndex;
import org.dossier.annotate.EntityType;

/**
 * The network tab: the filters (types, the minimum of paragraphs in common, the listed articles
 * only, how many entities), the canvas, and below it the paragraphs of the edge last clicked. A view
 * of {@link NetworkController}, which owns the state. FX-thread confined.
 */
final class NetworkView extends VBox {
    /** How many entities the view may show; the first is the default. */
    static final int[] CAPS = {80, 40, 150, 300};
    private static final int CONTEXT = 220;

    final NetworkCanvas canvas = new NetworkCanvas();
    final Map<EntityType, ToggleButton> types = new EnumMap<>(EntityType.class);
    final Slider minWeight = new Slider(1, 2, 1);
    final Label minWeightValue = new Label("1");
    final CheckBox listedOnly = new CheckBox("Listed articles only");
    final ComboBox<Integer> cap = new ComboBox<>();
    final Label status = new Label("Reading the library…");
    final Button popOut = new Button("Open in a window");
    final Label passagesTitle = new Label("Click a link to list the paragraphs its two entities share.");
    final ListView<Passage> passages = new ListView<>();

    NetworkView(Consumer<Passage> onOpen) {
        getStyleClass().add("network-view");
        getStylesheets().add(NetworkView.class.getResource("network.css").toExternalForm());
        FlowPane typeRow = new FlowPane(4, 4);
        // Dates and quantities are never nodes (decision 0086): no switch for them.
        for (EntityType type : EntityIndex.NAMES) {
            ToggleButton t = new ToggleButton(label(type));
            t.setId("network-type-" + type.name());
            t.getStyleClass().add("network-type");
            Region swatch = new Region();
            swatch.getStyleClass().addAll("swatch", "swatch-" + type.name());
            t.setGraphic(swatch);
            t.setSelected(EntityIndex.NAMES.contains(type));
            types.put(type, t);
            typeRow.getChildren().add(t);
        }
        minWeight.setId("network-min-weight");
        minWeight.setMajorTickUnit(1);
        minWeight.setMinorTickCount(0);
        minWeight.setSnapToTicks(true);
        minWeight.setBlockIncrement(1);
        minWeight.setTooltip(new Tooltip("Links between entities that share fewer paragraphs are left out"));
        HBox.setHgrow(minWeight, Priority.ALWAYS);
        minWeightValue.setMinWidth(Region.USE_PREF_SIZE);
        minWeightValue.setId("network-min-weight-value");
        Label weightLabel = new Label("Shared paragraphs ≥");
        weightLabel.setMinWidth(Region.USE_PREF_SIZE);
        listedOnly.setId("network-listed-only");
        listedOnly.setTooltip(new Tooltip("Count only the articles the list shows (its filter or restriction)"));
        cap.setId("network-cap");
        for (int c : CAPS) {
            cap.getItems().add(c);
        }
        cap.setValue(CAPS[0]);
        cap.setTooltip(new Tooltip("At most this many entities: those of the strongest links"));
        HBox weightRow = new HBox(6, weightLabel, minWeight, minWeightValue);
        weightRow.setAlignment(Pos.CENTER_LEFT);
        Label capLabel = new Label("Entities");
        popOut.setId("network-pop-out");
        popOut.setTooltip(new Tooltip("Show the network in a window of its own, larger than this panel"));
        capLabel.setMinWidth(Region.USE_PREF_SIZE);
        listedOnly.setMinWidth(Region.USE_PREF_SIZE);
        popOut.setMinWidth(Region.USE_PREF_SIZE);
        HBox capBox = new HBox(6, capLabel, cap);
        capBox.setAlignment(Pos.CENTER_LEFT);
        capBox.setMinWidth(Region.USE_PREF_SIZE);
        // A row that wraps rather than cuts its controls short: the side panel is narrow.
        FlowPane optionRow = new FlowPane(8, 4, listedOnly, capBox, popOut);
        optionRow.setId("network-options");
        optionRow.setAlignment(Pos.CENTER_LEFT);
        typeRow.setId("network-types");
        status.setId("network-status");
        status.getStyleClass().add("network-status");
        status.setWrapText(true);
        VBox controls = new VBox(6, typeRow, weightRow, optionRow, status);
        controls.getStyleClass().add("network-controls");

        passages.setId("network-passages");
        passages.setPlaceholder(new Label("No link chosen"));
        passages.setCellFactory(v -> new PassageCell("network", CONTEXT, onOpen));
        passages.setOnKeyPressed(e -> {
            Passage p = passages.getSelectionModel().getSelectedItem();
            if (p != null && e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                onOpen.accept(p);
            }
        });
        passagesTitle.setId("network-passages-title");
        passagesTitle.getStyleClass().add("network-passages-title");
        passagesTitle.setWrapText(true);
        passagesTitle.setMinHeight(Region.USE_PREF_SIZE);
        VBox.setVgrow(passages, Priority.ALWAYS);
        VBox below = new VBox(passagesTitle, passages);
        below.setMinHeight(60);
        SplitPane split = new SplitPane(canvas, below);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.68);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(controls, split);
    }

    /**
     * Shows a switch only for the types the library has entities of (all of them while it has
     * none yet, so the row does not jump about while the library is read).
     */
    void showTypes(Set<EntityType> present) {
        types.forEach((type, t) -> {
            boolean shown = present.isEmpty() || present.contains(type);
            t.setVisible(shown);
            t.setManaged(shown);
        });
    }

    /** The types switched on. */
    Set<EntityType> chosenTypes() {
        Set<EntityType> on = EnumSet.noneOf(EntityType.class);
        types.forEach((type, t) -> {
            if (t.isSelected()) {
                on.add(type);
            }
        });
        return on;
    }

    static String label(EntityType type) {
        return switch (type) {
            case PERSON -> "People";
            case ORG -> "Organisations";
            case LOCATION -> "Places";
            case NORP -> "Groups";
            case DATE -> "Dates";
            case QUANTITY -> "Quantities";
        };
    }

}
