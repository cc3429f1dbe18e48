package org.dossier.desktop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tells, before JavaFX starts, why the window cannot open on this Linux machine: no display to open
 * it on, or no GTK 3 for JavaFX to draw with. JavaFX itself reports either as two raw stack traces;
 * this says in one line what to do instead. It only speaks when it is sure: on a system without
 * {@code /etc/ld.so.cache} (NixOS, musl) it cannot tell where libraries are, and stays silent.
 * Stateless.
 */
public final class DisplayCheck {
    static final String GTK = "libgtk-3.so.0";

    private DisplayCheck() {
    }

    /** The problem on this machine, if any; never one when JavaFX runs on another platform (Monocle in tests). */
    public static Optional<String> problem() {
        if (System.getProperty("glass.platform") != null) {
            return Optional.empty();
        }
        return problem(System.getProperty("os.name", ""), System.getenv(), Path.of("/etc/ld.so.cache"));
    }

    static Optional<String> problem(String osName, Map<String, String> env, Path ldCache) {
        if (!osName.toLowerCase(Locale.ROOT).contains("linux")) {
            return Optional.empty();
        }
        if (blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY"))) {
            return Optional.of("Dossier cannot open its window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY"
                    + " is set). Start it from a desktop session; the command line works without one"
                    + " (java -jar dossier.jar help).");
        }
        if (gtkMissing(env, ldCache)) {
            return Optional.of("Dossier needs GTK 3 to open its window, and this machine has none: install it"
                    + " (Debian/Ubuntu: sudo apt install libgtk-3-0; Fedora: sudo dnf install gtk3) and start Dossier again.");
        }
        return Optional.empty();
    }

    /** True only when the loader's cache is readable, does not list GTK 3, and no LD_LIBRARY_PATH folder holds it. */
    private static boolean gtkMissing(Map<String, String> env, Path ldCache) {
        String paths = env.getOrDefault("LD_LIBRARY_PATH", "");
        for (String dir : paths.split(":")) {
            if (!dir.isBlank() && Files.exists(Path.of(dir, GTK))) {
                return false;
            }
        }
        try {
            // The cache is binary, but it holds every library's file name as a plain string.
            String cache = new String(Files.readAllBytes(ldCache), StandardCharsets.ISO_8859_1);
            return !cache.contains(GTK);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
