package org.dossier.ui.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import javafx.beans.value.ChangeListener;

import org.dossier.annotate.EntityType;
import org.dossier.base.DataDirs;
import org.dossier.base.ReplaceFile;
import org.dossier.ui.library.SortOrder;

/**
 * Keeps {@link Settings} in a small properties file in the data folder (so tests and portable
 * installs can point {@code dossier.home} elsewhere). Every change is saved on a background thread,
 * written beside the file and moved into place; changes made while a save runs are written together
 * by the next one, so a quick run through the articles never waits on the disk. {@link #flush()} at
 * quit waits for the last one.
 *
 * <p>The file carries a {@code version}. Version 1 is the unversioned file of earlier Dossiers, with
 * the same keys: it is read as it is and saved as version {@value #VERSION}. Keys this version does
 * not know are kept on save. A file from a newer Dossier is read for what this one understands and
 * never overwritten. A missing or unreadable file, or a value that does not parse, means the default.
 * Create and use on the FX thread.
 */
public final class SettingsStore {
    /** The file format's version: bump it, and migrate in {@link #read}, when a key changes meaning. */
    static final int VERSION = 2;
    static final String FILE_NAME = "settings.properties";

    private final Path file;
    private final Settings settings = new Settings();
    /** What the file held that this version does not write itself (other versions' keys). */
    private final Properties foreign = new Properties();
    private final boolean writable;
    private final AtomicReference<Properties> pending = new AtomicReference<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dossier-settings");
        t.setDaemon(true);
        return t;
    });

    private SettingsStore(Path file) {
        this.file = file;
        Properties stored = load(file);
        int version = intOr(stored.getProperty("version"), 1);
        this.writable = version <= VERSION;
        if (!writable) {
            System.err.println("Dossier: " + file + " was written by a newer Dossier (settings version " + version
                    + "); it is read but not changed.");
        }
        read(stored);
        // A change listener, not an invalidation listener: setting an equal value saves nothing.
        ChangeListener<Object> save = (o, was, now) -> save();
        for (var p : settings.all()) {
            p.addListener(save);
        }
    }

    /** The settings in the user's data folder. */
    public static SettingsStore load() {
        return open(DataDirs.dataDir().resolve(FILE_NAME));
    }

    public static SettingsStore open(Path file) {
        return new SettingsStore(file);
    }

    public Settings settings() {
        return settings;
    }

    public Path file() {
        return file;
    }

    /** Waits (briefly) until the last change is on disk: called when the application quits. */
    public void flush() {
        try {
            writer.submit(this::writePending).get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            System.err.println("Dossier: the settings may not be saved: " + e);
        }
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                System.err.println("Dossier: ignoring unreadable settings " + file + ": " + e.getMessage());
                return new Properties();
            }
        }
        return p;
    }

    /** Sets the model from the file's values (versions 1 and 2 share their keys). */
    private void read(Properties p) {
        // Before the last folder, which then comes first among them (as it did when saved).
        settings.recentFolders().set(p.getProperty(Keys.RECENT_FOLDERS, "").lines()
                .map(String::strip).filter(line -> !line.isEmpty()).map(Path::of).toList());
        String folder = p.getProperty(Keys.LAST_FOLDER, "").strip();
        settings.lastFolder().set(folder.isEmpty() ? null : Path.of(folder));
        settings.lastArticle().set(p.getProperty(Keys.LAST_ARTICLE, ""));
        settings.dark().set(Boolean.parseBoolean(p.getProperty(Keys.DARK, "false").strip()));
        settings.fontPercent().set(intOr(p.getProperty(Keys.FONT_PERCENT), 100));
        settings.sort().set(sortOr(p.getProperty(Keys.SORT)));
        settings.hiddenTypes().set(types(p.getProperty(Keys.HIDDEN_TYPES, "")));
        settings.listShown().set(!"false".equals(p.getProperty(Keys.LIST_SHOWN, "true").strip()));
        settings.sidePanelShown().set(!"false".equals(p.getProperty(Keys.SIDE_PANEL_SHOWN, "true").strip()));
        settings.width().set(intOr(p.getProperty(Keys.WIDTH), 1200));
        settings.height().set(intOr(p.getProperty(Keys.HEIGHT), 800));
        for (String key : p.stringPropertyNames()) {
            if (!Keys.ALL.contains(key) && !key.equals("version")) {
                foreign.setProperty(key, p.getProperty(key));
            }
        }
    }

    /** The model as the file's keys and values (FX thread). */
    private Properties snapshot() {
        Properties p = new Properties();
        p.putAll(foreign);
        p.setProperty("version", Integer.toString(VERSION));
        Path folder = settings.lastFolder().get();
        if (folder != null) {
            p.setProperty(Keys.LAST_FOLDER, folder.toString());
        }
        p.setProperty(Keys.LAST_ARTICLE, settings.lastArticle().get());
        p.setProperty(Keys.DARK, Boolean.toString(settings.dark().get()));
        p.setProperty(Keys.FONT_PERCENT, Integer.toString(settings.fontPercent().get()));
        p.setProperty(Keys.SORT, settings.sort().get().name());
        p.setProperty(Keys.HIDDEN_TYPES, String.join(",", settings.hiddenTypes().get().stream()
                .map(EntityType::name).sorted().toList()));
        p.setProperty(Keys.LIST_SHOWN, Boolean.toString(settings.listShown().get()));
        p.setProperty(Keys.SIDE_PANEL_SHOWN, Boolean.toString(settings.sidePanelShown().get()));
        p.setProperty(Keys.RECENT_FOLDERS, String.join("\n", settings.recentFolders().get().stream().map(Path::toString).toList()));
        p.setProperty(Keys.WIDTH, Integer.toString(settings.width().get()));
        p.setProperty(Keys.HEIGHT, Integer.toString(settings.height().get()));
        return p;
    }

    private void save() {
        if (writable && pending.getAndSet(snapshot()) == null) {
            writer.execute(this::writePending);
        }
    }

    private void writePending() {
        Properties latest = pending.getAndSet(null);
        if (latest == null) {
            return;
        }
        try {
            ReplaceFile.write(file, tmp -> {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    latest.store(out, "Dossier settings");
                }
            });
        } catch (IOException e) {
            // Preferences are a convenience: losing one must not interrupt reading.
            System.err.println("Dossier: could not save settings to " + file + ": " + e.getMessage());
        }
    }

    private static int intOr(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static SortOrder sortOr(String value) {
        try {
            return value == null ? SortOrder.NEWEST_FIRST : SortOrder.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return SortOrder.NEWEST_FIRST;
        }
    }

    /** "PERSON,ORG": known type names; others are dropped. */
    private static Set<EntityType> types(String value) {
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        for (String name : value.split(",")) {
            try {
                types.add(EntityType.valueOf(name.strip()));
            } catch (IllegalArgumentException e) {
                // an empty part, or a type this version does not know
            }
        }
        return types;
    }

    /** The file's keys: the same in versions 1 and 2 (a version 1 file has none of the later ones). */
    private static final class Keys {
        static final String LAST_FOLDER = "lastFolder";
        static final String LAST_ARTICLE = "lastArticle";
        static final String DARK = "dark";
        static final String FONT_PERCENT = "fontPercent";
        static final String SORT = "sort";
        static final String HIDDEN_TYPES = "hiddenTypes";
        static final String WIDTH = "width";
        static final String HEIGHT = "height";
        // Added in version 2 without changing any other key's meaning: older files simply lack them.
        static final String LIST_SHOWN = "listShown";
        static final String SIDE_PANEL_SHOWN = "sidePanelShown";
        /** One folder a line, the latest first. */
        static final String RECENT_FOLDERS = "recentFolders";
        static final Set<String> ALL = Set.of(LAST_FOLDER, LAST_ARTICLE, DARK, FONT_PERCENT, SORT, HIDDEN_TYPES, WIDTH, HEIGHT,
                LIST_SHOWN, SIDE_PANEL_SHOWN, RECENT_FOLDERS);
    }
}
