package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;

import org.dossier.annotate.ArticleMemory.Known;

/**
 * The mentions one pass has proposed, in text order, and what they teach the article's
 * {@link ArticleMemory}: every sure find is remembered by its text, and a person's last name
 * (with its particle: "al-Assad") as a surname. Used by one {@link ArticlePass}; not thread-safe.
 */
final class Candidates {
    /** How sure the pass is about a candidate. */
    enum Confidence { SURE, GUESS, ONLY_IF_KNOWN }

    /** A proposed mention over tokens {@code [from, to)}; resolution may retype it. */
    static final class Candidate {
        final int from;
        final int to;
        EntityType type;
        String id;
        String source;
        Confidence confidence;
        /** Words of a line in capitals no list knows: names only if the article names them elsewhere. */
        boolean headline;

        Candidate(int from, int to, EntityType type, String id, String source, Confidence confidence) {
            this.from = from;
            this.to = to;
            this.type = type;
            this.id = id;
            this.source = source;
            this.confidence = confidence;
        }
    }

    private static final String[] ID_PREFIX = new String[EntityType.values().length];

    static {
        for (EntityType type : EntityType.values()) {
            ID_PREFIX[type.ordinal()] = type.name() + ":";
        }
    }

    final List<Candidate> list = new ArrayList<>();
    final ArticleMemory memory = new ArticleMemory();
    private final Tokens t;
    private final TokenFacts f;

    Candidates(TokenFacts f) {
        this.f = f;
        this.t = f.t;
    }

    /** Unknown words of a line in capitals, to be matched against the names the article gives elsewhere. */
    void addHeadline(int from, int to) {
        Candidate c = new Candidate(from, to, EntityType.PERSON, null, "memory", Confidence.ONLY_IF_KNOWN);
        c.headline = true;
        list.add(c);
    }

    void add(int from, int to, EntityType type, String id, String source, Confidence confidence) {
        Candidate c = new Candidate(from, to, type, id, source, confidence);
        list.add(c);
        if (id != null && type != EntityType.PERSON) {
            return; // a listed name: nothing for the article's memory to add
        }
        if (confidence == Confidence.SURE && type != EntityType.DATE && type != EntityType.QUANTITY) {
            String surface = surface(from, to);
            // the id of a rule's find is built when needed: most are never looked up again
            Known known = new Known(type, id, source);
            memory.name(surface, known);
            if (type == EntityType.PERSON) {
                rememberSurname(from, to, id != null ? known : new Known(type, idOf(type, surface), source));
            }
        }
    }

    /** "Bashar al-Assad" makes "Assad" and "al-Assad" this person in the rest of the article. */
    void rememberSurname(int from, int to, Known known) {
        int last = to - 1;
        if (last <= from) {
            return;
        }
        Known surname = new Known(EntityType.PERSON, known.id(), "memory:surname");
        memory.surname(surface(last, to), surname);
        if (f.word(from).is(Gazetteer.Word.FAMILY_FIRST) && words(from, to) <= 3) {
            memory.surname(surface(from, from + 1), surname); // "Wang Donghai … Wang said", "Chen Chun-yeh … Chen"
        }
        int p = last - 1;
        if (t.isPunct(p, '-')) {
            p--;
        }
        if (p > from && f.isParticle(p)) {
            memory.name(surface(p, to), surname);
        }
    }

    private int words(int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (t.has(k, Tokens.WORD) && !t.isPunct(k - 1, '-')) {
                n++; // "Chun-yeh" is one word
            }
        }
        return n;
    }

    /** False when the text of tokens [from, to) is certainly in neither memory (String hash = chars hash). */
    boolean mayBeKnown(int from, int to) {
        return memory.mayKnow(to - from == 1 ? t.hash[from] : PhraseTable.hash(t.c, t.start[from], t.end[to - 1]));
    }

    String surface(int from, int to) {
        return t.text.subSequence(t.start[from], t.end[to - 1]).toString();
    }

    /** The entity id of a name no list knows: its type and its text. */
    static String idOf(EntityType type, String text) {
        return ID_PREFIX[type.ordinal()].concat(text);
    }
}
