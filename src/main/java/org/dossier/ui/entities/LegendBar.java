package org.dossier.ui.entities;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

import org.dossier.annotate.EntityType;

/**
 * The legend above the reading pane: one toggle per entity type, in the type's colour, that shows or
 * hides its highlights. Alt+1…6 toggle one type, Alt+0 all on or all off. FX-thread confined.
 */
public final class LegendBar extends FlowPane {
    private final Map<EntityType, ToggleButton> toggles = new EnumMap<>(EntityType.class);
    private final Consumer<Set<String>> onChange;

    public LegendBar(Set<String> hidden, Consumer<Set<String>> onChange) {
        this.onChange = onChange;
        setHgap(4);
        setVgap(4);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 6, 4, 6));
        getStyleClass().add("legend");
        int key = 1;
        for (EntityType type : EntityType.values()) {
            ToggleButton t = new ToggleButton(label(type));
            t.setId("legend-" + type.name());
            t.getStyleClass().addAll("legend-toggle", "legend-" + type.name());
            t.setSelected(!hidden.contains(type.name()));
            t.setTooltip(new Tooltip("Show or hide " + label(type).toLowerCase() + " (Alt+" + key++ + ")"));
            Region swatch = new Region();
            swatch.getStyleClass().addAll("swatch", "swatch-" + type.name());
            t.setGraphic(swatch);
            t.setMinWidth(Region.USE_PREF_SIZE);
            t.selectedProperty().addListener((o, a, b) -> fire());
            toggles.put(type, t);
            getChildren().add(t);
        }
    }

    static String label(EntityType type) {
        return switch (type) {
            case PERSON -> "People";
            case ORG -> "Organisations";
            case LOCATION -> "Places";
            case DATE -> "Dates";
            case QUANTITY -> "Quantities";
            case NORP -> "Nationalities";
        };
    }

    /** The types switched off. */
    public Set<String> hidden() {
        Set<String> hidden = new TreeSet<>();
        toggles.forEach((type, t) -> {
            if (!t.isSelected()) {
                hidden.add(type.name());
            }
        });
        return hidden;
    }

    public void toggle(EntityType type) {
        ToggleButton t = toggles.get(type);
        t.setSelected(!t.isSelected());
    }

    /** All on, unless all are on already: then all off. */
    public void toggleAll() {
        boolean allOn = toggles.values().stream().allMatch(ToggleButton::isSelected);
        inBatch(() -> toggles.values().forEach(t -> t.setSelected(!allOn)));
    }

    private boolean batching;

    private void inBatch(Runnable change) {
        batching = true;
        try {
            change.run();
        } finally {
            batching = false;
        }
        fire();
    }

    private void fire() {
        if (!batching) {
            onChange.accept(hidden());
        }
    }
}
