package org.dossier.annotate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Objects;

/**
 * Finds people, organisations, places, dates, quantities and nationalities in plain text with
 * gazetteers and hand-written rules (see {@code docs/annotator.md}). Mentions come back sorted,
 * non-overlapping, with UTF-16 offsets into the given text, a canonical entity id and the list or
 * rule that produced them. Thread-safe: the lists are immutable snapshots; an annotator made
 * {@link #withUserGazetteer with a user gazetteer} re-reads that file when it changes.
 */
public final class Annotator {
    /** How often, at most, the user gazetteer file is checked for changes. */
    private static final long CHECK_INTERVAL_NANOS = 500_000_000L;

    private static final class Standard {
        static final Annotator INSTANCE = new Annotator(null);
    }

    private final Path userFile;
    private volatile Snapshot snapshot;
    private volatile long lastCheck;

    private record Snapshot(Gazetteer gazetteer, UserPhrases user, List<String> problems, FileTime modified, long size) {
    }

    private Annotator(Path userFile) {
        this.userFile = userFile;
        this.snapshot = userFile == null ? new Snapshot(Gazetteer.builtIn(), UserPhrases.of(List.of()), List.of(), null, -1) : load(userFile);
        this.lastCheck = System.nanoTime();
    }

    /** The built-in gazetteers, loaded once and cached. */
    public static Annotator standard() {
        return Standard.INSTANCE;
    }

    /**
     * The built-in gazetteers plus the entries of {@code tsv}, which win over them. A missing file
     * means no user entries; malformed lines are skipped and listed by {@link #problems()}.
     */
    public static Annotator withUserGazetteer(Path tsv) {
        return new Annotator(Objects.requireNonNull(tsv, "tsv"));
    }

    /**
     * The mentions in {@code text}: sorted by offset, non-overlapping, with offsets into {@code text}
     * as given. Decomposed characters (NFD) are matched like their composed forms. The language is
     * told from the text (see {@link #analyse}).
     */
    public List<Mention> annotate(String text) {
        return analyse(text, "").mentions();
    }

    /**
     * The mentions in {@code text}, written in {@code declaredLanguage} (a BCP 47 tag such as a
     * page's {@code lang}; blank: told from the text).
     */
    public List<Mention> annotate(String text, String declaredLanguage) {
        return analyse(text, declaredLanguage).mentions();
    }

    /**
     * The mentions in {@code text} and the language they were found as: the declared one when
     * given ({@code "fr"}, {@code "en-GB"}), else the one its function words show, else English.
     * The English rules run only on English; other languages get the lists' places and
     * organisations, the user's entries, ISO dates and percentages.
     */
    public Annotation analyse(String text, String declaredLanguage) {
        Objects.requireNonNull(text, "text");
        if (userFile != null && System.nanoTime() - lastCheck > CHECK_INTERVAL_NANOS) {
            reloadIfChanged();
        }
        Language declared = Language.declared(declaredLanguage);
        if (text.isEmpty()) {
            return new Annotation(List.of(), declared != null ? declared : Language.ASSUMED_ENGLISH);
        }
        Snapshot s = snapshot;
        // Matched on the NFC view, so "Zu\u0308rich" is Zürich; offsets mapped back to the text as written.
        return BigTexts.annotate(text.length(), () -> {
            NormalizedText nfc = NormalizedText.of(text);
            String matched = nfc == null ? text : nfc.text();
            ArticlePass pass = new ArticlePass(s.gazetteer(), matched, declared);
            List<Mention> found = pass.run();
            found = s.user().isEmpty() ? found : s.user().apply(matched, found);
            return new Annotation(nfc == null ? found : nfc.toOriginal(found), pass.language());
        });
    }

    /** One message per user gazetteer line that was skipped (file, line number, reason). */
    public List<String> problems() {
        return snapshot.problems();
    }

    /** Re-reads the user gazetteer now if its modification time or size changed; returns true if it did. */
    public boolean reloadIfChanged() {
        if (userFile == null) {
            return false;
        }
        lastCheck = System.nanoTime();
        Snapshot current = snapshot;
        FileTime modified = modified(userFile);
        long size = size(userFile);
        if (Objects.equals(modified, current.modified()) && size == current.size()) {
            return false;
        }
        synchronized (this) {
            snapshot = load(userFile);
        }
        return true;
    }

    private static Snapshot load(Path file) {
        FileTime modified = modified(file);
        long size = size(file);
        UserGazetteer.Result r = UserGazetteer.read(file);
        Gazetteer g = r.lines().isEmpty() ? Gazetteer.builtIn() : Gazetteer.withUser(r.lines());
        return new Snapshot(g, UserPhrases.of(r.lines()), r.problems(), modified, size);
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
