package org.dossier.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry of subcommands ({@code java -jar dossier.jar NAME …}). Exit status 0 on success,
 * 1 on a failure with a message on standard error, 2 on wrong usage.
 */
public final class Cli {
    private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("text", new TextCommand());
        COMMANDS.put("annotate", new AnnotateCommand());
        COMMANDS.put("bookmark", new BookmarkCommand(AnnotatorEntityFinder.withUserGazetteer()));
        COMMANDS.put("export", new ExportCommand());
        COMMANDS.put("bench-corpus", new BenchCorpusCommand());
        COMMANDS.put("search", new SearchCommand());
    }

    private Cli() {
    }

    public static boolean isCommand(String name) {
        return COMMANDS.containsKey(name) || name.equals("help");
    }

    public static int run(String name, List<String> args, PrintStream out, PrintStream err) {
        if (name.equals("help")) {
            out.println("usage: dossier [--articles DIR] [--notebook FILE]   (opens the window)");
            COMMANDS.forEach((n, c) -> out.println("       dossier " + c.usage()));
            out.println("       dossier --install-desktop-entry | --uninstall-desktop-entry   (Linux menu entry, from the app image)");
            return 0;
        }
        Command command = COMMANDS.get(name);
        try {
            return command.run(args, out, err);
        } catch (UsageException e) {
            err.println("dossier " + name + ": " + e.getMessage());
            err.println("usage: dossier " + command.usage());
            return 2;
        } catch (Exception e) {
            err.println("dossier " + name + ": " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            return 1;
        }
    }
}
