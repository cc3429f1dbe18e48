package org.dossier.base;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The per-user folders Dossier keeps its files in, following each platform's convention:
 * Linux {@code $XDG_DATA_HOME/dossier} (default {@code ~/.local/share/dossier}) and
 * {@code $XDG_CACHE_HOME/dossier}; Windows {@code %APPDATA%\Dossier}; macOS
 * {@code ~/Library/Application Support/Dossier}. The system property {@code dossier.home}, when set,
 * replaces all of them with one folder (tests and portable installs use it).
 */
public final class DataDirs {
    private DataDirs() {
    }

    /** Where the notebook, the user gazetteer and the watch-list live. */
    public static Path dataDir() {
        String override = System.getProperty("dossier.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "Dossier");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Dossier");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return Path.of(xdg != null && !xdg.isBlank() ? xdg : home + "/.local/share", "dossier");
    }

    /** Where re-creatable caches live (safe to delete). */
    public static Path cacheDir() {
        String override = System.getProperty("dossier.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override, "cache");
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return Path.of(local != null ? local : home, "Dossier", "Cache");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Caches", "Dossier");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return Path.of(xdg != null && !xdg.isBlank() ? xdg : home + "/.cache", "dossier");
    }

    /** The default notebook file. */
    public static Path defaultNotebook() {
        return dataDir().resolve("notebook.json");
    }

    /** The user gazetteer: entries that win over the built-in lists. */
    public static Path userGazetteer() {
        return dataDir().resolve("gazetteer.tsv");
    }

    /** The user's corrections to the library's entity merges ("same" and "apart" lines). */
    public static Path entityMerges() {
        return dataDir().resolve("entity-merges.tsv");
    }
}
