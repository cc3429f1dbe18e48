package org.dossier.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.dossier.base.DataDirs;

/**
 * The user's preferences — last folder, last article, theme, text size, sort — in a small properties
 * file in the data folder (so tests and portable installs can point {@code dossier.home} elsewhere).
 * Saved atomically on a background thread, so a quick run through the articles never waits on the
 * disk; changes made while a save runs are written together by the next one. A missing or
 * unreadable file means defaults. FX-thread confined ({@link #flush()} at quit waits for the disk).
 */
final class Settings {
    private final Path file;
    private final Properties values = new Properties();
    private final java.util.concurrent.atomic.AtomicReference<Properties> pending = new java.util.concurrent.atomic.AtomicReference<>();
    private final java.util.concurrent.ExecutorService writer = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dossier-settings");
        t.setDaemon(true);
        return t;
    });

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

    /** Sets a value and saves it soon (settings are few and small, and should survive a crash). */
    void put(String key, Object value) {
        String v = String.valueOf(value);
        if (v.equals(values.getProperty(key))) {
            return;
        }
        values.setProperty(key, v);
        Properties snapshot = new Properties();
        snapshot.putAll(values);
        if (pending.getAndSet(snapshot) == null) {
            writer.execute(this::writePending);
        }
    }

    /** Waits (briefly) until the last change is on disk: called when the application quits. */
    void flush() {
        try {
            writer.submit(this::writePending).get(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            System.err.println("Dossier: the settings may not be saved: " + e);
        }
    }

    private void writePending() {
        Properties latest = pending.getAndSet(null);
        if (latest != null) {
            save(latest);
        }
    }

    private void save(Properties snapshot) {
        try {
            org.dossier.base.ReplaceFile.write(file, tmp -> {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    snapshot.store(out, "Dossier settings");
                }
            });
        } catch (IOException e) {
            // Preferences are a convenience: losing one must not interrupt reading.
            System.err.println("Dossier: could not save settings to " + file + ": " + e.getMessage());
        }
    }
}
