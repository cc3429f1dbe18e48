package org.dossier.ui.session;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * The one way Dossier runs work off the JavaFX thread: {@code BackgroundTasks.run(work).onSuccess(…)
 * .onError(…)}. Results and errors are delivered on the FX thread; an error with no handler is
 * reported on standard error rather than lost. Daemon threads, so an unfinished task never keeps
 * the application alive.
 */
public final class BackgroundTasks {
    private static final ExecutorService POOL = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "dossier-background");
        t.setDaemon(true);
        return t;
    });

    private BackgroundTasks() {
    }

    public static <T> Builder<T> task(Callable<T> work) {
        return new Builder<>(work);
    }

    public static final class Builder<T> {
        private final Callable<T> work;
        private Consumer<T> onSuccess = r -> { };
        private Consumer<Throwable> onError = e -> System.err.println("Dossier: background task failed: " + e);

        private Builder(Callable<T> work) {
            this.work = work;
        }

        public Builder<T> onSuccess(Consumer<T> handler) {
            this.onSuccess = handler;
            return this;
        }

        public Builder<T> onError(Consumer<Throwable> handler) {
            this.onError = handler;
            return this;
        }

        /** Starts the work; returns the task so callers can bind progress or cancel it. */
        public Task<T> start() {
            return start(POOL);
        }

        /**
         * Starts the work on {@code executor} instead of the shared pool: for long or serialised work
         * (e.g. the search index's) that must not hold up rendering.
         */
        public Task<T> start(java.util.concurrent.Executor executor) {
            Task<T> task = new Task<>() {
                @Override
                protected T call() throws Exception {
                    return work.call();
                }
            };
            task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
            task.setOnFailed(e -> onError.accept(task.getException()));
            executor.execute(task);
            return task;
        }
    }

    /** A single daemon thread named {@code name}, for work that must run in order. */
    public static ExecutorService serialExecutor(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code action} on the FX thread (now, when already there). */
    public static void onFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
