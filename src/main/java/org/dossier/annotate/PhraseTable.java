package org.dossier.annotate;

import java.util.Arrays;

/**
 * An open-addressing hash map from strings to values that can be queried with a range of a char
 * array, so the annotator looks up tokens without allocating a String for each one.
 * Not thread-safe while being filled; safe to share for reading once filled.
 */
final class PhraseTable<V> {
    private String[] keys = new String[64];
    private Object[] values = new Object[64];
    private int size;

    void put(String key, V value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = hash(key, 0, key.length()) & mask;
        while (keys[slot] != null) {
            if (keys[slot].equals(key)) {
                values[slot] = value;
                return;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
        size++;
    }

    V get(String key) {
        return get(key, 0, key.length());
    }

    @SuppressWarnings("unchecked")
    V get(CharSequence text, int from, int to) {
        int mask = keys.length - 1;
        int slot = hash(text, from, to) & mask;
        int length = to - from;
        String k;
        while ((k = keys[slot]) != null) {
            if (k.length() == length && sameChars(k, text, from)) {
                return (V) values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    boolean contains(CharSequence text, int from, int to) {
        return get(text, from, to) != null;
    }

    int size() {
        return size;
    }

    private static boolean sameChars(String key, CharSequence text, int from) {
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != text.charAt(from + i)) {
                return false;
            }
        }
        return true;
    }

    private static int hash(CharSequence text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        // Spread the bits: keys differ mostly in their low chars.
        return h ^ (h >>> 16) ^ (h >>> 7);
    }

    private void grow() {
        String[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                @SuppressWarnings("unchecked")
                V v = (V) oldValues[i];
                put(oldKeys[i], v);
            }
        }
        Arrays.fill(oldKeys, null);
    }
}
