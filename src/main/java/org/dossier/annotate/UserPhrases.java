package org.dossier.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The user gazetteer's names found anywhere in a text, whatever their case — so that a correction
 * such as "mark «diplomats» as ORG" takes effect even where the rules look only at capitalised
 * words. Matches are whole words, as written or with a capital first letter (a sentence start).
 * A match is added where no mention is, and replaces the mentions it covers; it never cuts into a
 * longer mention. Immutable; safe to share between threads.
 */
final class UserPhrases {
    private record Phrase(String text, EntityType type, String canonical) {
    }

    private static final UserPhrases NONE = new UserPhrases(List.of());

    private final List<Phrase> phrases;

    private UserPhrases(List<Phrase> phrases) {
        this.phrases = phrases;
    }

    static UserPhrases of(List<UserGazetteer.Line> lines) {
        List<Phrase> phrases = new ArrayList<>();
        for (UserGazetteer.Line line : lines) {
            if (line.type() == null) {
                continue;
            }
            String canonical = line.names().get(0);
            for (String name : line.names()) {
                phrases.add(new Phrase(name, line.type(), canonical));
            }
        }
        return phrases.isEmpty() ? NONE : new UserPhrases(List.copyOf(phrases));
    }

    boolean isEmpty() {
        return phrases.isEmpty();
    }

    /** {@code found} (sorted, non-overlapping) with the user's names added; still sorted and non-overlapping. */
    List<Mention> apply(String text, List<Mention> found) {
        List<Mention> user = new ArrayList<>();
        for (Phrase p : phrases) {
            find(text, p, p.text, user);
            String capitalised = Character.toUpperCase(p.text.charAt(0)) + p.text.substring(1);
            if (!capitalised.equals(p.text)) {
                find(text, p, capitalised, user);
            }
        }
        if (user.isEmpty()) {
            return found;
        }
        user.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::end).reversed()));
        List<Mention> result = new ArrayList<>(found);
        int lastEnd = -1;
        for (Mention u : user) {
            if (u.start() < lastEnd) {
                continue; // overlaps a user match already taken (the longer one, at the same start)
            }
            boolean cutsIn = false;
            for (Mention m : result) {
                if (m.start() < u.end() && u.start() < m.end() && (m.start() < u.start() || m.end() > u.end())) {
                    cutsIn = true;
                    break;
                }
            }
            if (cutsIn) {
                continue;
            }
            result.removeIf(m -> m.start() >= u.start() && m.end() <= u.end());
            result.add(u);
            lastEnd = u.end();
        }
        result.sort(Comparator.comparingInt(Mention::start));
        return List.copyOf(result);
    }

    private static void find(String text, Phrase p, String needle, List<Mention> out) {
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            int end = i + needle.length();
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean wordEnd = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (wordStart && wordEnd) {
                out.add(new Mention(i, end, p.type, text.substring(i, end), p.type.name() + ":" + p.canonical, "user"));
            }
        }
    }
}
