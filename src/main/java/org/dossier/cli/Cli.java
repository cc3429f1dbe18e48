package org.dossier.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.dossier.adapter.AnnotatorEntityFinder;

/**
 * The registry of subcommands ({@code java -jar dossier.jar NAME …}). Exit status 0 on success,
 * 1 on a failure with a message on standard error, 2 on wrong usage.
 */
public final class Cli {
    /**
     * Commands are built only when run: the window asks {@link #isCommand} on every start, and
     * building them all (Jackson mappers, the annotator's lists) cost it a fifth of a second.
     */
    private static final Map<String, Supplier<Command>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("text", TextCommand::new);
        COMMANDS.put("annotate", AnnotateCommand::new);
        COMMANDS.put("bookmark", () -> new BookmarkCommand(AnnotatorEntityFinder.withUserGazetteer()));
        COMMANDS.put("export", ExportCommand::new);
        COMMANDS.put("bench-corpus", BenchCorpusCommand::new);
        COMMANDS.put("search", SearchCommand::new);
        COMMANDS.put("list", ListCommand::new);
        COMMANDS.put("entities", EntitiesCommand::new);
        COMMANDS.put("timeline", TimelineCommand::new);
        COMMANDS.put("graph", GraphCommand::new);
        COMMANDS.put("profile", ProfileCommand::new);
    }

    private Cli() {
    }

    public static boolean isCommand(String name) {
        return COMMANDS.containsKey(name) || name.equals("help");
    }

    public static int run(String name, List<String> args, PrintStream out, PrintStream err) {
        if (name.equals("help")) {
            out.println("usage: dossier [--articles DIR] [--notebook FILE]   (opens the window)");
            COMMANDS.forEach((n, c) -> out.println("       dossier " + c.get().usage()));
            out.println("       dossier --install-desktop-entry | --uninstall-desktop-entry   (Linux menu entry, from the app image)");
            return 0;
        }
        Command command = COMMANDS.get(name).get();
        try {
            return command.run(args, out, err);
        } catch (UsageException e) {
            err.println("dossier " + name + ": " + e.getMessage());
            err.println("usage: dossier " + command.usage());
            return 2;
        } catch (Exception e) {
            err.println("dossier " + name + ": " + describe(e));
            return 1;
        }
    }

    /** A failure in words: a file system exception's message alone is often just a path. */
    static String describe(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return a.getFile() + ": permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return n.getFile() + ": no such file or folder";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() == null) {
            return f.getFile() + ": " + e.getClass().getSimpleName();
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }
}
