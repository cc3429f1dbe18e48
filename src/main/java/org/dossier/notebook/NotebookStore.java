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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
 * file (another Dossier, or the {@code bookmark} command while the app runs) waits up to
 * {@link StoreOptions#lockWait()} for it, then opens it read-only: its notebook refuses changes and it
 * never writes.</li>
 * <li>Protection: a notebook whose owner-write permission is off, or of a newer format version, opens
 * read-only with a message and is never written, moved or replaced. Saves keep the file's
 * permissions; a new notebook is {@code 600}.</li>
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
    /** The bookmarks as the file holds them (as last read or saved), by id. */
    private volatile Map<UUID, Bookmark> onDisk;

    private NotebookStore(Path file, StoreOptions options, FileWriter writer, boolean wantWrite) throws IOException {
        this.file = file.toAbsolutePath().normalize();
        this.backup = AtomicFiles.backupOf(this.file);
        this.options = options;
        this.writer = writer;

        FileChannel channel = null;
        FileLock held = null;
        boolean lockedOut = false;
        IOException unwritable = null;
        boolean writeProtected = wantWrite && isWriteProtected(this.file);
        if (wantWrite && !writeProtected) {
            try {
                Files.createDirectories(this.file.getParent());
                channel = FileChannel.open(AtomicFiles.sibling(this.file, ".lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                held = lockWithin(channel, options.lockWait());
                lockedOut = held == null;
            } catch (IOException e) {
                // The folder cannot be written: go on unlocked; saves will fail and be reported.
                unwritable = e;
            }
            if (held == null && channel != null) {
                channel.close();
                channel = null;
            }
        }
        boolean readOnly = !wantWrite || lockedOut || writeProtected;

        NotebookLoader.Loaded loaded;
        try {
            loaded = new NotebookLoader(this.file, backup, options.clock()).load(readOnly);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close(); // releases the lock
            }
            throw e;
        }
        if (loaded.readOnly() && channel != null) {
            channel.close(); // a newer version's file is never written: nothing to hold the lock for
            channel = null;
            held = null;
        }
        readOnly |= loaded.readOnly();
        this.lockChannel = channel;
        this.lock = held;
        this.notebook = loaded.notebook();
        this.notebook.setReadOnly(readOnly);
        String message = loaded.message();
        if (lockedOut) {
            message = (message.isEmpty() ? "" : message + " ") + "Another Dossier is using the notebook "
                    + this.file + ", so it is open read-only here: changes cannot be made until that one is closed.";
        }
        if (writeProtected) {
            message = (message.isEmpty() ? "" : message + " ") + "The notebook " + this.file + " is write-protected "
                    + "(its permissions do not let its owner change it), so it is open read-only and left as it is. "
                    + "To add bookmarks, make it writable (chmod u+w) and open it again.";
        }
        if (unwritable != null) {
            message = (message.isEmpty() ? "" : message + " ") + "The notebook's folder " + this.file.getParent()
                    + " cannot be written (" + describe(unwritable) + ")" + (options.retrying()
                    ? ": new bookmarks are kept in memory and saving is retried until it works."
                    : ": nothing can be saved there.");
        }
        this.report = new LoadReport(loaded.status(), this.file, loaded.movedTo(), notebook.size(), readOnly, message);
        this.savedRevision = notebook.revision();
        this.onDisk = loaded.status() == LoadReport.Status.RECOVERED_FROM_BACKUP ? Map.of() : byId(notebook.bookmarks());

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

    /** The lock, waiting up to {@code wait} for another process (or store of this one) to let it go; null if it does not. */
    private static FileLock lockWithin(FileChannel channel, Duration wait) throws IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try {
                FileLock held = channel.tryLock();
                if (held != null) {
                    return held;
                }
            } catch (OverlappingFileLockException e) {
                // another store in this JVM holds it: the same as another process
            }
            if (System.nanoTime() >= deadline) {
                return null;
            }
            try {
                Thread.sleep(Math.min(50, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    /**
     * Whether the user has taken write permission away from the notebook file itself: then they mean
     * it to stay as it is. Read from the permission bits, not from "can this process write it", which
     * is always yes for an administrator.
     */
    private static boolean isWriteProtected(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            return !Files.getPosixFilePermissions(file).contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException e) {
            return !Files.isWritable(file);
        } catch (IOException e) {
            return false;
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

    /**
     * How many bookmarks differ from what the file holds: added, edited or deleted since the last
     * save that worked (0 when read-only). What quitting must not lose without asking.
     */
    public int unsavedBookmarks() {
        if (isReadOnly()) {
            return 0;
        }
        Map<UUID, Bookmark> saved = onDisk;
        int n = 0;
        List<Bookmark> now = notebook.bookmarks();
        for (Bookmark b : now) {
            if (!b.equals(saved.get(b.id()))) {
                n++;
            }
        }
        Set<UUID> present = new HashSet<>();
        now.forEach(b -> present.add(b.id()));
        for (UUID id : saved.keySet()) {
            if (!present.contains(id)) {
                n++;
            }
        }
        return n;
    }

    private static Map<UUID, Bookmark> byId(List<Bookmark> bookmarks) {
        Map<UUID, Bookmark> map = new HashMap<>();
        bookmarks.forEach(b -> map.put(b.id(), b));
        return map;
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
            boolean retry = !closed && options.retrying();
            synchronized (this) {
                if (pending != null) {
                    pending.cancel(false);
                }
                pending = retry ? saver.schedule(this::scheduledSave, wait.toMillis(), TimeUnit.MILLISECONDS) : null;
            }
            int unsaved = unsavedBookmarks();
            String message = "Could not save the notebook to " + file + " (" + describe(error) + "). "
                    + (retry ? unsaved + (unsaved == 1 ? " bookmark change is" : " bookmark changes are")
                    + " kept in memory and saving is retried in " + seconds(wait) + ". "
                    : "The file was not changed. ")
                    + "Check that the folder can be written and the disk has space.";
            for (SaveListener l : saveListeners) {
                l.saveFailed(file, error, wait, message);
            }
            throw error;
        }
        failures = 0;
        lastError = null;
        onDisk = byId(snapshot.bookmarks());
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

    /** Why a save or an open failed, in words: never a bare path (which is all some exceptions' messages hold). */
    public static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            Path where = e instanceof FileSystemException f && f.getFile() != null ? Path.of(f.getFile()).getParent() : null;
            return where == null ? "permission denied" : "permission denied in the folder " + where;
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason().toLowerCase(Locale.ROOT);
        }
        if (e instanceof FileSystemException fse) {
            return "the file system refused it (" + e.getClass().getSimpleName() + ")";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms < 1000 ? ms + " ms" : (ms / 1000) + " s";
    }

}
