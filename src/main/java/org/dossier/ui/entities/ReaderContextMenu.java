package org.dossier.ui.entities;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import org.dossier.annotate.EntityIndex;
import org.dossier.annotate.EntityType;
import org.dossier.annotate.GazetteerEditor;
import org.dossier.article.Article;
import org.dossier.ui.reader.EntityMark;
import org.dossier.ui.reader.ReaderPane;
import org.dossier.ui.reader.TextRange;

/**
 * The reading pane's context menu: for a highlight, change its type, say it is not an entity, make
 * it another name of an entity, watch it; for a selection, mark it as an entity, watch it, and what
 * other features add (bookmark); for a link, copy its address. FX-thread confined.
 */
final class ReaderContextMenu {
    /** A change to the user gazetteer. */
    interface Correction {
        void apply() throws IOException;
    }

    /** What the menu's items do, supplied by the controller. */
    interface Actions {
        void correct(Correction correction, String done);

        boolean isWatched(String entityId);

        void toggleWatch(String entityId);

        void addTerm(String term);

        List<EntityIndex.Entry> entitiesOf(Article article);

        /** Lets the user choose an entity of the whole library (of {@code type}, not {@code excludeId}); null when cancelled. */
        EntityIndex.Entry chooseEntity(String title, EntityType type, String excludeId);

        List<MenuItem> selectionItems();
    }

    private final ReaderPane reader;
    private final GazetteerEditor editor;
    private final Actions actions;

    ReaderContextMenu(ReaderPane reader, GazetteerEditor editor, Actions actions) {
        this.reader = reader;
        this.editor = editor;
        this.actions = actions;
        // A right-click is handled as a click, which every platform (and the headless one) reports;
        // the context-menu event is used only for the keyboard's menu key.
        reader.webView().setOnContextMenuRequested(e -> {
            if (e.isKeyboardTrigger()) {
                showMenu(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
        reader.webView().addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                showMenu(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
            }
        });
    }

    private ContextMenu openMenu;

    private void showMenu(double x, double y, double screenX, double screenY) {
        if (openMenu != null) {
            openMenu.hide();
        }
        openMenu = menuAt(x, y);
        if (openMenu != null) {
            openMenu.show(reader.webView(), screenX, screenY);
        }
    }

    /** The reading pane's context menu for a point: corrections for a highlight, or for the selection. */
    ContextMenu menuAt(double x, double y) {
        Article article = reader.loadedProperty().get();
        if (article == null) {
            return null;
        }
        List<MenuItem> items = new ArrayList<>();
        EntityMark entity = reader.entityAt(x, y).orElse(null);
        if (entity != null) {
            String id = entity.entityId();
            String text = entity.text();
            EntityType type = entity.type();
            MenuItem header = new MenuItem("“" + text + "” — " + type + " · " + EntityIndex.nameOf(id));
            header.setDisable(true);
            Menu change = new Menu("Change type to");
            change.setId("menu-change-type");
            for (EntityType t : EntityType.values()) {
                if (t != type) {
                    change.getItems().add(action(t.name(), () -> editor.markAs(t, text), text + " is now " + t));
                }
            }
            MenuItem never = action("Not an entity", () -> editor.neverAnEntity(text), text + " is no longer an entity");
            never.setId("menu-not-entity");
            // Any entity of the library, found as the user types, not only this article's.
            MenuItem alias = new MenuItem("Alias of…");
            alias.setId("menu-alias-of");
            alias.setOnAction(ev -> {
                EntityIndex.Entry e = actions.chooseEntity("“" + text + "” is another name of", type, id);
                if (e != null) {
                    actions.correct(() -> editor.aliasOf(type, e.name(), text), text + " is now another name of " + e.name());
                }
            });
            MenuItem watch = new MenuItem(actions.isWatched(id) ? "Unwatch " + EntityIndex.nameOf(id) : "Watch " + EntityIndex.nameOf(id));
            watch.setOnAction(e -> actions.toggleWatch(id));
            items.addAll(List.of(header, new SeparatorMenuItem(), change, never, alias, new SeparatorMenuItem(), watch));
        }
        TextRange selection = reader.selectionForMenu().orElse(null);
        if (selection != null) {
            String text = selection.of(article.text()).strip();
            if (!text.isEmpty() && text.length() <= 120 && !text.contains("\n")) {
                if (!items.isEmpty()) {
                    items.add(new SeparatorMenuItem());
                }
                Menu mark = new Menu("Mark “" + abbreviate(text) + "” as");
                mark.setId("menu-mark-as");
                for (EntityType t : EntityType.values()) {
                    MenuItem item = action(t.name(), () -> editor.markAs(t, text), text + " is now " + t);
                    item.setId("mark-as-" + t.name());
                    mark.getItems().add(item);
                }
                MenuItem watchTerm = new MenuItem("Watch “" + abbreviate(text) + "”");
                watchTerm.setOnAction(e -> actions.addTerm(text));
                items.addAll(List.of(mark, watchTerm));
            }
            items.addAll(actions.selectionItems());
        }
        String link = reader.linkAt(x, y).orElse(null);
        if (link != null) {
            if (!items.isEmpty()) {
                items.add(new SeparatorMenuItem());
            }
            // The pane never follows a link: the analyst can take its address elsewhere.
            MenuItem copy = new MenuItem("Copy link");
            copy.setId("menu-copy-link");
            copy.setOnAction(e -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(link);
                Clipboard.getSystemClipboard().setContent(content);
            });
            items.add(copy);
        }
        if (items.isEmpty()) {
            return null;
        }
        ContextMenu menu = new ContextMenu();
        menu.setId("reader-menu");
        menu.getItems().setAll(items);
        return menu;
    }

    private MenuItem action(String label, Correction correction, String done) {
        MenuItem item = new MenuItem(label);
        item.setOnAction(e -> actions.correct(correction, done));
        return item;
    }

    private static String abbreviate(String s) {
        return s.length() <= 30 ? s : s.substring(0, 29) + "…";
    }
}
