package org.dossier.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesktopEntryOptionTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dataHome;

    private int run(String option, String appPath) {
        return DesktopEntryOption.run(option, appPath, new DesktopEntry(dataHome),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void installPointsTheEntryAtTheAppImageLauncher() throws Exception {
        assertEquals(0, run(DesktopEntryOption.INSTALL, "/opt/Dossier/bin/Dossier"));
        String entry = Files.readString(dataHome.resolve("applications/dossier.desktop"));
        assertTrue(entry.contains("\nExec=/opt/Dossier/bin/Dossier\n"), entry);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("wrote " + dataHome.resolve("applications/dossier.desktop")));
    }

    @Test
    void installOutsideAnAppImageFailsAndSaysHowToBuildOne() {
        assertEquals(1, run(DesktopEntryOption.INSTALL, null));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("mvn -Pdist package"));
        assertFalse(Files.exists(dataHome.resolve("applications")));
    }

    @Test
    void uninstallRemovesAnInstalledEntry() {
        run(DesktopEntryOption.INSTALL, "/opt/Dossier/bin/Dossier");
        assertEquals(0, run(DesktopEntryOption.UNINSTALL, null));
        assertFalse(Files.exists(dataHome.resolve("applications/dossier.desktop")));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("removed "));
    }

    @Test
    void onlyTheTwoOptionsAreRecognised() {
        assertTrue(DesktopEntryOption.isOption("--install-desktop-entry"));
        assertTrue(DesktopEntryOption.isOption("--uninstall-desktop-entry"));
        assertFalse(DesktopEntryOption.isOption("--articles"));
    }
}
