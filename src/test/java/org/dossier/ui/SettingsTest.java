package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path home;

    @AfterEach
    void clear() {
        System.clearProperty("dossier.home");
    }

    @Test
    void manyQuickChangesEndWithTheLastValueOnDisk() {
        System.setProperty("dossier.home", home.toString());
        Settings settings = Settings.load();
        for (int i = 0; i < 500; i++) {
            settings.put("lastArticle", "article-" + i + ".txt");
        }
        settings.put("dark", true);
        settings.flush();
        Settings again = Settings.load();
        assertEquals("article-499.txt", again.get("lastArticle", ""));
        assertEquals(true, again.getBoolean("dark", false));
    }

    @Test
    void anUnreadableFileMeansDefaults() throws Exception {
        System.setProperty("dossier.home", home.toString());
        Files.writeString(home.resolve("settings.properties"), "fontPercent=\\u12");
        assertEquals(100, Settings.load().getInt("fontPercent", 100));
    }
}
