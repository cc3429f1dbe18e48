package org.dossier.ui.entities;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dossier.annotate.EntityIndex;
import org.dossier.annotate.WatchList;
import org.dossier.ui.session.ReadingSession;

/**
 * The watch-list: the entities and terms the analyst watches, kept in a file, shown in the Watch
 * tab, starred wherever entities are listed, highlighted and counted per article. Changes are saved
 * at once and announced to whoever {@linkplain #onChange listens}. FX-thread confined, except
 * {@link #entities()} and {@link #terms()}, which any thread may read.
 */
final class WatchListController {
    private final ReadingSession session;
    private final WatchList watchList;
    private final WatchListView view;
    private final List<Runnable> listeners = new ArrayList<>();
    private volatile Set<String> entities;
    private volatile Set<String> terms;

    WatchListController(ReadingSession session, Path file) {
        this.session = session;
        this.watchList = WatchList.load(file);
        this.entities = watchList.entities();
        this.terms = watchList.terms();
        this.view = new WatchListView(this::addTerm, this::remove);
        view.show(watchList.describe());
        if (!watchList.problem().isEmpty()) {
            session.notify("⚠ Watch-list: " + watchList.problem());
        }
    }

    WatchListView view() {
        return view;
    }

    /** Runs {@code listener} after every change of the watch-list. */
    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** The ids of the watched entities. Any thread. */
    Set<String> entities() {
        return entities;
    }

    /** The watched terms. Any thread. */
    Set<String> terms() {
        return terms;
    }

    boolean isWatched(String entityId) {
        return watchList.isWatched(entityId);
    }

    void toggle(EntityIndex.Entry e) {
        toggle(e.id());
    }

    void toggle(String id) {
        try {
            boolean now = watchList.toggleEntity(id);
            session.notify((now ? "Watching " : "No longer watching ") + EntityIndex.nameOf(id));
        } catch (IOException ex) {
            session.notify("Could not save the watch-list: " + ex.getMessage());
        }
        changed();
    }

    void addTerm(String term) {
        try {
            watchList.addTerm(term);
            session.notify("Watching “" + term.strip() + "”");
        } catch (IOException ex) {
            session.notify("Could not save the watch-list: " + ex.getMessage());
        }
        changed();
    }

    private void remove(String item) {
        try {
            String id = watchList.entities().stream().filter(e -> EntityIndex.nameOf(e).equals(item)).findFirst().orElse(null);
            if (id != null) {
                watchList.toggleEntity(id);
            } else {
                watchList.removeTerm(item);
            }
        } catch (IOException ex) {
            session.notify("Could not save the watch-list: " + ex.getMessage());
        }
        changed();
    }

    private void changed() {
        entities = watchList.entities();
        terms = watchList.terms();
        view.show(watchList.describe());
        listeners.forEach(Runnable::run);
    }
}
