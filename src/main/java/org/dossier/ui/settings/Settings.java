package org.dossier.ui.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

import org.dossier.annotate.EntityType;
import org.dossier.render.RenderOptions;
import org.dossier.ui.library.SortOrder;

/**
 * The user's preferences as typed, observable properties: the window's parts bind to them, and
 * {@link SettingsStore} saves every change. Values are never null (except {@link #lastFolder()}
 * before any folder was opened) and always valid: the text size stays within the renderer's range,
 * hidden types are a set of known types. FX-thread confined.
 */
public final class Settings {
    private final ObjectProperty<Path> lastFolder = new SimpleObjectProperty<>(this, "lastFolder");
    private final StringProperty lastArticle = new SimpleStringProperty(this, "lastArticle", "");
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    private final IntegerProperty fontPercent = new SimpleIntegerProperty(this, "fontPercent", 100) {
        @Override
        public void set(int value) {
            super.set(Math.max(RenderOptions.MIN_FONT, Math.min(RenderOptions.MAX_FONT, value)));
        }
    };
    private final ObjectProperty<SortOrder> sort = new SimpleObjectProperty<>(this, "sort", SortOrder.NEWEST_FIRST) {
        @Override
        public void set(SortOrder value) {
            super.set(value == null ? SortOrder.NEWEST_FIRST : value);
        }
    };
    private final ObjectProperty<Set<EntityType>> hiddenTypes = new SimpleObjectProperty<>(this, "hiddenTypes", Set.of()) {
        @Override
        public void set(Set<EntityType> value) {
            super.set(value == null || value.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(value)));
        }
    };
    private final BooleanProperty listShown = new SimpleBooleanProperty(this, "listShown", true);
    private final BooleanProperty sidePanelShown = new SimpleBooleanProperty(this, "sidePanelShown", true);
    private final ObjectProperty<List<Path>> recentFolders = new SimpleObjectProperty<>(this, "recentFolders", List.of()) {
        @Override
        public void set(List<Path> value) {
            super.set(recent(value));
        }
    };
    private final IntegerProperty width = new SimpleIntegerProperty(this, "width", 1200);
    private final IntegerProperty height = new SimpleIntegerProperty(this, "height", 800);

    /** How many folders {@link #recentFolders()} keeps. */
    public static final int RECENT_MAX = 10;

    public Settings() {
        // The folder just read goes to the top of the recent ones.
        lastFolder.addListener((o, was, now) -> {
            if (now != null) {
                List<Path> next = new ArrayList<>();
                next.add(now);
                next.addAll(recentFolders.get());
                recentFolders.set(next);
            }
        });
    }

    /** The folder last opened (and read), or null. */
    public ObjectProperty<Path> lastFolder() {
        return lastFolder;
    }

    /** The id of the article last opened in {@link #lastFolder()}, or "". */
    public StringProperty lastArticle() {
        return lastArticle;
    }

    public BooleanProperty dark() {
        return dark;
    }

    /** Body text size in percent, kept within {@link RenderOptions#MIN_FONT}–{@link RenderOptions#MAX_FONT}. */
    public IntegerProperty fontPercent() {
        return fontPercent;
    }

    public ObjectProperty<SortOrder> sort() {
        return sort;
    }

    /** The entity types whose highlights are switched off (an unmodifiable set). */
    public ObjectProperty<Set<EntityType>> hiddenTypes() {
        return hiddenTypes;
    }

    /** Whether the article list is shown (View → Article List, Ctrl+Shift+L). */
    public BooleanProperty listShown() {
        return listShown;
    }

    /** Whether the side panel is shown (View → Side Panel, Ctrl+Shift+P). */
    public BooleanProperty sidePanelShown() {
        return sidePanelShown;
    }

    /**
     * The folders opened last, the latest first: at most {@link #RECENT_MAX}, each once (an
     * unmodifiable list). A folder that is gone stays listed; the menu shows it disabled.
     */
    public ObjectProperty<List<Path>> recentFolders() {
        return recentFolders;
    }

    private static List<Path> recent(List<Path> value) {
        if (value == null) {
            return List.of();
        }
        Set<Path> unique = new LinkedHashSet<>();
        for (Path p : value) {
            if (p != null && unique.size() < RECENT_MAX) {
                unique.add(p.toAbsolutePath().normalize());
            }
        }
        return List.copyOf(unique);
    }

    /** The window's size when it was last closed. */
    public IntegerProperty width() {
        return width;
    }

    public IntegerProperty height() {
        return height;
    }

    /** Every property, for whoever saves them all. */
    ObservableValue<?>[] all() {
        return new ObservableValue<?>[] {lastFolder, lastArticle, dark, fontPercent, sort, hiddenTypes, listShown, sidePanelShown,
            recentFolders, width, height};
    }
}
