package org.dossier.notebook;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The child JVM of {@link NotebookCrashTest}: opens the notebook, prints {@code READY <status>}, then
 * adds bookmarks in a loop, a few per save, and prints each id once its save has completed. With
 * {@code exit-without-close}: adds one bookmark, prints its id and exits before its save is due;
 * {@code wait-for-sigterm}: the same, but waits to be terminated.
 */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        if (args.length > 1 && (args[1].equals("exit-without-close") || args[1].equals("wait-for-sigterm"))) {
            NotebookStore store = NotebookStore.open(file, StoreOptions.defaults().withSaveDelay(Duration.ofHours(1)));
            Bookmark b = Fixtures.bookmark("held in Geneva", "pending at exit");
            store.notebook().add(b);
            System.out.println(b.id());
            System.out.flush();
            if (args[1].equals("wait-for-sigterm")) {
                Thread.sleep(Long.MAX_VALUE);
            }
            System.exit(0);
        }
        NotebookStore store = NotebookStore.open(file, StoreOptions.defaults().withSaveDelay(Duration.ofMillis(2)));
        System.out.println("READY " + store.loadReport().status() + " " + store.isReadOnly());
        System.out.flush();
        BookmarkFactory factory = Fixtures.factory();
        var article = Fixtures.article();
        var random = new java.util.Random();
        int length = article.text().length();
        while (true) {
            List<Bookmark> batch = new ArrayList<>();
            int n = 1 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                int start = random.nextInt(length - 100);
                Bookmark b = factory.create(article, start, start + 10 + random.nextInt(80), "crash note " + i,
                        List.of("crash"));
                store.notebook().add(b);
                batch.add(b);
            }
            store.flush();
            StringBuilder out = new StringBuilder();
            for (Bookmark b : batch) {
                out.append(b.id()).append('\n');
            }
            System.out.print(out);
            System.out.flush();
        }
    }
}
