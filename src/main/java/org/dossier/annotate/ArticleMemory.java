package org.dossier.annotate;

import java.util.HashMap;
import java.util.Map;

/**
 * What one article has said about its names: the type and entity of each name a list or rule
 * explained, and the surnames of the people it named in full ("Assad" after "Bashar al-Assad"),
 * so that the article's unexplained mentions can be resolved at the end of the pass. A bit filter
 * over the remembered texts' hashes lets most unknown names be dismissed before any String is made.
 * Used by one {@link ArticlePass}; not thread-safe.
 */
final class ArticleMemory {
    /** What a remembered text is: its type, entity id (null: built from the text) and source. */
    record Known(EntityType type, String id, String source) {
    }

    private final Map<String, Known> names = new HashMap<>();
    private final Map<String, Known> surnames = new HashMap<>();
    private final long[] filter = new long[16];
    private final long[] upperFilter = new long[16];

    /** Remembers a name unless the article already explained that text. */
    void name(String text, Known known) {
        names.putIfAbsent(text, known);
        mark(text);
    }

    /** Remembers a surname: as a name, and as a surname that wins over the place lists. */
    void surname(String text, Known person) {
        names.putIfAbsent(text, person);
        surnames.putIfAbsent(text, person);
        mark(text);
    }

    private Map<String, Known> upper;
    private java.util.Set<String> works;
    private java.util.Set<String> teams;
    private java.util.Set<String> organisations;

    /**
     * Remembers that the article names a team by this text ("Surrey" in "Surrey 296 Kent 174", "Kent
     * beat Essex"): its other mentions as a place, outside a venue, are the team too. Kept in
     * capitals as well, for the article's headline.
     */
    void team(String text) {
        if (teams == null) {
            teams = new java.util.HashSet<>();
        }
        String capitals = text.toUpperCase(java.util.Locale.ROOT);
        teams.add(text);
        teams.add(capitals);
        mark(text);
        mark(capitals);
    }

    /**
     * Remembers that a cue shows this text to be an organisation ("Cofinec CEO", "the daily Zycie
     * Warszawy"): a mention that a weaker cue made a person ("Cofinec said") is the organisation.
     */
    void organisation(String text) {
        if (organisations == null) {
            organisations = new java.util.HashSet<>();
        }
        organisations.add(text);
        mark(text);
    }

    boolean isOrganisation(String text) {
        return organisations != null && organisations.contains(text) || isTeam(text);
    }

    boolean hasOrganisations() {
        return organisations != null || teams != null;
    }

    boolean isTeam(String text) {
        return teams != null && teams.contains(text);
    }

    /** Remembers that the article uses this text as the title of a work ("the film Batman"). */
    void work(String text) {
        if (works == null) {
            works = new java.util.HashSet<>();
        }
        works.add(text);
    }

    boolean hasWorks() {
        return works != null;
    }

    boolean isWork(String text) {
        return works != null && works.contains(text);
    }

    /**
     * A remembered name or surname written in capitals ("LENTINI" for "Lentini"), or null; surnames
     * win. Built on first use, after the pass proposed everything.
     */
    Known upper(String text) {
        if (upper == null) {
            upper = new HashMap<>();
            surnames.forEach((k, v) -> upper.putIfAbsent(k.toUpperCase(java.util.Locale.ROOT), v));
            names.forEach((k, v) -> upper.putIfAbsent(k.toUpperCase(java.util.Locale.ROOT), v));
        }
        return upper.get(text);
    }

    Known name(String text) {
        return names.get(text);
    }

    Known surname(String text) {
        return surnames.get(text);
    }

    boolean hasNames() {
        return !names.isEmpty();
    }

    boolean hasSurnames() {
        return !surnames.isEmpty();
    }

    /** False when no text with this {@link String#hashCode() hash} was remembered. */
    boolean mayKnow(int hash) {
        int bit = bit(hash);
        return (filter[bit >>> 6] & (1L << bit)) != 0;
    }

    private void mark(String text) {
        int bit = bit(text.hashCode());
        filter[bit >>> 6] |= 1L << bit;
        bit = bit(upperHash(text));
        upperFilter[bit >>> 6] |= 1L << bit;
    }

    /** False when no remembered text has this hash in capitals: a headline's word is dismissed before any String is made. */
    boolean mayKnowUpper(int hash) {
        int bit = bit(hash);
        return (upperFilter[bit >>> 6] & (1L << bit)) != 0;
    }

    /** The hash of {@code text.toUpperCase(Locale.ROOT)}, without the copy where the text is ASCII. */
    private static int upperHash(String text) {
        int h = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return text.toUpperCase(java.util.Locale.ROOT).hashCode(); // "ß" is "SS": let the JDK map it
            }
            h = 31 * h + (c >= 'a' && c <= 'z' ? c - 32 : c);
        }
        return h;
    }

    private static int bit(int hash) {
        return (hash ^ (hash >>> 10) ^ (hash >>> 20)) & 1023;
    }
}
