package org.dossier.notebook;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The bookmarks of one notebook, in the order they were added, with search and grouping for the
 * notebook view. Plain Java: changes are announced to {@link NotebookListener}s, which a JavaFX view
 * model adapts. Thread-safe: every method may be called from any thread; reads return immutable
 * snapshots. A read-only notebook (another Dossier holds the file) refuses changes with
 * {@link IllegalStateException}.
 */
public final class Notebook {
    private final Map<UUID, Entry> entries = new LinkedHashMap<>();
    private final List<NotebookListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, JsonNode> unknownFields;
    private final Clock clock;
    private long revision;
    private volatile boolean readOnly;

    /** An empty notebook using the system clock for modification times. */
    public Notebook() {
        this(List.of(), Map.of(), Clock.systemUTC());
    }

    /**
     * A notebook holding {@code bookmarks} in this order.
     *
     * @param unknownFields top-level fields of the file this version does not know; kept for saving
     * @throws IllegalArgumentException when two bookmarks share an id
     */
    public Notebook(List<Bookmark> bookmarks, Map<String, JsonNode> unknownFields, Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        for (Bookmark b : bookmarks) {
            if (entries.putIfAbsent(b.id(), new Entry(b)) != null) {
                throw new IllegalArgumentException("two bookmarks with id " + b.id());
            }
        }
        TreeMap<String, JsonNode> copy = new TreeMap<>();
        unknownFields.forEach((k, v) -> copy.put(k, v.deepCopy()));
        this.unknownFields = Collections.unmodifiableMap(copy);
    }

    /** Registers a listener; returns a handle that unregisters it. */
    public Runnable addListener(NotebookListener listener) {
        listeners.add(Objects.requireNonNull(listener));
        return () -> listeners.remove(listener);
    }

    public void removeListener(NotebookListener listener) {
        listeners.remove(listener);
    }

    /** Whether changes are refused because another Dossier owns the file. */
    public boolean isReadOnly() {
        return readOnly;
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }

    /** Counts changes; increases by one with each. */
    public synchronized long revision() {
        return revision;
    }

    public synchronized int size() {
        return entries.size();
    }

    /** All bookmarks, in the order they were added. */
    public synchronized List<Bookmark> bookmarks() {
        List<Bookmark> all = new ArrayList<>(entries.size());
        for (Entry e : entries.values()) {
            all.add(e.bookmark);
        }
        return Collections.unmodifiableList(all);
    }

    public synchronized Optional<Bookmark> get(UUID id) {
        Entry e = entries.get(id);
        return e == null ? Optional.empty() : Optional.of(e.bookmark);
    }

    /** The bookmarks of one article, in text order (what the reader highlights). */
    public synchronized List<Bookmark> forArticle(String articleId) {
        List<Bookmark> found = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (e.bookmark.article().id().equals(articleId)) {
                found.add(e.bookmark);
            }
        }
        found.sort(BookmarkGroups.TEXT_ORDER);
        return Collections.unmodifiableList(found);
    }

    /** The bookmarks passing {@code query}, in the order they were added. Fast enough to run per keystroke. */
    public synchronized List<Bookmark> query(NotebookQuery query) {
        String[] terms = query.terms();
        List<Bookmark> found = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (query.matches(e.bookmark, e.haystack, terms)) {
                found.add(e.bookmark);
            }
        }
        return Collections.unmodifiableList(found);
    }

    /** Every tag in use, sorted: the tag editor's completions. */
    public synchronized SortedSet<String> tags() {
        TreeSet<String> tags = new TreeSet<>();
        for (Entry e : entries.values()) {
            tags.addAll(e.bookmark.tags());
        }
        return Collections.unmodifiableSortedSet(tags);
    }

    /** Tags in use that start with {@code prefix}, ignoring case, sorted. */
    public SortedSet<String> tagsStartingWith(String prefix) {
        String p = prefix.strip().toLowerCase(Locale.ROOT);
        TreeSet<String> found = new TreeSet<>();
        for (String tag : tags()) {
            if (tag.toLowerCase(Locale.ROOT).startsWith(p)) {
                found.add(tag);
            }
        }
        return Collections.unmodifiableSortedSet(found);
    }

    /** Every entity with an id mentioned in some passage, by id (the entity filter's choices). */
    public synchronized SortedMap<String, PassageEntity> entities() {
        TreeMap<String, PassageEntity> found = new TreeMap<>();
        for (Entry e : entries.values()) {
            for (PassageEntity entity : e.bookmark.entities()) {
                if (!entity.id().isEmpty()) {
                    found.putIfAbsent(entity.id(), entity);
                }
            }
        }
        return Collections.unmodifiableSortedMap(found);
    }

    /**
     * Adds a bookmark at the end.
     *
     * @throws IllegalArgumentException when a bookmark with its id is already there
     */
    public void add(Bookmark bookmark) {
        NotebookChange change;
        synchronized (this) {
            checkWritable();
            if (entries.containsKey(bookmark.id())) {
                throw new IllegalArgumentException("bookmark " + bookmark.id() + " is already in the notebook");
            }
            entries.put(bookmark.id(), new Entry(bookmark));
            change = new NotebookChange(NotebookChange.Kind.ADDED, null, bookmark, ++revision);
        }
        fire(change);
    }

    /** Replaces the note; returns the updated bookmark, or empty when there is no such bookmark. */
    public Optional<Bookmark> editNote(UUID id, String note) {
        Instant now = now();
        return update(id, b -> b.withNote(note, now));
    }

    /** Replaces the tags; returns the updated bookmark, or empty when there is no such bookmark. */
    public Optional<Bookmark> editTags(UUID id, Collection<String> tags) {
        Instant now = now();
        return update(id, b -> b.withTags(tags, now));
    }

    /**
     * Replaces a bookmark by {@code edit(bookmark)}, which must keep its id; it keeps its place in the
     * order. Returns the new bookmark, or empty when there is no such bookmark.
     */
    public Optional<Bookmark> update(UUID id, UnaryOperator<Bookmark> edit) {
        NotebookChange change;
        synchronized (this) {
            checkWritable();
            Entry old = entries.get(id);
            if (old == null) {
                return Optional.empty();
            }
            Bookmark updated = Objects.requireNonNull(edit.apply(old.bookmark));
            if (!updated.id().equals(id)) {
                throw new IllegalArgumentException("an edit must keep the bookmark's id");
            }
            if (updated.equals(old.bookmark)) {
                return Optional.of(updated);
            }
            entries.put(id, new Entry(updated));
            change = new NotebookChange(NotebookChange.Kind.UPDATED, old.bookmark, updated, ++revision);
        }
        fire(change);
        return Optional.of(change.after());
    }

    /** Removes a bookmark; the returned {@link Removal} can {@link #restore(Removal) undo} it. */
    public Optional<Removal> remove(UUID id) {
        NotebookChange change;
        Removal removal;
        synchronized (this) {
            checkWritable();
            Entry old = entries.get(id);
            if (old == null) {
                return Optional.empty();
            }
            int index = new ArrayList<>(entries.keySet()).indexOf(id);
            entries.remove(id);
            removal = new Removal(old.bookmark, index);
            change = new NotebookChange(NotebookChange.Kind.REMOVED, old.bookmark, null, ++revision);
        }
        fire(change);
        return Optional.of(removal);
    }

    /** Undoes a removal: the bookmark comes back, unchanged, at its old place in the order. */
    public void restore(Removal removal) {
        NotebookChange change;
        synchronized (this) {
            checkWritable();
            Bookmark b = removal.bookmark();
            if (entries.containsKey(b.id())) {
                throw new IllegalArgumentException("bookmark " + b.id() + " is already in the notebook");
            }
            List<Entry> all = new ArrayList<>(entries.values());
            all.add(Math.min(removal.index(), all.size()), new Entry(b));
            entries.clear();
            for (Entry e : all) {
                entries.put(e.bookmark.id(), e);
            }
            change = new NotebookChange(NotebookChange.Kind.ADDED, null, b, ++revision);
        }
        fire(change);
    }

    /** A consistent copy for saving. */
    synchronized Snapshot snapshot() {
        return new Snapshot(revision, bookmarks(), unknownFields);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private void checkWritable() {
        if (readOnly) {
            throw new IllegalStateException("the notebook is open read-only: another Dossier is using it");
        }
    }

    private void fire(NotebookChange change) {
        for (NotebookListener l : listeners) {
            l.notebookChanged(change);
        }
    }

    /** What {@link #remove(UUID)} took out, and where from. Immutable. */
    public record Removal(Bookmark bookmark, int index) {
    }

    /** The notebook's content at one revision. */
    record Snapshot(long revision, List<Bookmark> bookmarks, Map<String, JsonNode> unknownFields) {
    }

    private static final class Entry {
        final Bookmark bookmark;
        final String haystack;

        Entry(Bookmark bookmark) {
            this.bookmark = bookmark;
            this.haystack = NotebookQuery.haystack(bookmark);
        }
    }
}
