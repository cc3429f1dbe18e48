package org.dossier.notebook;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a {@link Notebook} in its JSON file, so that no bookmark is ever lost:
 * <ul>
 * <li>Opening: a missing file gives an empty notebook (or the backup, if there is one); a file that
 * does not read as a notebook is moved aside to {@code notebook.json.corrupt-<time>}, never
 * overwritten, and the backup {@code notebook.json.bak} is used if it reads. {@link #loadReport()}
 * says what happened.</li>
 * <li>Saving: every change schedules a save on one background thread; changes within
 * {@link StoreOptions#saveDelay()} share a save. Each save writes a temporary file in the same folder,
 * forces it to disk and moves it over the file in one step, keeping the previous version as
 * {@code notebook.json.bak}. A failed save is reported to {@link SaveListener}s and retried with
 * growing waits; the bookmarks stay in memory.</li>
 * <li>Sharing: the store holds an OS lock on {@code notebook.json.lock}. A second store on the same
 * file (another Dossier, or the {@code bookmark} command while the app runs) opens it read-only:
 * its notebook refuses changes and it never writes.</li>
 * </ul>
 * Thread-safe. {@link #flush()} and {@link #close()} block until the save is done: do not call them on
 * the JavaFX thread except when quitting. Call {@link #close()} on quitting; a JVM shutdown hook saves
 * pending changes if the application exits without it.
 */
public final class NotebookStore implements AutoCloseable {
    /** Files above this size are refused as notebooks (10,000 bookmarks take 6 to 12 MB). */
    public static final long MAX_FILE_BYTES = NotebookLoader.MAX_FILE_BYTES;

    /** How a save reaches the disk; tests substitute failing ones. */
    @FunctionalInterface
    interface FileWriter {
        void write(Path target, byte[] bytes, Path backup) throws IOException;
    }

    private final Path file;
    private final Path backup;
    private final StoreOptions options;
    private final FileWriter writer;
    private final Notebook notebook;
    private final LoadReport report;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final ScheduledExecutorService saver;
    private final Runnable unsubscribe;
    private final List<SaveListener> saveListeners = new CopyOnWriteArrayList<>();

    /** Written only on the saver thread. */
    private volatile long savedRevision;
    private int failures;
    private final Thread saveOnExit;
    /** Guarded by {@code this}. */
    private ScheduledFuture<?> pending;
    private volatile boolean closed;
    private volatile IOException lastError;

    private NotebookStore(Path file, StoreOptions options, FileWriter writer, boolean wantWrite) throws IOException {
        this.file = file.toAbsolutePath().normalize();
        this.backup = AtomicFiles.backupOf(this.file);
        this.options = options;
        this.writer = writer;

        FileChannel channel = null;
        FileLock held = null;
        boolean lockedOut = false;
        IOException unwritable = null;
        if (wantWrite) {
            try {
                Files.createDirectories(this.file.getParent());
                channel = FileChannel.open(AtomicFiles.sibling(this.file, ".lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                held = channel.tryLock();
                lockedOut = held == null;
            } catch (OverlappingFileLockException e) {
                lockedOut = true;
            } catch (IOException e) {
                // The folder cannot be written: go on unlocked; saves will fail, be reported and retried.
                unwritable = e;
            }
            if (held == null && channel != null) {
                channel.close();
                channel = null;
            }
        }
        boolean readOnly = !wantWrite || lockedOut;
        this.lockChannel = channel;
        this.lock = held;

        NotebookLoader.Loaded loaded;
        try {
            loaded = new NotebookLoader(this.file, backup, options.clock()).load(readOnly);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close(); // releases the lock
            }
            throw e;
        }
        this.notebook = loaded.notebook();
        this.notebook.setReadOnly(readOnly);
        String message = loaded.message();
        if (lockedOut) {
            message = (message.isEmpty() ? "" : message + " ") + "Another Dossier is using the notebook "
                    + this.file + ", so it is open read-only here: changes cannot be made until that one is closed.";
        }
        if (unwritable != null) {
            message = (message.isEmpty() ? "" : message + " ") + "The notebook's folder " + this.file.getParent()
                    + " cannot be written (" + describe(unwritable) + "): new bookmarks are kept in memory and "
                    + "saving is retried until it works.";
        }
        this.report = new LoadReport(loaded.status(), this.file, loaded.movedTo(), notebook.size(), readOnly, message);
        this.savedRevision = notebook.revision();

        if (readOnly) {
            this.saver = null;
            this.unsubscribe = () -> { };
            this.saveOnExit = null;
        } else {
            this.saver = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "notebook-saver");
                t.setDaemon(true);
                return t;
            });
            this.unsubscribe = notebook.addListener(change -> requestSave(options.saveDelay()));
            if (loaded.status() == LoadReport.Status.RECOVERED_FROM_BACKUP) {
                // Put the recovered bookmarks back in the notebook file itself.
                savedRevision = -1;
                requestSave(Duration.ZERO);
            }
            // Quitting without close() (Ctrl+C, SIGTERM, System.exit) still saves what is pending.
            this.saveOnExit = new Thread(this::saveBeforeExit, "notebook-save-on-exit");
            Runtime.getRuntime().addShutdownHook(saveOnExit);
        }
    }

    private void saveBeforeExit() {
        if (closed) {
            return;
        }
        try {
            saver.submit(() -> {
                saveNow();
                return null;
            }).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | java.util.concurrent.TimeoutException
                 | java.util.concurrent.RejectedExecutionException e) {
            // Nothing more can be done while the JVM exits; the failure was reported to the listeners.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Opens (or starts) the notebook at {@code file} with default options. */
    public static NotebookStore open(Path file) throws IOException {
        return open(file, StoreOptions.defaults());
    }

    /**
     * Opens (or starts) the notebook at {@code file}, locking it; read-only if another store holds it.
     *
     * @throws IOException only when the file exists but cannot be read at all (e.g. permission denied);
     *                     a file that reads but is not a notebook is handled as described above
     */
    public static NotebookStore open(Path file, StoreOptions options) throws IOException {
        return new NotebookStore(file, options, AtomicFiles::write, true);
    }

    static NotebookStore open(Path file, StoreOptions options, FileWriter writer) throws IOException {
        return new NotebookStore(file, options, writer, true);
    }

    /**
     * Reads the notebook without locking it and without ever writing or moving a file (for export and
     * viewing). An unreadable file is left where it is; its backup is used if it reads.
     */
    public static NotebookStore openReadOnly(Path file) throws IOException {
        return new NotebookStore(file, StoreOptions.defaults(), AtomicFiles::write, false);
    }

    public Notebook notebook() {
        return notebook;
    }

    public LoadReport loadReport() {
        return report;
    }

    public Path file() {
        return file;
    }

    /** Whether this store will never save (another Dossier holds the file, or it was opened read-only). */
    public boolean isReadOnly() {
        return saver == null;
    }

    /** Whether every change so far is on disk. */
    public boolean isSaved() {
        return isReadOnly() || (lastError == null && pendingChanges() == 0);
    }

    /** The last save's failure, or null when the last save succeeded. */
    public IOException lastError() {
        return lastError;
    }

    public void addSaveListener(SaveListener listener) {
        saveListeners.add(listener);
    }

    public void removeSaveListener(SaveListener listener) {
        saveListeners.remove(listener);
    }

    /**
     * Saves now, on the saver thread, and waits for it. Does nothing when read-only.
     *
     * @throws IOException when the save fails (it will still be retried in the background)
     */
    public void flush() throws IOException {
        if (isReadOnly()) {
            return;
        }
        if (closed) {
            throw new IOException("the notebook store is closed");
        }
        await(saver.submit(() -> {
            saveNow();
            return null;
        }));
    }

    /**
     * Saves what is pending, stops the saver and releases the lock. The notebook becomes read-only.
     *
     * @throws IOException when the final save fails: the changes since the last good save are then lost
     *                     unless the caller keeps the notebook's content some other way
     */
    @Override
    public void close() throws IOException {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (pending != null) {
                pending.cancel(false);
            }
        }
        unsubscribe.run();
        if (saveOnExit != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(saveOnExit);
            } catch (IllegalStateException e) {
                // Closing from within shutdown: the hook is running or has run; nothing to remove.
            }
        }
        IOException failure = null;
        if (saver != null) {
            try {
                await(saver.submit(() -> {
                    saveNow();
                    return null;
                }));
            } catch (IOException e) {
                failure = e;
            }
            saver.shutdownNow();
            try {
                saver.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        notebook.setReadOnly(true);
        if (lock != null) {
            lock.release();
        }
        if (lockChannel != null) {
            lockChannel.close();
        }
        if (failure != null) {
            throw failure;
        }
    }

    private long pendingChanges() {
        return notebook.revision() - savedRevision;
    }

    private synchronized void requestSave(Duration delay) {
        if (closed || saver == null) {
            return;
        }
        if (pending != null && !pending.isDone()) {
            return; // coalesced into the save (or retry) already scheduled
        }
        pending = saver.schedule(this::scheduledSave, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void scheduledSave() {
        synchronized (this) {
            pending = null; // changes from now on schedule the next save
        }
        try {
            saveNow();
        } catch (IOException e) {
            // Already reported to the listeners and rescheduled by saveNow.
        }
    }

    /** Runs on the saver thread only. */
    private void saveNow() throws IOException {
        Notebook.Snapshot snapshot = notebook.snapshot();
        if (snapshot.revision() == savedRevision && lastError == null) {
            return;
        }
        try {
            byte[] bytes = NotebookJson.write(snapshot.bookmarks(), snapshot.unknownFields());
            writer.write(file, bytes, backup);
        } catch (IOException | RuntimeException e) {
            IOException error = e instanceof IOException io ? io : new IOException(e.toString(), e);
            lastError = error;
            failures++;
            Duration wait = backoff(failures);
            synchronized (this) {
                if (pending != null) {
                    pending.cancel(false);
                }
                pending = closed ? null : saver.schedule(this::scheduledSave, wait.toMillis(), TimeUnit.MILLISECONDS);
            }
            String message = "Could not save the notebook to " + file + " (" + describe(error) + "). "
                    + "Your bookmarks are kept in memory" + (closed ? "" : " and saving is retried in "
                    + seconds(wait)) + ". Check that the folder can be written and the disk has space.";
            for (SaveListener l : saveListeners) {
                l.saveFailed(file, error, wait, message);
            }
            throw error;
        }
        failures = 0;
        lastError = null;
        savedRevision = snapshot.revision();
        for (SaveListener l : saveListeners) {
            l.saved(file, snapshot.revision());
        }
    }

    private Duration backoff(int failureCount) {
        Duration wait = options.firstRetry();
        for (int i = 1; i < failureCount && wait.compareTo(options.maxRetry()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(options.maxRetry()) > 0 ? options.maxRetry() : wait;
    }

    private static void await(java.util.concurrent.Future<?> future) throws IOException {
        try {
            future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("saving the notebook failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while saving the notebook");
        }
    }

    static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms < 1000 ? ms + " ms" : (ms / 1000) + " s";
    }

}
