package org.dossier.annotate;

/**
 * An open-addressing hash map from strings to values that is queried with a range of a char
 * array and, optionally, the range's precomputed {@link #hash}, so that the annotator looks up
 * tokens without allocating and without hashing a token twice. Not thread-safe while being filled;
 * safe to share for reading once filled.
 */
final class PhraseTable<V> {
    private char[][] keys;
    private int[] hashes;
    private Object[] values;
    private int size;

    PhraseTable() {
        this(32);
    }

    /** A table sized for about {@code expected} keys without growing. */
    PhraseTable(int expected) {
        int slots = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) * 2;
        keys = new char[slots][];
        hashes = new int[slots];
        values = new Object[slots];
    }

    /** The hash of {@code chars[from, to)}, the same that {@link Tokens} computes while scanning. */
    static int hash(char[] chars, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + chars[i];
        }
        return h;
    }

    /**
     * The hash as stored: never 0, because 0 marks an empty slot. A probe then reads only the int
     * array until the hashes match — one cache line for most misses, instead of the key's too.
     */
    private static int stored(int h) {
        return h == 0 ? 1 : h;
    }

    private static int slot(int h, int mask) {
        return (h ^ (h >>> 16) ^ (h >>> 7)) & mask;
    }

    void put(String key, V value) {
        char[] k = key.toCharArray();
        int h = stored(hash(k, 0, k.length));
        int mask = keys.length - 1;
        for (int s = slot(h, mask); hashes[s] != 0; s = (s + 1) & mask) {
            if (hashes[s] == h && same(keys[s], k, 0, k.length)) {
                values[s] = value;
                return;
            }
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        insert(k, h, value);
    }

    private void insert(char[] k, int h, Object value) {
        int mask = keys.length - 1;
        int s = slot(h, mask);
        while (hashes[s] != 0) {
            s = (s + 1) & mask;
        }
        keys[s] = k;
        hashes[s] = h;
        values[s] = value;
        size++;
    }

    V get(String key) {
        char[] k = key.toCharArray();
        return get(k, 0, k.length);
    }

    V get(char[] chars, int from, int to) {
        return get(chars, from, to, hash(chars, from, to));
    }

    @SuppressWarnings("unchecked")
    V get(char[] chars, int from, int to, int hash) {
        int h = stored(hash);
        int mask = hashes.length - 1;
        int[] hs = hashes;
        for (int s = slot(h, mask), inSlot; (inSlot = hs[s]) != 0; s = (s + 1) & mask) {
            if (inSlot == h && same(keys[s], chars, from, to)) {
                return (V) values[s];
            }
        }
        return null;
    }

    boolean contains(char[] chars, int from, int to, int h) {
        return get(chars, from, to, h) != null;
    }

    int size() {
        return size;
    }

    private static boolean same(char[] key, char[] chars, int from, int to) {
        if (key.length != to - from) {
            return false;
        }
        for (int i = 0; i < key.length; i++) {
            if (key[i] != chars[from + i]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        char[][] oldKeys = keys;
        int[] oldHashes = hashes;
        Object[] oldValues = values;
        keys = new char[oldKeys.length * 2][];
        hashes = new int[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldHashes[i] != 0) {
                insert(oldKeys[i], oldHashes[i], oldValues[i]);
            }
        }
    }
}
