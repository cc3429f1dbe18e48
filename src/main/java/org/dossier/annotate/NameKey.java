package org.dossier.annotate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A name's spelling-independent form, for telling when two entity names are one: diacritics
 * dropped, lower case, hyphens and apostrophes as spaces, name particles left out
 * ("Bashar al-Assad" and "Bashar Assad" → {@code bashar assad}; "São Paulo" → {@code sao paulo}),
 * initials kept as a letter and a dot ("S. Warne" → {@code s. warne}). Immutable.
 */
record NameKey(List<String> tokens) {
    private static final Set<String> PARTICLES = Set.of("al", "el", "ad", "de", "da", "di", "du", "der", "den",
            "van", "von", "bin", "ibn", "le", "la", "del", "della", "dos", "das");
    private static final Set<String> ACRONYM_SKIP = Set.of("of", "the", "and", "for", "&", "de", "la", "le", "des",
            "du", "in", "on");

    static NameKey of(String name) {
        String s = name;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
                break;
            }
        }
        s = s.toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>(4);
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                cur.append(c);
            } else if (c == '.' && cur.length() == 1) {
                cur.append('.'); // an initial
                tokens.add(cur.toString());
                cur.setLength(0);
            } else {
                if (cur.length() > 0) {
                    tokens.add(cur.toString());
                    cur.setLength(0);
                }
            }
        }
        if (tokens.size() > 1) {
            List<String> kept = new ArrayList<>(tokens.size());
            for (String t : tokens) {
                if (!PARTICLES.contains(t)) {
                    kept.add(t);
                }
            }
            if (!kept.isEmpty()) {
                tokens = kept;
            }
        }
        return new NameKey(List.copyOf(tokens));
    }

    boolean isEmpty() {
        return tokens.isEmpty();
    }

    int size() {
        return tokens.size();
    }

    String last() {
        return tokens.get(tokens.size() - 1);
    }

    static boolean isInitial(String token) {
        return token.length() == 2 && token.charAt(1) == '.' || token.length() == 1 && Character.isLetter(token.charAt(0));
    }

    /** "S. Warne": every token but the last is an initial. */
    boolean initialsAndSurname() {
        if (tokens.size() < 2) {
            return false;
        }
        for (int i = 0; i < tokens.size() - 1; i++) {
            if (!isInitial(tokens.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether "S. Warne" abbreviates this name ("Shane Warne"): same surname, initials in order. */
    boolean abbreviatedBy(NameKey initials) {
        if (size() < initials.size() || !last().equals(initials.last()) || initialsAndSurname()) {
            return false;
        }
        for (int i = 0; i < initials.size() - 1; i++) {
            if (tokens.get(i).charAt(0) != initials.tokens().get(i).charAt(0)) {
                return false;
            }
        }
        return true;
    }

    /** The upper-case initials of a name's words ("Syrian Democratic Forces" → "SDF"), skipping "of", "the"…; "" for one word. */
    static String initialsOf(String name) {
        StringBuilder sb = new StringBuilder();
        int words = 0;
        for (String w : name.split("[\\s\\-]+")) {
            if (w.isEmpty() || ACRONYM_SKIP.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0))) {
                return "";
            }
            sb.append(w.charAt(0));
            words++;
        }
        return words >= 2 ? sb.toString() : "";
    }

    /** "SDF", "U.N.": an acronym of 2–6 capitals, dots dropped; "" when the name is none. */
    static String acronym(String name) {
        String s = name.replace(".", "");
        if (s.length() < 2 || s.length() > 6) {
            return "";
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isUpperCase(s.charAt(i))) {
                return "";
            }
        }
        return s;
    }

    @Override
    public String toString() {
        return String.join(" ", tokens);
    }
}
