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
 * on for the others (the list is complete long before a first indexing is). The other targets are
 * asked what they know while the first target's first batch is read (they may take their time: an
 * index opening, work held back until the first article is on screen); that batch is kept and
 * handed to them then, so it is not read twice. The folder watcher's changes go through
 * {@link #apply}, to the same targets.
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

    /** Syncs {@code library}, reading files with {@link ArticleLibrary#readAll}. */
    public FolderSync(ArticleLibrary library) {
        this(library, library::readAll, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
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
                // Anything standing there is read: a pipe or a looping link is listed with its reason.
                FileStamp stamp = FileStamp.of(file);
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
        volatile boolean asked;
        volatile boolean takesNoPart;
        volatile boolean finished;

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
            CompletableFuture<Void> laterPlanned = CompletableFuture.completedFuture(null);
            try {
                Map<String, Path> present = scan();
                Map<String, FileStamp> stamps = stamps(present);
                if (plans.isEmpty()) {
                    return;
                }
                Plan first = plans.get(0);
                List<Plan> later = plans.subList(1, plans.size());
                plan(first, stamps);
                if (!later.isEmpty()) {
                    // The others may take a while to say what they know (an index still opening, work
                    // held back until the first article is on screen): ask them meanwhile.
                    laterPlanned = CompletableFuture.runAsync(() -> {
                        for (Plan p : later) {
                            if (!stopped) {
                                plan(p, stamps);
                            }
                        }
                    }, r -> {
                        Thread t = new Thread(r, "dossier-folder-sync-plan");
                        t.setDaemon(true);
                        t.start();
                    });
                }
                pool = Executors.newFixedThreadPool(threads, r -> {
                    Thread t = new Thread(r, "dossier-folder-read");
                    t.setDaemon(true);
                    return t;
                });
                removeGone(first);
                finishIfNothingToRead(first);
                Map<String, FileArticles> held = new ConcurrentHashMap<>();
                if (!first.finished && !laterPlanned.isDone()) {
                    // The first target's first batch now, kept for the others: nothing is read twice.
                    List<String> head = List.copyOf(first.toRead.subList(0, Math.min(BATCH, first.toRead.size())));
                    Map<String, List<Plan>> needs = new LinkedHashMap<>();
                    head.forEach(id -> needs.put(id, List.of(first)));
                    progress.update(0, first.toRead.size());
                    first.target.progress(0, first.toRead.size());
                    readBatches(present, head, needs, pool, held, 0, first.toRead.size());
                }
                awaitPlans(laterPlanned);
                if (stopped) {
                    return;
                }
                for (Plan p : later) {
                    removeGone(p);
                    finishIfNothingToRead(p);
                }
                Map<String, List<Plan>> needs = new LinkedHashMap<>();
                for (Plan p : plans) {
                    if (!p.finished) {
                        for (String id : p.toRead) {
                            if (p != first || !held.containsKey(id)) {
                                needs.computeIfAbsent(id, k -> new ArrayList<>()).add(p);
                            }
                        }
                    }
                }
                int doneBefore = held.size();
                int total = doneBefore + needs.size();
                handOverHeld(held, needs);
                progress.update(doneBefore, total);
                for (Plan p : plans) {
                    if (!p.finished && p != first) {
                        p.target.progress(p.done.get(), p.toRead.size());
                    }
                }
                afterBatch(plans);
                readBatches(present, new ArrayList<>(needs.keySet()), needs, pool, null, doneBefore, total);
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
                laterPlanned.join();
                for (Plan p : plans) {
                    if (p.asked && !p.finished) {
                        finish(p, false);
                    } else if (!p.asked && !p.result.isDone()) {
                        p.result.complete(new Result(0, 0, 0, 0, false, Map.of(), null));
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

        /** Waits for the later targets' plans, or until the run is stopped. */
        private void awaitPlans(CompletableFuture<Void> planned) {
            while (!stopped) {
                try {
                    planned.get(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                    return;
                } catch (java.util.concurrent.TimeoutException e) {
                    // look at stopped again
                } catch (InterruptedException e) {
                    stopped = true;
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    return;
                }
            }
        }

        /** Every article file of the folder by id, with its path. */
        private Map<String, Path> scan() throws IOException {
            Map<String, Path> present = new LinkedHashMap<>();
            for (Path f : library.scan()) {
                present.put(library.idOf(f), f);
            }
            return present;
        }

        /** One stat per file; files gone since the scan are dropped from {@code present}. */
        private Map<String, FileStamp> stamps(Map<String, Path> present) {
            Map<String, FileStamp> stamps = new LinkedHashMap<>();
            present.forEach((id, f) -> {
                FileStamp s = FileStamp.of(f);
                if (s != null) {
                    stamps.put(id, s);
                }
            });
            present.keySet().retainAll(stamps.keySet());
            return stamps;
        }

        /** What {@code p}'s target lacks, has in another state, and has of files gone. */
        private void plan(Plan p, Map<String, FileStamp> stamps) {
            Map<String, FileStamp> known;
            p.asked = true;
            try {
                known = p.target.known();
            } catch (IOException | RuntimeException e) {
                p.fail(e instanceof IOException io ? io : new IOException(e));
                return;
            }
            if (known == null) {
                p.takesNoPart = true;
                return;
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

        private void finishIfNothingToRead(Plan p) {
            if (p.finished) {
                return;
            }
            if (p.failed()) {
                finish(p, false);
            } else if (p.takesNoPart) {
                finish(p, true);
            } else if (p.toRead.isEmpty()) {
                flushAndFinish(p);
            }
        }

        /** Files a target knows that the scan did not find; one that is back by now is left to the watcher. */
        private void removeGone(Plan p) {
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

        /**
         * Hands the files read for the first target to the others that need them, unless a file changed
         * since (it is then read again with the rest); those handed over leave {@code needs}.
         */
        private void handOverHeld(Map<String, FileArticles> held, Map<String, List<Plan>> needs) {
            for (FileArticles f : held.values()) {
                List<Plan> wanting = needs.get(f.fileId());
                if (wanting == null) {
                    continue;
                }
                synchronized (lock(f.fileId())) {
                    if (!f.stamp().equals(FileStamp.of(f.file()))) {
                        continue;
                    }
                    for (Plan p : wanting) {
                        handOver(p, f);
                        p.done.incrementAndGet();
                    }
                }
                needs.remove(f.fileId());
            }
        }

        /** Reads {@code order} in batches, each file for the targets {@code needs} lists, keeping them in {@code held} if given. */
        private void readBatches(Map<String, Path> present, List<String> order, Map<String, List<Plan>> needs,
                                 ExecutorService pool, Map<String, FileArticles> held, int doneBefore, int total) {
            for (int from = 0; from < order.size() && !stopped; from += BATCH) {
                List<String> batch = order.subList(from, Math.min(order.size(), from + BATCH));
                List<Future<?>> jobs = new ArrayList<>(batch.size());
                for (String id : batch) {
                    List<Plan> wanting = needs.get(id);
                    jobs.add(pool.submit(() -> readAndHandOver(id, present.get(id), wanting, held)));
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
                List<Plan> touched = new ArrayList<>();
                for (Plan p : plans) {
                    if (batch.stream().anyMatch(id -> needs.get(id).contains(p))) {
                        touched.add(p);
                        p.target.progress(p.done.get(), p.toRead.size());
                    }
                }
                afterBatch(touched);
                progress.update(doneBefore + Math.min(order.size(), from + batch.size()), total);
            }
        }

        /** Flushes the targets that got files, and finishes those that have all they needed. */
        private void afterBatch(List<Plan> touched) {
            for (Plan p : touched) {
                if (p.finished) {
                    continue;
                }
                if (p.failed()) {
                    finish(p, false);
                } else if (p.done.get() >= p.toRead.size()) {
                    flushAndFinish(p);
                } else {
                    flush(p);
                }
            }
        }

        private void readAndHandOver(String id, Path file, List<Plan> wanting, Map<String, FileArticles> held) {
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
                        handOver(p, articles);
                    }
                    if (held != null) {
                        held.put(id, articles);
                    }
                }
                wanting.forEach(p -> p.done.incrementAndGet());
            }
        }

        private void handOver(Plan p, FileArticles articles) {
            if (p.failed()) {
                return;
            }
            try {
                p.target.accept(articles);
            } catch (IOException e) {
                p.fail(e);
            } catch (RuntimeException | Error e) {
                p.problems.put(articles.fileId(), "Could not be taken in: "
                        + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
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
            } catch (RuntimeException e) {
                // the target's own clean-up failed: its result below still says what was done
            } finally {
                p.result.complete(new Result(p.added, p.updated, p.gone.size(), p.unchanged, complete && !p.failed(),
                        p.problems, p.error.get()));
            }
        }
    }
}
