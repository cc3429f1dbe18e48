package org.dossier.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

import org.dossier.DataDirs;

/**
 * The user's preferences — last folder, last article, theme, text size, sort — in a small properties
 * file in the data folder (so tests and portable installs can point {@code dossier.home} elsewhere).
 * Saved atomically; a missing or unreadable file means defaults. FX-thread confined.
 */
final class Settings {
    private final Path file;
    private final Properties values = new Properties();

    private Settings(Path file) {
        this.file = file;
    }

    static Settings load() {
        Settings s = new Settings(DataDirs.dataDir().resolve("settings.properties"));
        if (Files.isRegularFile(s.file)) {
            try (InputStream in = Files.newInputStream(s.file)) {
                s.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                System.err.println("Dossier: ignoring unreadable settings " + s.file + ": " + e.getMessage());
            }
        }
        return s;
    }

    String get(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    int getInt(String key, int fallback) {
        try {
            return Integer.parseInt(values.getProperty(key, Integer.toString(fallback)).strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    boolean getBoolean(String key, boolean fallback) {
        return Boolean.parseBoolean(values.getProperty(key, Boolean.toString(fallback)));
    }

    /** Sets and saves at once: settings are few and small, and must survive a crash. */
    void put(String key, Object value) {
        String v = String.valueOf(value);
        if (v.equals(values.getProperty(key))) {
            return;
        }
        values.setProperty(key, v);
        save();
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "settings", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                values.store(out, "Dossier settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Preferences are a convenience: losing one must not interrupt reading.
            System.err.println("Dossier: could not save settings to " + file + ": " + e.getMessage());
        }
    }
}
