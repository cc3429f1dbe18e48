package org.dossier.desktop;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The launcher's {@code --install-desktop-entry} and {@code --uninstall-desktop-entry}. The entry
 * must start the app image's own {@code bin/Dossier}, which jpackage's launcher announces in the
 * system property {@code jpackage.app-path}; run any other way (the jar, {@code mvn javafx:run})
 * there is no launcher to point at, and installing is refused with the way to build one.
 * Exit status 0 on success, 1 on failure, as for the subcommands.
 */
public final class DesktopEntryOption {
    public static final String INSTALL = "--install-desktop-entry";
    public static final String UNINSTALL = "--uninstall-desktop-entry";

    private DesktopEntryOption() {
    }

    public static boolean isOption(String arg) {
        return arg.equals(INSTALL) || arg.equals(UNINSTALL);
    }

    /**
     * @param appPath the value of {@code jpackage.app-path}, or null when not started from an app image
     */
    public static int run(String option, String appPath, DesktopEntry entry, PrintStream out, PrintStream err) {
        try {
            if (option.equals(UNINSTALL)) {
                List<Path> removed = entry.uninstall();
                removed.forEach(p -> out.println("removed " + p));
                if (removed.isEmpty()) {
                    out.println("no desktop entry was installed under " + entry.desktopFile().getParent());
                }
                return 0;
            }
            if (appPath == null || appPath.isBlank()) {
                err.println("dossier: " + INSTALL + " needs the app image's launcher to point the menu entry at."
                        + " Build it with `mvn -Pdist package`, then run target/dist/Dossier/bin/Dossier " + INSTALL);
                return 1;
            }
            for (Path written : entry.install(Path.of(appPath).toAbsolutePath().normalize())) {
                out.println("wrote " + written);
            }
            out.println("Dossier is in your applications menu (log out and in if it does not show yet).");
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            err.println("dossier: " + option + " failed: " + e.getMessage());
            return 1;
        }
    }
}
