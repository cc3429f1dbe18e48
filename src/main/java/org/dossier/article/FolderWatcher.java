package org.dossier.article;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches an articles folder and reports which article files were added, changed or removed.
 * Events are gathered for a short quiet period so that an editor's save (often several events) is
 * reported once. Runs on its own daemon thread; the callback is called on that thread.
 */
public final class FolderWatcher implements Closeable {
    /** Wait this long after the last event before reporting, so a burst is reported as one change. */
    private static final long QUIET_MILLIS = 250;

    private final ArticleLibrary library;
    private final Consumer<Set<Path>> onChange;
    private final WatchService service;
    private final Thread thread;

    /**
     * Starts watching. {@code onChange} gets the set of article files whose state changed; whether each
     * was added, changed or removed is for the caller to see from the file system.
     */
    public FolderWatcher(ArticleLibrary library, Consumer<Set<Path>> onChange) throws IOException {
        this.library = library;
        this.onChange = onChange;
        this.service = FileSystems.getDefault().newWatchService();
        registerTree(library.folder());
        this.thread = new Thread(this::run, "dossier-folder-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, Set.of(), ArticleLibrary.MAX_DEPTH, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                // A sub-folder that cannot be opened is not watched (the list names it); the rest is.
                if (file.equals(root)) {
                    throw e;
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void run() {
        Set<Path> pending = new LinkedHashSet<>();
        try {
            while (true) {
                WatchKey key = pending.isEmpty() ? service.take() : service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                if (key == null) {
                    Set<Path> changed = Set.copyOf(pending);
                    pending.clear();
                    onChange.accept(changed);
                    continue;
                }
                Path dir = (Path) key.watchable();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                        pending.add(library.folder());
                        continue;
                    }
                    Path path = dir.resolve((Path) event.context());
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                        registerQuietly(path);
                        pending.add(library.folder());
                    } else if (library.isArticleFile(path) || !Files.exists(path)) {
                        pending.add(path);
                    }
                }
                key.reset();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop quietly
        }
    }

    private void registerQuietly(Path dir) {
        try {
            registerTree(dir);
        } catch (IOException e) {
            // The new sub-folder vanished or cannot be read: the rescan that follows reports what is there.
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
