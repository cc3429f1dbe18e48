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
 */
public record StoreOptions(Duration saveDelay, Duration firstRetry, Duration maxRetry, Clock clock) {
    public StoreOptions {
        Objects.requireNonNull(saveDelay);
        Objects.requireNonNull(firstRetry);
        Objects.requireNonNull(maxRetry);
        Objects.requireNonNull(clock);
    }

    /** 300 ms coalescing, retries from 1 s up to 1 min. */
    public static StoreOptions defaults() {
        return new StoreOptions(Duration.ofMillis(300), Duration.ofSeconds(1), Duration.ofMinutes(1), Clock.systemUTC());
    }

    public StoreOptions withSaveDelay(Duration delay) {
        return new StoreOptions(delay, firstRetry, maxRetry, clock);
    }

    public StoreOptions withRetry(Duration first, Duration max) {
        return new StoreOptions(saveDelay, first, max, clock);
    }

    public StoreOptions withClock(Clock c) {
        return new StoreOptions(saveDelay, firstRetry, maxRetry, c);
    }
}
