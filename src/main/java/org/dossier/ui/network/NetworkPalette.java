package org.dossier.ui.network;

import java.util.EnumMap;
import java.util.Map;

import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

import org.dossier.annotate.EntityType;

/**
 * The canvas's colours, read from the style sheet rather than written in code: a hidden swatch per
 * entity type (the legend's {@code swatch-TYPE} classes) and per role (text, edges, accent,
 * background). They follow the theme, since CSS restyles the swatches when it changes; observe
 * {@link #swatches()} children's backgrounds to hear of it. FX-thread confined.
 */
final class NetworkPalette {
    private final Map<EntityType, Region> types = new EnumMap<>(EntityType.class);
    private final Region fg = swatch("network-swatch-fg");
    private final Region muted = swatch("network-swatch-muted");
    private final Region accent = swatch("network-swatch-accent");
    private final Region bg = swatch("network-swatch-bg");
    private final Group group = new Group();

    NetworkPalette(Runnable onChange) {
        for (EntityType type : EntityType.values()) {
            Region r = swatch("swatch");
            r.getStyleClass().add("swatch-" + type.name());
            types.put(type, r);
            group.getChildren().add(r);
        }
        group.getChildren().addAll(fg, muted, accent, bg);
        group.getChildren().forEach(n -> ((Region) n).backgroundProperty().addListener((o, a, b) -> onChange.run()));
        group.setManaged(false);
        group.setVisible(false);
    }

    /** The hidden swatches: put them in the view so that the style sheet reaches them. */
    Group swatches() {
        return group;
    }

    Color type(EntityType type) {
        return colour(types.get(type), Color.GRAY);
    }

    Color fg() {
        return colour(fg, Color.BLACK);
    }

    Color muted() {
        return colour(muted, Color.GRAY);
    }

    Color accent() {
        return colour(accent, Color.STEELBLUE);
    }

    Color bg() {
        return colour(bg, Color.WHITE);
    }

    private static Region swatch(String styleClass) {
        Region r = new Region();
        r.getStyleClass().add(styleClass);
        return r;
    }

    /** The swatch's background, or {@code fallback} before the style sheet has reached it. */
    private static Color colour(Region swatch, Color fallback) {
        var background = swatch.getBackground();
        if (background == null || background.getFills().isEmpty()) {
            return fallback;
        }
        Paint paint = background.getFills().get(0).getFill();
        return paint instanceof Color c ? c : fallback;
    }
}
