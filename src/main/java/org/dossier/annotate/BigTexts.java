package org.dossier.annotate;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Keeps very big texts from being annotated several at once: annotating holds about twelve bytes per
 * char at its peak (a copy of the chars, the token arrays, the mentions), and the window annotates
 * the same 10 MB article for the reading pane, the search index and the entity index at once, which
 * took more than its 224 MB heap. A text reserves its share of a pool of a third of the heap and waits
 * while the pool is short; one larger than the pool takes all of it. Small texts never wait.
 * Thread-safe.
 */
final class BigTexts {
    private static final int SMALL_CHARS = 256 * 1024;
    private static final int BYTES_PER_CHAR = 12;
    private static final int POOL_KB = (int) Math.max(8 * 1024, Math.min(Integer.MAX_VALUE,
            Runtime.getRuntime().maxMemory() / 3 / 1024));
    private static final Semaphore POOL = new Semaphore(POOL_KB, true);

    private BigTexts() {
    }

    static <T> T annotate(int chars, Supplier<T> work) {
        if (chars < SMALL_CHARS) {
            return work.get();
        }
        int kb = (int) Math.min(POOL_KB, (long) chars * BYTES_PER_CHAR / 1024);
        POOL.acquireUninterruptibly(kb);
        try {
            return work.get();
        } finally {
            POOL.release(kb);
        }
    }
}
