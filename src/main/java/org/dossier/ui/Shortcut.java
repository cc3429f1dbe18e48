package org.dossier.ui;

/** A row of the shortcuts sheet: the keys, and what they do. */
record Shortcut(String keys, String action) {
    /** Whether every word of {@code filter} is in the keys or the action (case-insensitive); a blank filter matches all. */
    boolean matches(String filter) {
        String row = (keys + " " + action).toLowerCase(java.util.Locale.ROOT);
        for (String word : filter.toLowerCase(java.util.Locale.ROOT).strip().split("\\s+")) {
            if (!row.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
