package org.dossier.base;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DataDirsTest {
    private static final String PASSWD_HOME = "/home/from-passwd";

    @Test
    void linuxFoldersFollowHomeNotJavasUserHome() {
        Map<String, String> env = Map.of("HOME", "/tmp/sandbox");
        assertEquals(Path.of("/tmp/sandbox/.local/share/dossier"), DataDirs.dataDir(env, "Linux", PASSWD_HOME, null));
        assertEquals(Path.of("/tmp/sandbox/.cache/dossier"), DataDirs.cacheDir(env, "Linux", PASSWD_HOME, null));
    }

    @Test
    void linuxFoldersFollowTheXdgVariables() {
        Map<String, String> env = Map.of("HOME", "/tmp/sandbox", "XDG_DATA_HOME", "/data/me", "XDG_CACHE_HOME", "/var/cache/me");
        assertEquals(Path.of("/data/me/dossier"), DataDirs.dataDir(env, "Linux", PASSWD_HOME, null));
        assertEquals(Path.of("/var/cache/me/dossier"), DataDirs.cacheDir(env, "Linux", PASSWD_HOME, null));
    }

    @Test
    void relativeOrEmptyXdgVariablesAreIgnoredAsTheSpecificationSays() {
        Map<String, String> env = Map.of("HOME", "/tmp/sandbox", "XDG_DATA_HOME", "relative/data", "XDG_CACHE_HOME", "");
        assertEquals(Path.of("/tmp/sandbox/.local/share/dossier"), DataDirs.dataDir(env, "Linux", PASSWD_HOME, null));
        assertEquals(Path.of("/tmp/sandbox/.cache/dossier"), DataDirs.cacheDir(env, "Linux", PASSWD_HOME, null));
    }

    @Test
    void withoutHomeJavasUserHomeIsUsed() {
        assertEquals(Path.of(PASSWD_HOME, ".local/share/dossier"), DataDirs.dataDir(Map.of(), "Linux", PASSWD_HOME, null));
        assertEquals(Path.of(PASSWD_HOME, ".local/share/dossier"), DataDirs.dataDir(Map.of("HOME", "not/absolute"), "Linux", PASSWD_HOME, null));
    }

    @Test
    void macOsUsesLibraryUnderHome() {
        Map<String, String> env = Map.of("HOME", "/Users/anna");
        assertEquals(Path.of("/Users/anna/Library/Application Support/Dossier"), DataDirs.dataDir(env, "Mac OS X", PASSWD_HOME, null));
        assertEquals(Path.of("/Users/anna/Library/Caches/Dossier"), DataDirs.cacheDir(env, "Mac OS X", PASSWD_HOME, null));
    }

    @Test
    void windowsUsesAppData() {
        Map<String, String> env = Map.of("APPDATA", "C:\\Users\\anna\\AppData\\Roaming", "LOCALAPPDATA", "C:\\Users\\anna\\AppData\\Local");
        assertEquals(Path.of("C:\\Users\\anna\\AppData\\Roaming", "Dossier"), DataDirs.dataDir(env, "Windows 11", PASSWD_HOME, null));
        assertEquals(Path.of("C:\\Users\\anna\\AppData\\Local", "Dossier", "Cache"), DataDirs.cacheDir(env, "Windows 11", PASSWD_HOME, null));
    }

    @Test
    void dossierHomeReplacesThemAll() {
        Map<String, String> env = Map.of("HOME", "/tmp/sandbox", "XDG_DATA_HOME", "/data/me");
        assertEquals(Path.of("/portable"), DataDirs.dataDir(env, "Linux", PASSWD_HOME, "/portable"));
        assertEquals(Path.of("/portable/cache"), DataDirs.cacheDir(env, "Linux", PASSWD_HOME, "/portable"));
    }
}
