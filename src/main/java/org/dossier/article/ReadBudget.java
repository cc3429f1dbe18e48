package org.dossier.article;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The time and memory one article read may take, so that one bad file cannot hang or starve a folder
 * load. Time: the read runs on a worker thread and the caller stops waiting after {@link #time()}
 * (a read cannot be killed; it is left to finish on its daemon thread, and its result is dropped).
 * Memory: a read reserves an estimate of what it will allocate from a pool shared by every read of
 * the JVM — half the heap — and waits while the pool is short, so big files are read one at a time
 * rather than together; an estimate above the whole pool takes the whole pool. Thread-safe.
 */
final class ReadBudget {
    /** Reads below this estimate do not wait for the pool: thousands of small files stay parallel. */
    private static final long SMALL_BYTES = 1L << 20;
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "dossier-article-read");
        t.setDaemon(true);
        return t;
    });

    static final ReadBudget DEFAULT = new ReadBudget(Duration.ofSeconds(Long.getLong("dossier.readSeconds", 30)),
            Runtime.getRuntime().maxMemory() / 2);

    private final Duration time;
    private final int poolKb;
    private final Semaphore pool;

    ReadBudget(Duration time, long poolBytes) {
        this.time = time;
        this.poolKb = (int) Math.max(1024, Math.min(Integer.MAX_VALUE, poolBytes >> 10));
        this.pool = new Semaphore(poolKb, true);
    }

    Duration time() {
        return time;
    }

    /** What a read returns when it ran out of time. */
    interface Overrun<T> {
        T tookTooLong(Duration limit);
    }

    /**
     * Runs {@code read} within the budget, having reserved {@code estimatedBytes} of the memory pool.
     * Interrupting the caller does not end the wait early (a read cut short would be remembered as a
     * broken file); the interrupt is kept for the caller to see afterwards.
     */
    <T> T run(long estimatedBytes, Supplier<T> read, Overrun<T> overrun) {
        int kb = estimatedBytes < SMALL_BYTES ? 0 : (int) Math.min(poolKb, estimatedBytes >> 10);
        boolean interrupted = false;
        if (kb > 0) {
            while (true) {
                try {
                    pool.acquire(kb);
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        AtomicBoolean released = new AtomicBoolean(kb == 0);
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                pool.release(kb);
            }
        };
        try {
            Future<T> result = WORKERS.submit(() -> {
                try {
                    return read.get();
                } finally {
                    release.run();
                }
            });
            long deadline = System.nanoTime() + time.toNanos();
            while (true) {
                try {
                    return result.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (TimeoutException e) {
                    result.cancel(true);
                    return overrun.tookTooLong(time);
                } catch (ExecutionException e) {
                    // The read catches what parsers throw; anything else is a bug worth seeing.
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException r) {
                        throw r;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            // A read that overran keeps running, but its reservation must not block every later read.
            release.run();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
