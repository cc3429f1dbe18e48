package org.dossier.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisplayCheckTest {
    @TempDir
    Path temp;

    private Path ldCache(String... libraries) throws Exception {
        Path cache = temp.resolve("ld.so.cache");
        // the real cache is binary with the names as strings inside it
        Files.write(cache, ("glibc-ld.so.cache1.1\0\0" + String.join("\0/usr/lib/x86_64-linux-gnu/", libraries) + "\0")
                .getBytes(StandardCharsets.ISO_8859_1));
        return cache;
    }

    @Test
    void noDisplayIsSaidInOneLine() throws Exception {
        Optional<String> problem = DisplayCheck.problem("Linux", Map.of(), ldCache(DisplayCheck.GTK));
        assertTrue(problem.orElseThrow().contains("no display"), problem.get());
        assertTrue(!problem.get().contains("\n"));
    }

    @Test
    void missingGtkNamesWhatToInstall() throws Exception {
        Optional<String> problem = DisplayCheck.problem("Linux", Map.of("DISPLAY", ":0"), ldCache("libc.so.6", "libX11.so.6"));
        assertTrue(problem.orElseThrow().contains("GTK 3") && problem.get().contains("libgtk-3-0"), problem.get());
    }

    @Test
    void gtkInTheLoaderCacheOrOnLdLibraryPathIsEnough() throws Exception {
        assertEquals(Optional.empty(), DisplayCheck.problem("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), ldCache("libc.so.6", DisplayCheck.GTK)));
        Path lib = Files.createDirectories(temp.resolve("lib"));
        Files.createFile(lib.resolve(DisplayCheck.GTK));
        assertEquals(Optional.empty(), DisplayCheck.problem("Linux", Map.of("DISPLAY", ":0", "LD_LIBRARY_PATH", "/nowhere:" + lib),
                ldCache("libc.so.6")));
    }

    @Test
    void withoutALoaderCacheItCannotTellAndStaysSilent() {
        assertEquals(Optional.empty(), DisplayCheck.problem("Linux", Map.of("DISPLAY", ":0"), temp.resolve("absent")));
    }

    @Test
    void otherSystemsAreNotChecked() throws Exception {
        assertEquals(Optional.empty(), DisplayCheck.problem("Windows 11", Map.of(), ldCache()));
        assertEquals(Optional.empty(), DisplayCheck.problem("Mac OS X", Map.of(), ldCache()));
    }

    /** The launcher started without a display prints the one line and exits, without JavaFX's stack traces. */
    @Test
    void theLauncherWithoutADisplaySaysSoAndExits() throws Exception {
        if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            return;
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Ddossier.home=" + temp, "org.dossier.Launcher"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "exits by itself");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(1, p.exitValue());
        assertTrue(out.startsWith("Dossier cannot open its window: there is no display"), out);
        assertTrue(!out.contains("Exception") && !out.contains("\tat "), out);
    }
}
