package org.dossier;

import java.util.Arrays;

import org.dossier.cli.Cli;

/**
 * The jar's main class. It deliberately does not extend {@code javafx.application.Application}, so
 * {@code java -jar dossier.jar} works with JavaFX on the plain class path. A first argument naming a
 * subcommand ({@code text}, {@code annotate}, …) runs the command line; anything else opens the window.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && Cli.isCommand(args[0])) {
            int status = Cli.run(args[0], Arrays.asList(args).subList(1, args.length), System.out, System.err);
            System.exit(status);
        }
        int status = org.dossier.ui.DossierApp.launchApp(args);
        if (status != 0) {
            System.exit(status);
        }
    }
}
