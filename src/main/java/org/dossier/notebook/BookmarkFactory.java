package org.dossier.notebook;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.dossier.article.Article;

/**
 * Makes bookmarks from a selection in an article: computes the quote with its context, the text's
 * SHA-256 and the passage's entities. The UI and the {@code bookmark} command both use it, so a
 * bookmark made either way is the same. Immutable; thread-safe when its {@link EntityFinder} is.
 */
public final class BookmarkFactory {
    /** Characters of context kept on either side of the quote (the W3C prefix and suffix). */
    public static final int CONTEXT_CHARS = 32;

    private final EntityFinder entities;
    private final Clock clock;

    public BookmarkFactory(EntityFinder entities, Clock clock) {
        this.entities = Objects.requireNonNull(entities, "entities");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A factory that finds no entities and uses the system clock. */
    public static BookmarkFactory standard() {
        return new BookmarkFactory(EntityFinder.NONE, Clock.systemUTC());
    }

    /** The same factory with another entity finder. */
    public BookmarkFactory withEntityFinder(EntityFinder finder) {
        return new BookmarkFactory(finder, clock);
    }

    /**
     * A new bookmark on {@code [start, end)} of the article's text, with a fresh random UUID; in a paged
     * article (a PDF) it records the page the passage starts on.
     *
     * @throws IllegalArgumentException when the range is empty, out of the text, or the article is broken
     */
    public Bookmark create(Article article, int start, int end, String note, Collection<String> tags) {
        if (article.isBroken()) {
            throw new IllegalArgumentException("article " + article.id() + " could not be read: " + article.problem());
        }
        String text = article.text();
        if (start < 0 || end > text.length() || start >= end) {
            throw new IllegalArgumentException("selection [" + start + ", " + end + ") is empty or outside the "
                    + text.length() + " characters of " + article.id());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return new Bookmark(UUID.randomUUID(), ArticleRef.of(article), quoteAt(text, start, end),
                new TextPosition(start, end, article.structure().pageAt(start)), note, Bookmark.normalizeTags(tags),
                entities.find(text, start, end), now, now, Map.of());
    }

    /**
     * The bookmark moved onto {@code [start, end)} of the article's current text — typically an
     * {@link Anchor.Placed} the user accepted after the text changed: new quote, context, position, text
     * hash and entities; same id, note, tags and creation time; modified now.
     */
    public Bookmark moveTo(Bookmark bookmark, Article article, int start, int end) {
        Bookmark fresh = create(article, start, end, bookmark.note(), bookmark.tags());
        return new Bookmark(bookmark.id(), fresh.article(), fresh.quote(), fresh.position(), bookmark.note(),
                bookmark.tags(), fresh.entities(), bookmark.created(), fresh.modified(), bookmark.unknownFields());
    }

    /** The quote selector for {@code [start, end)}: context never splits a surrogate pair. */
    public static TextQuote quoteAt(String text, int start, int end) {
        int prefixStart = Math.max(0, start - CONTEXT_CHARS);
        if (prefixStart > 0 && Character.isLowSurrogate(text.charAt(prefixStart))) {
            prefixStart++;
        }
        int suffixEnd = Math.min(text.length(), end + CONTEXT_CHARS);
        if (suffixEnd < text.length() && Character.isLowSurrogate(text.charAt(suffixEnd))) {
            suffixEnd--;
        }
        return new TextQuote(text.substring(start, end), text.substring(prefixStart, start),
                text.substring(end, suffixEnd));
    }

    /** Every start offset at which {@code quote} occurs in {@code text}, in order (overlaps included). */
    public static List<Integer> occurrences(String text, String quote) {
        List<Integer> found = new ArrayList<>();
        if (quote.isEmpty()) {
            return found;
        }
        for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
            found.add(i);
        }
        return found;
    }
}
