package org.dossier.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;

import org.dossier.annotate.EntityType;
import org.dossier.ui.library.SortOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path home;

    private Path file() {
        return home.resolve("settings.properties");
    }

    private Properties onDisk() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file())) {
            p.load(in);
        }
        return p;
    }

    @Test
    void manyQuickChangesEndWithTheLastValueOnDisk() {
        SettingsStore store = SettingsStore.open(file());
        for (int i = 0; i < 500; i++) {
            store.settings().lastArticle().set("article-" + i + ".txt");
        }
        store.settings().dark().set(true);
        store.flush();
        Settings again = SettingsStore.open(file()).settings();
        assertEquals("article-499.txt", again.lastArticle().get());
        assertTrue(again.dark().get());
    }

    @Test
    void everySettingSurvivesARestartWithItsType() {
        SettingsStore store = SettingsStore.open(file());
        Settings s = store.settings();
        s.lastFolder().set(home.resolve("articles"));
        s.fontPercent().set(130);
        s.sort().set(SortOrder.TITLE);
        s.hiddenTypes().set(Set.of(EntityType.PERSON, EntityType.DATE));
        s.width().set(900);
        s.height().set(600);
        s.listShown().set(false);
        s.sidePanelShown().set(false);
        store.flush();
        Settings again = SettingsStore.open(file()).settings();
        assertEquals(home.resolve("articles"), again.lastFolder().get());
        assertEquals(130, again.fontPercent().get());
        assertEquals(SortOrder.TITLE, again.sort().get());
        assertEquals(Set.of(EntityType.PERSON, EntityType.DATE), again.hiddenTypes().get());
        assertEquals(900, again.width().get());
        assertEquals(600, again.height().get());
        assertFalse(again.listShown().get());
        assertFalse(again.sidePanelShown().get());
    }

    @Test
    void theRecentFoldersKeepTheLastTenLatestFirstEachOnce() {
        SettingsStore store = SettingsStore.open(file());
        Settings s = store.settings();
        for (int i = 0; i < 12; i++) {
            s.lastFolder().set(home.resolve("folder " + i));
        }
        s.lastFolder().set(home.resolve("folder 5"));
        store.flush();
        var recent = SettingsStore.open(file()).settings().recentFolders().get();
        assertEquals(Settings.RECENT_MAX, recent.size());
        assertEquals(home.resolve("folder 5"), recent.get(0), "the one opened last comes first");
        assertEquals(home.resolve("folder 11"), recent.get(1));
        assertEquals(1, recent.stream().filter(p -> p.equals(home.resolve("folder 5"))).count(), "each once");
        assertFalse(recent.contains(home.resolve("folder 1")), "the oldest fall off");
    }

    @Test
    void anUnreadableFileMeansDefaults() throws Exception {
        Files.writeString(file(), "fontPercent=\\u12");
        Settings s = SettingsStore.open(file()).settings();
        assertEquals(100, s.fontPercent().get());
        assertNull(s.lastFolder().get());
    }

    @Test
    void valuesThatDoNotParseFallBackToTheirDefaults() throws Exception {
        Files.writeString(file(), "fontPercent=large\nsort=SIDEWAYS\nhiddenTypes=PERSON,GHOST,\ndark=maybe\nwidth=wide\n");
        Settings s = SettingsStore.open(file()).settings();
        assertEquals(100, s.fontPercent().get());
        assertEquals(SortOrder.NEWEST_FIRST, s.sort().get());
        assertEquals(Set.of(EntityType.PERSON), s.hiddenTypes().get(), "unknown type names are dropped");
        assertFalse(s.dark().get());
        assertEquals(1200, s.width().get());
    }

    @Test
    void theTextSizeStaysWithinTheRenderersRange() {
        SettingsStore store = SettingsStore.open(file());
        Settings s = store.settings();
        s.fontPercent().set(1000);
        assertEquals(250, s.fontPercent().get());
        s.fontPercent().set(5);
        assertEquals(60, s.fontPercent().get());
        store.flush();
        assertEquals(60, SettingsStore.open(file()).settings().fontPercent().get());
    }

    @Test
    void aFileOfEarlierDossiersIsReadAsItIsAndSavedWithTheVersion() throws Exception {
        // Version 1: no version key; the keys are the ones of today.
        Files.writeString(file(), "#Dossier settings\nlastFolder=" + home.resolve("news").toString().replace("\\", "\\\\")
                + "\nlastArticle=a.txt\ndark=true\nfontPercent=120\nsort=OLDEST_FIRST\nhiddenTypes=ORG,PERSON\n"
                + "width=1000\nheight=700\n");
        SettingsStore store = SettingsStore.open(file());
        Settings s = store.settings();
        assertEquals(home.resolve("news"), s.lastFolder().get());
        assertEquals("a.txt", s.lastArticle().get());
        assertTrue(s.dark().get());
        assertEquals(120, s.fontPercent().get());
        assertEquals(SortOrder.OLDEST_FIRST, s.sort().get());
        assertEquals(Set.of(EntityType.ORG, EntityType.PERSON), s.hiddenTypes().get());
        s.lastArticle().set("b.txt");
        store.flush();
        Properties saved = onDisk();
        assertEquals(Integer.toString(SettingsStore.VERSION), saved.getProperty("version"));
        assertEquals("ORG,PERSON", saved.getProperty("hiddenTypes"));
        assertEquals("120", saved.getProperty("fontPercent"));
        assertEquals("b.txt", saved.getProperty("lastArticle"));
    }

    @Test
    void keysOfOtherVersionsAreKeptOnSave() throws Exception {
        Files.writeString(file(), "version=2\nfontPercent=110\nreader.lineWidth=70\n");
        SettingsStore store = SettingsStore.open(file());
        store.settings().dark().set(true);
        store.flush();
        assertEquals("70", onDisk().getProperty("reader.lineWidth"));
        assertEquals("true", onDisk().getProperty("dark"));
    }

    @Test
    void aFileFromANewerDossierIsReadButNeverOverwritten() throws Exception {
        String newer = "version=99\nfontPercent=140\ndark=true\n";
        Files.writeString(file(), newer);
        SettingsStore store = SettingsStore.open(file());
        assertEquals(140, store.settings().fontPercent().get());
        store.settings().fontPercent().set(90);
        store.flush();
        assertEquals(newer, Files.readString(file()));
    }

    @Test
    void settingAnEqualValueWritesNothing() throws Exception {
        SettingsStore store = SettingsStore.open(file());
        store.settings().hiddenTypes().set(Set.of(EntityType.ORG));
        store.flush();
        Files.delete(file());
        store.settings().hiddenTypes().set(Set.of(EntityType.ORG));
        store.flush();
        assertFalse(Files.exists(file()));
    }
}
