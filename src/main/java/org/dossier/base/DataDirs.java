package org.dossier.base;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The per-user folders Dossier keeps its files in, following each platform's convention:
 * Linux {@code $XDG_DATA_HOME/dossier} (default {@code $HOME/.local/share/dossier}) and
 * {@code $XDG_CACHE_HOME/dossier} (default {@code $HOME/.cache/dossier}); Windows
 * {@code %APPDATA%\Dossier}; macOS {@code ~/Library/Application Support/Dossier}. The system
 * property {@code dossier.home}, when set, replaces all of them with one folder (tests and portable
 * installs use it).
 *
 * <p>On Linux and macOS the home folder is {@code $HOME}, as every desktop program takes it: Java's
 * {@code user.home} comes from the password database instead, so a user who points {@code HOME}
 * elsewhere (a sandbox, a portable session, a test) would find Dossier's files in the wrong place.
 * XDG variables must hold absolute paths to count (the specification says to ignore relative ones).
 */
public final class DataDirs {
    private DataDirs() {
    }

    /** Where the notebook, the user gazetteer, the watch-list and the settings live. */
    public static Path dataDir() {
        return dataDir(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"),
                System.getProperty("dossier.home"));
    }

    /** Where re-creatable caches live (safe to delete). */
    public static Path cacheDir() {
        return cacheDir(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"),
                System.getProperty("dossier.home"));
    }

    /** {@link #dataDir()} for a given environment, OS name, Java {@code user.home} and {@code dossier.home}. */
    static Path dataDir(Map<String, String> env, String osName, String userHome, String override) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return Path.of(appData != null && !appData.isBlank() ? appData : userHome, "Dossier");
        }
        String home = home(env, userHome);
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Dossier");
        }
        return xdg(env, "XDG_DATA_HOME", Path.of(home, ".local", "share")).resolve("dossier");
    }

    /** {@link #cacheDir()} for a given environment, OS name, Java {@code user.home} and {@code dossier.home}. */
    static Path cacheDir(Map<String, String> env, String osName, String userHome, String override) {
        if (override != null && !override.isBlank()) {
            return Path.of(override, "cache");
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return Path.of(local != null && !local.isBlank() ? local : userHome, "Dossier", "Cache");
        }
        String home = home(env, userHome);
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Caches", "Dossier");
        }
        return xdg(env, "XDG_CACHE_HOME", Path.of(home, ".cache")).resolve("dossier");
    }

    /** {@code $HOME} when it names an absolute folder, else Java's {@code user.home}. */
    public static String home(Map<String, String> env, String userHome) {
        String home = env.get("HOME");
        return home != null && !home.isBlank() && Path.of(home).isAbsolute() ? home : userHome;
    }

    private static Path xdg(Map<String, String> env, String variable, Path fallback) {
        String value = env.get(variable);
        return value != null && !value.isBlank() && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
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
