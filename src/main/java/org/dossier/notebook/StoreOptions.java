package org.dossier.notebook;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Tuning of a {@link NotebookStore}. Immutable.
 *
 * @param saveDelay  how long after a change the save starts; changes within it share one save
 * @param firstRetry the wait after the first failed save; doubled after each further failure
 * @param maxRetry   the longest wait between attempts
 * @param clock      for the times in file names and bookmarks
 * @param lockWait   how long opening waits for another store's lock before opening read-only
 * @param retrying   whether failed saves are retried in the background (a window) or only reported
 *                   to the caller (a command that ends at once)
 */
public record StoreOptions(Duration saveDelay, Duration firstRetry, Duration maxRetry, Clock clock,
                           Duration lockWait, boolean retrying) {
    public StoreOptions {
        Objects.requireNonNull(saveDelay);
        Objects.requireNonNull(firstRetry);
        Objects.requireNonNull(maxRetry);
        Objects.requireNonNull(clock);
        Objects.requireNonNull(lockWait);
    }

    /** 300 ms coalescing, retries from 1 s up to 1 min; another store's lock means read-only at once. */
    public static StoreOptions defaults() {
        return new StoreOptions(Duration.ofMillis(300), Duration.ofSeconds(1), Duration.ofMinutes(1), Clock.systemUTC(),
                Duration.ZERO, true);
    }

    /**
     * For a command that adds and ends: waits up to 10 s for a lock another short command holds
     * (twenty {@code bookmark} calls at once take turns instead of half being refused), and does not
     * retry a failed save after it has told the caller.
     */
    public static StoreOptions forCommand() {
        return defaults().withLockWait(Duration.ofSeconds(10)).withRetrying(false);
    }

    public StoreOptions withSaveDelay(Duration delay) {
        return new StoreOptions(delay, firstRetry, maxRetry, clock, lockWait, retrying);
    }

    public StoreOptions withRetry(Duration first, Duration max) {
        return new StoreOptions(saveDelay, first, max, clock, lockWait, retrying);
    }

    public StoreOptions withClock(Clock c) {
        return new StoreOptions(saveDelay, firstRetry, maxRetry, c, lockWait, retrying);
    }

    public StoreOptions withLockWait(Duration wait) {
        return new StoreOptions(saveDelay, firstRetry, maxRetry, clock, wait, retrying);
    }

    public StoreOptions withRetrying(boolean retry) {
        return new StoreOptions(saveDelay, firstRetry, maxRetry, clock, lockWait, retry);
    }
}
