package org.dossier.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.dossier.base.Progress;

/**
 * The one engine that keeps everything Dossier derives from a folder up to date: one scan of the
 * folder, one stat per file, one change set per {@linkplain SyncTarget target} (what it lacks, what
 * changed, what is gone), and each file that any target needs read <em>once</em> and handed to every
 * target that needs it — so a first start parses each file once for the list, the search index and
 * the entity index together.
 *
 * <p>Every file is an independent job: whatever goes wrong reading it — an exception, a parser out of
 * memory or out of stack — becomes that file's problem (a broken article with the reason, and an
 * entry in {@link Result#problems()}); the other files always load. Files are read in batches of
 * {@value #BATCH} on a few threads of the run's own, those the first target needs first: a target
 * whose files are all done is {@linkplain SyncTarget#finished finished} at once, while the run goes
 * on for the others (the list is complete long before a first indexing is). The folder watcher's
 * changes go through {@link #apply}, to the same targets.
 *
 * <p>Thread-safe. Runs and {@link #apply} may overlap: the read and hand-over of one file is never
 * done twice at once, so the last one to read a file hands over what the file says last.
 */
public final class FolderSync {
    static final int BATCH = 64;
    private static final int LOCKS = 64;

    private final ArticleLibrary library;
    private final Function<Path, List<Article>> reader;
    private final int threads;
    private final Object[] locks = new Object[LOCKS];

    /** Syncs {@code library}, reading files with {@link ArticleLibrary#readFile}. */
    public FolderSync(ArticleLibrary library) {
        this(library, library::readFile, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
    }

    /** For tests: another reader (one that fails on purpose), and how many threads read. */
    FolderSync(ArticleLibrary library, Function<Path, List<Article>> reader, int threads) {
        this.library = library;
        this.reader = reader;
        this.threads = threads;
        for (int i = 0; i < LOCKS; i++) {
            locks[i] = new Object();
        }
    }

    public ArticleLibrary library() {
        return library;
    }

    /**
     * What a run did for one target, in files.
     *
     * @param complete false when the run stopped early or the target failed (what was done is kept)
     * @param problems per file id, why it could not be read or taken in (its other targets still got it)
     * @param error    why the target could not go on, or null
     */
    public record Result(int added, int updated, int removed, int unchanged, boolean complete,
                         Map<String, String> problems, IOException error) {
        public Result {
            problems = Map.copyOf(problems);
        }

        public boolean changedAnything() {
            return added + updated + removed > 0;
        }
    }

    /**
     * What {@link #apply} did.
     *
     * @param rescan   the folder itself changed (a new sub-folder, lost events): nothing was applied,
     *                 only a full run can tell what changed
     * @param read     ids of the files read again and handed over
     * @param removed  ids of the files gone
     * @param failures the targets that could not take the changes in, and why
     */
    public record Changes(boolean rescan, List<String> read, List<String> removed, Map<SyncTarget, IOException> failures) {
    }

    /**
     * Starts a run on a thread of its own. Each target's {@linkplain Run#result result} completes when
     * its part is done; a folder that cannot be listed completes them all exceptionally.
     */
    public Run start(List<SyncTarget> targets, Progress progress) {
        Run run = new Run(targets, progress);
        Thread t = new Thread(run::execute, "dossier-folder-sync");
        t.setDaemon(true);
        t.start();
        return run;
    }

    /**
     * Runs and waits for every target. Interrupting the caller stops the run after the current batch
     * (it returns then, with {@code complete = false}, and the interrupt flag set again): the reading
     * and writing happen on the run's threads, so an interrupt never reaches a target's file channels.
     *
     * @throws IOException when the folder cannot be listed
     */
    public Map<SyncTarget, Result> run(List<SyncTarget> targets, Progress progress) throws IOException {
        Run run = start(targets, progress);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return run.done().get();
                } catch (InterruptedException e) {
                    interrupted = true;
                    run.stop();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    throw new IOException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Hands what the folder watcher saw change to {@code targets}, on the calling thread: each file
     * that is there is read once for all of them, the others are removed; then each target is flushed.
     */
    public Changes apply(Set<Path> changed, List<SyncTarget> targets) {
        if (changed.contains(library.folder())) {
            return new Changes(true, List.of(), List.of(), Map.of());
        }
        List<SyncTarget> live = new ArrayList<>(targets);
        Map<SyncTarget, IOException> failures = new IdentityHashMap<>();
        List<String> read = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<Path> files = new ArrayList<>(changed);
        files.sort(Comparator.comparing(library::idOf));
        for (Path file : files) {
            String id = library.idOf(file);
            synchronized (lock(id)) {
                FileStamp stamp = Files.isRegularFile(file) ? FileStamp.of(file) : null;
                if (stamp != null) {
                    FileArticles articles = read(id, file, stamp, null);
                    for (SyncTarget t : List.copyOf(live)) {
                        try {
                            t.accept(articles);
                        } catch (IOException e) {
                            live.remove(t);
                            failures.put(t, e);
                        } catch (RuntimeException | Error e) {
                            // this file's problem for this target only; the next change of the file retries
                        }
                    }
                    read.add(id);
                } else {
                    for (SyncTarget t : List.copyOf(live)) {
                        try {
                            t.removed(id);
                        } catch (IOException e) {
                            live.remove(t);
                            failures.put(t, e);
                        }
                    }
                    removed.add(id);
                }
            }
        }
        for (SyncTarget t : live) {
            try {
                t.flush();
            } catch (IOException e) {
                failures.put(t, e);
            }
        }
        return new Changes(false, read, removed, failures);
    }

    private Object lock(String fileId) {
        return locks[Math.floorMod(fileId.hashCode(), LOCKS)];
    }

    /**
     * One file's articles; a failure of any kind is caught here, where it is finally handled, and
     * becomes a broken article with the reason (recorded in {@code problems} when given).
     */
    private FileArticles read(String id, Path file, FileStamp stamp, Map<String, String> problems) {
        List<Article> articles = null;
        String problem = null;
        try {
            articles = reader.apply(file);
            if (articles == null || articles.isEmpty()) {
                problem = "No article was found in the file.";
            }
        } catch (StackOverflowError e) {
            problem = "Cannot be read: it is nested too deeply to take apart.";
        } catch (OutOfMemoryError e) {
            problem = "Cannot be read: it needs more memory than Dossier has.";
        } catch (RuntimeException | Error e) {
            problem = "Cannot be read: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
        }
        if (problem != null) {
            Article.Format format = Article.Format.of(file.getFileName().toString());
            articles = List.of(Article.broken(id, file, format == null ? Article.Format.TEXT : format, problem));
            if (problems != null) {
                problems.put(id, problem);
            }
        } else {
            articles = List.copyOf(articles);
        }
        return new FileArticles(id, file, stamp, articles);
    }

    /** One target's share of a run. */
    private static final class Plan {
        final SyncTarget target;
        final CompletableFuture<Result> result = new CompletableFuture<>();
        final List<String> toRead = new ArrayList<>();
        final List<String> gone = new ArrayList<>();
        final AtomicInteger done = new AtomicInteger();
        final Map<String, String> problems = new ConcurrentHashMap<>();
        final AtomicReference<IOException> error = new AtomicReference<>();
        int added;
        int updated;
        int unchanged;
        boolean asked;
        boolean finished;

        Plan(SyncTarget target) {
            this.target = target;
        }

        boolean failed() {
            return error.get() != null;
        }

        void fail(IOException e) {
            error.compareAndSet(null, e);
        }
    }

    /** A run under way: each target's result as it is done, the whole run's, and a way to stop it. */
    public final class Run {
        private final List<Plan> plans = new ArrayList<>();
        private final Map<SyncTarget, Plan> byTarget = new IdentityHashMap<>();
        private final Progress progress;
        private final CompletableFuture<Map<SyncTarget, Result>> done = new CompletableFuture<>();
        private volatile boolean stopped;

        private Run(List<SyncTarget> targets, Progress progress) {
            this.progress = progress;
            for (SyncTarget t : targets) {
                Plan p = new Plan(t);
                plans.add(p);
                byTarget.put(t, p);
            }
        }

        /** Completes when {@code target}'s part of the run is done. */
        public CompletableFuture<Result> result(SyncTarget target) {
            Plan p = byTarget.get(target);
            if (p == null) {
                throw new IllegalArgumentException("not a target of this run");
            }
            return p.result;
        }

        /** Completes when every target is done. */
        public CompletableFuture<Map<SyncTarget, Result>> done() {
            return done;
        }

        /** Asks the run to stop after the current batch; the targets not done yet finish incomplete. */
        public void stop() {
            stopped = true;
        }

        public boolean isStopped() {
            return stopped;
        }

        private void execute() {
            ExecutorService pool = null;
            try {
                Map<String, Path> present = scan();
                plan(present);
                removeGone();
                for (Plan p : plans) {
                    if (!p.finished && p.toRead.isEmpty()) {
                        flushAndFinish(p);
                    }
                }
                Map<String, List<Plan>> needs = new LinkedHashMap<>();
                for (Plan p : plans) {
                    if (!p.finished) {
                        for (String id : p.toRead) {
                            needs.computeIfAbsent(id, k -> new ArrayList<>()).add(p);
                        }
                    }
                }
                progress.update(0, needs.size());
                if (!needs.isEmpty()) {
                    pool = Executors.newFixedThreadPool(Math.min(threads, needs.size()), r -> {
                        Thread t = new Thread(r, "dossier-folder-read");
                        t.setDaemon(true);
                        return t;
                    });
                    readAll(present, needs, pool);
                }
            } catch (IOException | RuntimeException e) {
                IOException io = e instanceof IOException x ? x : new IOException(e);
                for (Plan p : plans) {
                    if (!p.asked) {
                        p.result.completeExceptionally(io);
                    } else {
                        p.fail(io);
                    }
                }
                if (plans.stream().noneMatch(p -> p.asked)) {
                    done.completeExceptionally(io);
                }
            } finally {
                if (pool != null) {
                    pool.shutdownNow();
                }
                for (Plan p : plans) {
                    if (p.asked && !p.finished) {
                        finish(p, false);
                    }
                }
                if (!done.isDone()) {
                    Map<SyncTarget, Result> all = new IdentityHashMap<>();
                    for (Plan p : plans) {
                        if (p.result.isDone() && !p.result.isCompletedExceptionally()) {
                            all.put(p.target, p.result.join());
                        }
                    }
                    done.complete(all);
                }
            }
        }

        /** Every article file of the folder by id, with its path; the stamps are taken by {@link #plan}. */
        private Map<String, Path> scan() throws IOException {
            Map<String, Path> present = new LinkedHashMap<>();
            for (Path f : library.scan()) {
                present.put(library.idOf(f), f);
            }
            return present;
        }

        private void plan(Map<String, Path> present) {
            Map<String, FileStamp> stamps = new LinkedHashMap<>();
            present.forEach((id, f) -> {
                FileStamp s = FileStamp.of(f);
                if (s != null) {
                    stamps.put(id, s);
                }
            });
            present.keySet().retainAll(stamps.keySet());
            for (Plan p : plans) {
                Map<String, FileStamp> known;
                p.asked = true;
                try {
                    known = p.target.known();
                } catch (IOException e) {
                    p.fail(e);
                    finish(p, false);
                    continue;
                }
                stamps.forEach((id, stamp) -> {
                    FileStamp was = known.get(id);
                    if (was != null && stamp.isKnown() && was.equals(stamp)) {
                        p.unchanged++;
                    } else {
                        p.toRead.add(id);
                        if (was == null) {
                            p.added++;
                        } else {
                            p.updated++;
                        }
                    }
                });
                for (String id : known.keySet()) {
                    if (!stamps.containsKey(id)) {
                        p.gone.add(id);
                    }
                }
            }
        }

        /** Files a target knows that the scan did not find; one that is back by now is left to the watcher. */
        private void removeGone() {
            for (Plan p : plans) {
                for (String id : p.gone) {
                    if (p.failed()) {
                        break;
                    }
                    synchronized (lock(id)) {
                        if (!Files.exists(library.folder().resolve(id))) {
                            removed(p, id);
                        }
                    }
                }
            }
        }

        private void readAll(Map<String, Path> present, Map<String, List<Plan>> needs, ExecutorService pool) {
            List<String> order = new ArrayList<>(needs.keySet());
            int total = order.size();
            for (Plan p : plans) {
                if (!p.finished) {
                    p.target.progress(0, p.toRead.size());
                }
            }
            for (int from = 0; from < total && !stopped; from += BATCH) {
                List<String> batch = order.subList(from, Math.min(total, from + BATCH));
                List<Future<?>> jobs = new ArrayList<>(batch.size());
                for (String id : batch) {
                    List<Plan> wanting = needs.get(id);
                    jobs.add(pool.submit(() -> readAndHandOver(id, present.get(id), wanting)));
                }
                for (Future<?> job : jobs) {
                    try {
                        job.get();
                    } catch (InterruptedException e) {
                        stopped = true;
                        Thread.currentThread().interrupt();
                    } catch (ExecutionException e) {
                        // readAndHandOver catches what a file can throw; nothing is left to report here
                    }
                }
                for (Plan p : plans) {
                    if (p.finished || batch.stream().noneMatch(id -> needs.get(id).contains(p))) {
                        continue;
                    }
                    p.target.progress(p.done.get(), p.toRead.size());
                    if (p.failed()) {
                        finish(p, false);
                    } else if (p.done.get() >= p.toRead.size()) {
                        flushAndFinish(p);
                    } else {
                        flush(p);
                    }
                }
                progress.update(Math.min(total, from + batch.size()), total);
            }
        }

        private void readAndHandOver(String id, Path file, List<Plan> wanting) {
            synchronized (lock(id)) {
                FileStamp now = FileStamp.of(file);
                if (now == null) {
                    for (Plan p : wanting) {
                        removed(p, id);
                    }
                } else {
                    Map<String, String> problems = new LinkedHashMap<>();
                    FileArticles articles = read(id, file, now, problems);
                    for (Plan p : wanting) {
                        p.problems.putAll(problems);
                        if (p.failed()) {
                            continue;
                        }
                        try {
                            p.target.accept(articles);
                        } catch (IOException e) {
                            p.fail(e);
                        } catch (RuntimeException | Error e) {
                            p.problems.put(id, "Could not be taken in: "
                                    + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
                        }
                    }
                }
                wanting.forEach(p -> p.done.incrementAndGet());
            }
        }

        private void removed(Plan p, String id) {
            if (p.failed()) {
                return;
            }
            try {
                p.target.removed(id);
            } catch (IOException e) {
                p.fail(e);
            }
        }

        private void flush(Plan p) {
            try {
                p.target.flush();
            } catch (IOException e) {
                p.fail(e);
            }
        }

        private void flushAndFinish(Plan p) {
            if (!p.failed()) {
                flush(p);
            }
            finish(p, !p.failed());
        }

        private void finish(Plan p, boolean complete) {
            if (p.finished) {
                return;
            }
            p.finished = true;
            try {
                p.target.finished(complete);
            } finally {
                p.result.complete(new Result(p.added, p.updated, p.gone.size(), p.unchanged, complete && !p.failed(),
                        p.problems, p.error.get()));
            }
        }
    }
}
