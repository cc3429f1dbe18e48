package org.dossier.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.dossier.notebook.NotebookJson;
import org.dossier.notebook.NotebookStore;

/**
 * What a user waits for at start-up: opening a 10,000-bookmark notebook in a fresh JVM (class loading
 * and an unwarmed JIT included), which JMH's steady-state figures leave out. Run twice: {@code write
 * FILE} makes the file (in its own JVM), {@code FILE} times opening it.
 */
public final class NotebookColdLoad {
    private NotebookColdLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("write")) {
            Files.write(Path.of(args[1]), NotebookJson.write(NotebookBenchmark.generate(10_000), Map.of()));
            return;
        }
        long start = System.nanoTime();
        int size;
        try (NotebookStore store = NotebookStore.open(Path.of(args[0]))) {
            size = store.notebook().size();
        }
        System.out.printf("cold open of %d bookmarks: %d ms%n", size, (System.nanoTime() - start) / 1_000_000);
    }
}
