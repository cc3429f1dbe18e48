package org.dossier.search;

/**
 * What {@link SearchIndex#sync} did: articles newly indexed, re-indexed because their size or
 * modification time changed, removed because their file is gone, and left alone. {@code complete}
 * is false when the sync was interrupted (what was done is kept; the next sync continues).
 */
public record SyncReport(int added, int updated, int removed, int unchanged, long millis, boolean complete) {
    public boolean changedAnything() {
        return added + updated + removed > 0;
    }
}
