package org.dossier.annotate;

import java.util.Locale;
import java.util.Set;

/**
 * Whether the clause around a date speaks of the past or the future, which decides what a weekday
 * or a month without a year means ("said Friday" is the Friday before the article, "will meet
 * Sunday" the Sunday after). Looks at the words before the date first (the governing verb usually
 * precedes it in English news: "was killed on Sunday"), then a few after ("Monday's talks were…").
 * Stateless.
 */
final class TimexTense {
    /** The tense found. */
    enum Tense { PAST, FUTURE, NONE }

    private static final int WORDS_BEFORE = 8;
    private static final int WORDS_AFTER = 5;
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "ll", "wo", "going", "plans", "plan",
            "planned", "planning", "scheduled", "expected", "expects", "due", "upcoming", "intends",
            "hopes", "until", "till", "next", "tomorrow", "soon", "begins", "starts", "opens", "resume", "resumes");
    /**
     * Modals and the present copula point ahead only when close to the date ("would arrive Sunday", "the
     * deadline is Tuesday"; not "would … Sunday's ruling").
     */
    private static final Set<String> NEAR_FUTURE = Set.of("would", "may", "might", "is", "are");
    private static final int NEAR = 3;
    /** Before "be" these make the clause a future ("will be held", "is to be signed", "would be traveling"). */
    private static final Set<String> MODAL_BE = Set.of("will", "would", "to", "'ll", "ll", "shall", "may", "might",
            "must");
    private static final Set<String> PAST = Set.of("said", "was", "were", "had", "did", "told", "went", "came",
            "met", "began", "took", "made", "gave", "left", "fell", "won", "lost", "saw", "got", "held", "led", "fled",
            "hit", "struck", "found", "sent", "spent", "brought", "thought", "fought", "ran", "rose", "sold",
            "bought", "paid", "became", "broke", "chose", "drew", "drove", "flew", "grew", "knew", "meant", "shot",
            "spoke", "stood", "threw", "wrote", "ago", "last", "yesterday", "since", "earlier", "been",
            "sank", "sat", "slept", "stole",
            "taught", "wore", "woke", "says", "say");
    /** Words ending in -ed that are no past tense. */
    private static final Set<String> NOT_PAST = Set.of("need", "seed", "speed", "feed", "red", "bed", "shed",
            "indeed", "hundred", "proceed", "exceed", "succeed", "bred", "embed", "ned", "ted", "fred", "ed",
            "united", "limited", "expected", "scheduled", "planned", "proposed", "anticipated", "supposed");

    private TimexTense() {
    }

    /** The tense of the clause around {@code text[start, end)}. */
    static Tense around(String text, int start, int end) {
        java.util.List<String> before = new java.util.ArrayList<>();
        int k = start;
        for (int n = 0; n < WORDS_BEFORE + 2; n++) {
            int wEnd = skipBack(text, k);
            if (wEnd < 0) {
                break;
            }
            int wStart = wEnd;
            while (wStart > 0 && isWordChar(text.charAt(wStart - 1))) {
                wStart--;
            }
            before.add(text.substring(wStart, wEnd).toLowerCase(Locale.ROOT));
            k = wStart;
        }
        if (before.size() >= 3 && before.get(0).equals("as") && before.get(2).equals("as")) {
            return Tense.FUTURE; // "as early as Tuesday", "as soon as Monday"
        }
        for (int n = 0; n < Math.min(WORDS_BEFORE, before.size()); n++) {
            String w = before.get(n);
            if (n < NEAR && NEAR_FUTURE.contains(w)) {
                return Tense.FUTURE;
            }
            String prev = n + 1 < before.size() ? before.get(n + 1) : "";
            if (w.equals("be") && MODAL_BE.contains(prev)) {
                return Tense.FUTURE;
            }
            Tense t = tenseOf(w);
            if (t == Tense.PAST && prev.equals("be")) {
                continue; // a participle after "be": the word before "be" decides
            }
            if (t == Tense.FUTURE && (w.equals("until") || w.equals("till"))) {
                // "until Tuesday" looks ahead, unless the clause tells of the past: "Until Thursday,
                // they had not called him a suspect", "not until Tuesday that Castro revealed"
                return after(text, end) == Tense.PAST ? Tense.PAST : Tense.FUTURE;
            }
            if (t != Tense.NONE) {
                return t;
            }
        }
        return after(text, end);
    }

    /** The tense of the first word after {@code end} that has one, in the same sentence. */
    private static Tense after(String text, int end) {
        int k = end;
        for (int n = 0; n < WORDS_AFTER; n++) {
            int wStart = skipForward(text, k);
            if (wStart < 0) {
                break;
            }
            int wEnd = wStart;
            while (wEnd < text.length() && isWordChar(text.charAt(wEnd))) {
                wEnd++;
            }
            Tense t = tenseOf(text.substring(wStart, wEnd));
            if (t != Tense.NONE) {
                return t;
            }
            k = wEnd;
        }
        return Tense.NONE;
    }

    private static Tense tenseOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("'")) {
            w = w.substring(1);
        }
        if (FUTURE.contains(w)) {
            return Tense.FUTURE;
        }
        if (PAST.contains(w) || w.length() > 4 && w.endsWith("ed") && !NOT_PAST.contains(w)) {
            return Tense.PAST;
        }
        return Tense.NONE;
    }

    /** The end of the word before {@code k} in the same sentence, or -1. */
    private static int skipBack(String text, int k) {
        int i = k;
        while (i > 0 && !isWordChar(text.charAt(i - 1))) {
            char c = text.charAt(i - 1);
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n' || c == '"') {
                return -1;
            }
            i--;
        }
        return i > 0 ? i : -1;
    }

    /** The start of the word after {@code k} in the same sentence, or -1. */
    private static int skipForward(String text, int k) {
        int i = k;
        while (i < text.length() && !isWordChar(text.charAt(i))) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n' || c == '"') {
                return -1;
            }
            i++;
        }
        return i < text.length() ? i : -1;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'';
    }
}
