package org.dossier.ui;

import java.io.PrintStream;
import java.util.function.IntConsumer;

import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.util.Duration;

import org.dossier.base.StartupClock;
import org.dossier.article.Article;
import org.dossier.ui.reader.ReaderPane;

/**
 * {@code --measure-startup}: marks "window shown" and "first article rendered" (the reading pane's
 * first finished document) on a {@link StartupClock}, prints the clock and ends the application with
 * status 0; when no article is rendered within the time limit it prints what it has and ends with
 * status 1. FX-thread confined.
 */
final class StartupMeasurement {
    static final String WINDOW_SHOWN = "window shown";
    static final String FIRST_ARTICLE = "first article rendered";
    static final Duration TIME_LIMIT = Duration.seconds(60);

    private final StartupClock clock;
    private final PrintStream out;
    private final IntConsumer exit;
    private final Duration limit;
    private boolean finished;

    /** @param exit ends the application with a status */
    StartupMeasurement(StartupClock clock, PrintStream out, IntConsumer exit, Duration limit) {
        this.clock = clock;
        this.out = out;
        this.exit = exit;
        this.limit = limit;
    }

    /** Call right after {@code stage.show()}: marks it and waits for the reading pane's first article. */
    void windowShown(ReaderPane reader) {
        clock.mark(WINDOW_SHOWN);
        if (reader.loadedProperty().get() != null) {
            rendered();
            return;
        }
        reader.loadedProperty().addListener(new ChangeListener<Article>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Article> obs, Article old, Article now) {
                if (now != null) {
                    reader.loadedProperty().removeListener(this);
                    rendered();
                }
            }
        });
        PauseTransition timeout = new PauseTransition(limit);
        timeout.setOnFinished(e -> finish(1, "no article was rendered within " + (long) limit.toSeconds() + " s"));
        timeout.play();
    }

    private void rendered() {
        clock.mark(FIRST_ARTICLE);
        finish(0, null);
    }

    private void finish(int status, String problem) {
        if (finished) {
            return;
        }
        finished = true;
        clock.print(out);
        if (Boolean.getBoolean("dossier.startup.trace")) {
            for (StartupClock.Mark m : StartupClock.traced().marks()) {
                out.println("trace " + m.name() + ": " + m.millisSinceJvmStart() + " ms");
            }
        }
        if (problem != null) {
            out.println("startup failed: " + problem);
            out.flush();
        }
        exit.accept(status);
    }
}
