package org.dossier.desktop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DesktopEntryTest {
    private static final Path LAUNCHER = Path.of("/opt/Dossier/bin/Dossier");

    @TempDir
    Path dataHome;

    private static Map<String, String> keys(String desktopFile) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String line : desktopFile.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                keys.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return keys;
    }

    @Test
    void entryHasTheKeysAMenuNeeds() {
        String text = DesktopEntry.contents(LAUNCHER);
        assertTrue(text.startsWith("[Desktop Entry]\n"));
        Map<String, String> keys = keys(text);
        assertEquals("Application", keys.get("Type"));
        assertEquals("Dossier", keys.get("Name"));
        assertEquals("/opt/Dossier/bin/Dossier", keys.get("Exec"));
        assertEquals("/opt/Dossier/bin/Dossier", keys.get("TryExec"));
        assertEquals("dossier", keys.get("Icon"));
        assertEquals("false", keys.get("Terminal"));
        assertEquals("org.dossier.ui.DossierApp", keys.get("StartupWMClass"));
        assertTrue(keys.get("Categories").endsWith(";"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /opt/Dossier/bin/Dossier          | /opt/Dossier/bin/Dossier
            /home/ana/My Apps/bin/Dossier     | "/home/ana/My Apps/bin/Dossier"
            /home/ana/100%/bin/Dossier        | /home/ana/100%%/bin/Dossier
            /home/ana/a$b/bin/Dossier         | "/home/ana/a\\\\$b/bin/Dossier"
            /home/ana/say "hi"/bin/Dossier    | "/home/ana/say \\\\"hi\\\\"/bin/Dossier"
            """)
    void execQuotesAndEscapesThePathAsTheSpecLayersIt(String path, String exec) {
        assertEquals(exec, DesktopEntry.execValue(path));
    }

    @Test
    void relativeLauncherIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DesktopEntry.contents(Path.of("bin/Dossier")));
    }

    @Test
    void installWritesEntryAndBothIconsUnderTheDataHome() throws IOException {
        DesktopEntry entry = new DesktopEntry(dataHome);
        List<Path> written = entry.install(LAUNCHER);

        assertEquals(List.of(dataHome.resolve("applications/dossier.desktop"),
                dataHome.resolve("icons/hicolor/256x256/apps/dossier.png"),
                dataHome.resolve("icons/hicolor/scalable/apps/dossier.svg")), written);
        assertEquals(DesktopEntry.contents(LAUNCHER), Files.readString(entry.desktopFile()));
        assertArrayEquals(resource("dossier-icon.png"), Files.readAllBytes(entry.pngIcon()));
        assertArrayEquals(resource("dossier-icon.svg"), Files.readAllBytes(entry.svgIcon()));
    }

    @Test
    void installingAgainReplacesTheEntryAndLeavesNoTemporaryFiles() throws IOException {
        DesktopEntry entry = new DesktopEntry(dataHome);
        entry.install(Path.of("/old/bin/Dossier"));
        entry.install(LAUNCHER);

        assertEquals("/opt/Dossier/bin/Dossier", keys(Files.readString(entry.desktopFile())).get("Exec"));
        try (var files = Files.list(entry.desktopFile().getParent())) {
            assertEquals(List.of(entry.desktopFile()), files.toList());
        }
    }

    @Test
    void uninstallRemovesWhatInstallWroteAndNothingElse() throws IOException {
        DesktopEntry entry = new DesktopEntry(dataHome);
        Path neighbour = Files.createDirectories(dataHome.resolve("applications")).resolve("other.desktop");
        Files.writeString(neighbour, "[Desktop Entry]\n");
        List<Path> written = entry.install(LAUNCHER);

        assertEquals(written, entry.uninstall());
        written.forEach(p -> assertFalse(Files.exists(p), p::toString));
        assertTrue(Files.exists(neighbour));
    }

    @Test
    void uninstallWithNothingInstalledRemovesNothing() throws IOException {
        assertEquals(List.of(), new DesktopEntry(dataHome).uninstall());
    }

    @Test
    void dataHomeFollowsXdgDataHome() {
        assertEquals(Path.of("/xdg/data"), DesktopEntry.dataHome(Map.of("XDG_DATA_HOME", "/xdg/data"), "/home/ana"));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            ''
            relative/data
            """)
    void dataHomeDefaultsToLocalShareWhenXdgDataHomeIsUnsetOrRelative(String xdg) {
        Map<String, String> env = xdg.isEmpty() ? Map.of() : Map.of("XDG_DATA_HOME", xdg);
        assertEquals(Path.of("/home/ana/.local/share"), DesktopEntry.dataHome(env, "/home/ana"));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DesktopEntry.class.getResourceAsStream("/org/dossier/ui/" + name)) {
            return in.readAllBytes();
        }
    }
}
