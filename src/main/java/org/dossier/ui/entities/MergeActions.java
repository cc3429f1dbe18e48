package org.dossier.ui.entities;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;

import org.dossier.annotate.EntityIndex;

/**
 * What the entity lists offer for one entity of the library: "Merge with…" (choosing the other
 * entity from the whole library's index as you type) and "Unmerge …" for each entity merged into
 * it, and the tooltip that explains its merges. The host writes the correction and rebuilds the
 * index. FX-thread confined.
 */
final class MergeActions {
    /** What the actions need from the window's entity controller. */
    interface Host {
        /** The library index as last built. */
        EntityIndex index();

        Window window();

        /** The user said {@code a} and {@code b} are one entity. */
        void merge(EntityIndex.Entry a, EntityIndex.Entry b);

        /** The user said {@code merge} is not the entity {@code into}. */
        void unmerge(EntityIndex.Merge merge, EntityIndex.Entry into);
    }

    private final Host host;

    MergeActions(Host host) {
        this.host = host;
    }

    /** The menu items for an entity (as an article or the index lists it). */
    List<MenuItem> items(EntityIndex.Entry shown) {
        EntityIndex index = host.index();
        EntityIndex.Entry e = index.get(shown.id());
        List<MenuItem> items = new ArrayList<>();
        items.add(new SeparatorMenuItem());
        MenuItem merge = new MenuItem("Merge with…");
        merge.setId("menu-merge-with");
        EntityIndex.Entry self = e != null ? e : shown;
        merge.setOnAction(ev -> EntityChooser.choose(host.window(), "Merge " + self.name() + " with", host.index(),
                self.type(), self.id(), "").ifPresent(other -> host.merge(self, other)));
        merge.setDisable(e == null); // not in the library's index yet
        items.add(merge);
        if (e != null) {
            for (EntityIndex.Merge m : e.merges()) {
                MenuItem unmerge = new MenuItem("Unmerge " + m.name());
                unmerge.setOnAction(ev -> host.unmerge(m, e));
                items.add(unmerge);
            }
        }
        return items;
    }

    /** The tooltip of an entity as the library index knows it. */
    Tooltip tooltipOf(EntityIndex.Entry shown) {
        return tooltip(host.index().get(shown.id()));
    }

    /** "Also: Obama, Barack H. Obama" and one line per merge with its reason; null when there is nothing to say. */
    static Tooltip tooltip(EntityIndex.Entry e) {
        if (e == null || e.aliases().isEmpty() && e.merges().isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder(e.name());
        if (!e.aliases().isEmpty()) {
            sb.append("\nalso written: ").append(String.join(", ", e.aliases()));
        }
        for (EntityIndex.Merge m : e.merges()) {
            sb.append("\nmerged: ").append(m.reason());
        }
        if (!e.merges().isEmpty()) {
            sb.append("\n(right-click to unmerge)");
        }
        return new Tooltip(sb.toString());
    }
}
