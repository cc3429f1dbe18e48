package org.dossier;

import java.util.Arrays;

import org.dossier.base.DataDirs;
import org.dossier.base.StartupClock;
import org.dossier.cli.Cli;
import org.dossier.desktop.DesktopEntry;
import org.dossier.desktop.DesktopEntryOption;
import org.dossier.desktop.DisplayCheck;

/**
 * The jar's main class. It deliberately does not extend {@code javafx.application.Application}, so
 * {@code java -jar dossier.jar} works with JavaFX on the plain class path. A first argument naming a
 * subcommand ({@code text}, {@code annotate}, …) runs the command line; {@code --install-desktop-entry}
 * and {@code --uninstall-desktop-entry} add or remove the Linux menu entry; anything else opens the window.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        StartupClock.trace("main");
        if (args.length > 0 && Cli.isCommand(args[0])) {
            int status = Cli.run(args[0], Arrays.asList(args).subList(1, args.length), System.out, System.err);
            System.exit(status);
        }
        if (args.length > 0 && DesktopEntryOption.isOption(args[0])) {
            // XDG folders are defined from $HOME; Java's user.home comes from the password database instead.
            String home = DataDirs.home(System.getenv(), System.getProperty("user.home"));
            DesktopEntry entry = new DesktopEntry(DesktopEntry.dataHome(System.getenv(), home));
            System.exit(DesktopEntryOption.run(args[0], System.getProperty("jpackage.app-path"), entry, System.out, System.err));
        }
        java.util.Optional<String> noWindow = DisplayCheck.problem();
        if (noWindow.isPresent()) {
            System.err.println(noWindow.get());
            System.exit(1);
        }
        java.util.OptionalInt bounded = WindowProcess.runBounded(args);
        if (bounded.isPresent()) {
            System.exit(bounded.getAsInt());
        }
        int status = org.dossier.ui.DossierApp.launchApp(args);
        if (status != 0) {
            System.exit(status);
        }
    }
}
