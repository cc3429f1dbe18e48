package org.dossier.cli;

import java.io.PrintStream;
import java.util.List;

/** One command-line subcommand over the core. Returns the process exit status. */
public interface Command {
    /** One line for {@code dossier help}. */
    String usage();

    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
