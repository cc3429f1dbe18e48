package org.dossier.ui.session;

import java.util.ArrayList;
import java.util.List;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Holds back background work that is not needed to read (opening and syncing the search index,
 * the library's entity index, watching the folder) until the first article is on screen: on two
 * cores it would otherwise compete with the first render. Opens for good when the first article has
 * rendered, when there is none to render, or after {@link #LIMIT} whatever happens. FX-thread confined.
 */
public final class FirstArticleGate {
    static final Duration LIMIT = Duration.seconds(5);

    private final List<Runnable> waiting = new ArrayList<>();
    private boolean open;

    public FirstArticleGate() {
        PauseTransition limit = new PauseTransition(LIMIT);
        limit.setOnFinished(e -> open());
        limit.play();
    }

    /** Runs {@code work} now when the gate is open, else when it opens, in the order asked. */
    public void then(Runnable work) {
        if (open) {
            work.run();
        } else {
            waiting.add(work);
        }
    }

    public void open() {
        if (open) {
            return;
        }
        open = true;
        List<Runnable> now = List.copyOf(waiting);
        waiting.clear();
        now.forEach(Runnable::run);
    }

    public boolean isOpen() {
        return open;
    }
}
