package org.dossier.analysis;

import java.util.Arrays;

/**
 * Counts per unordered pair of entity numbers, in one open-addressing table of longs: a network
 * over 10,000 articles has hundreds of thousands of pairs, which as boxed map entries would cost
 * ten times the memory and most of the time.
 */
final class PairCounts {
    private static final long EMPTY = -1L;
    private long[] keys;
    private int[] counts;
    private int size;

    PairCounts(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        Arrays.fill(keys, EMPTY);
        counts = new int[cap];
    }

    static long key(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    static int first(long key) {
        return (int) (key >>> 32);
    }

    static int second(long key) {
        return (int) key;
    }

    void increment(int a, int b) {
        long k = key(a, b);
        int mask = keys.length - 1;
        int i = mix(k) & mask;
        while (true) {
            long at = keys[i];
            if (at == k) {
                counts[i]++;
                return;
            }
            if (at == EMPTY) {
                keys[i] = k;
                counts[i] = 1;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return;
            }
            i = (i + 1) & mask;
        }
    }

    private static int mix(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        counts = new int[keys.length];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = mix(oldKeys[j]) & mask;
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                counts[i] = oldCounts[j];
            }
        }
    }

    int size() {
        return size;
    }

    /** Calls {@code each} with every pair's key and count, in no particular order. */
    void forEach(PairConsumer each) {
        for (int j = 0; j < keys.length; j++) {
            if (keys[j] != EMPTY) {
                each.accept(keys[j], counts[j]);
            }
        }
    }

    @FunctionalInterface
    interface PairConsumer {
        void accept(long key, int count);
    }
}
