package org.dossier.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses {@code --name value} options (each taking one value, some repeatable; {@code --name=value}
 * works too). Unknown options, missing values and stray arguments are usage errors. Immutable once
 * parsed.
 */
final class CommandArgs {
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    private CommandArgs() {
    }

    static CommandArgs parse(List<String> args, Set<String> names, Set<String> repeatable) throws UsageException {
        CommandArgs parsed = new CommandArgs();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument \"" + arg + "\"");
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--" + name + " needs a value");
                }
                value = args.get(++i);
            }
            if (!names.contains(name) && !repeatable.contains(name)) {
                throw new UsageException("unknown option --" + name);
            }
            List<String> list = parsed.values.computeIfAbsent(name, k -> new ArrayList<>());
            if (!list.isEmpty() && !repeatable.contains(name)) {
                throw new UsageException("--" + name + " given twice");
            }
            list.add(value);
        }
        return parsed;
    }

    String get(String name) {
        List<String> list = values.get(name);
        return list == null ? null : list.get(0);
    }

    String require(String name) throws UsageException {
        String value = get(name);
        if (value == null) {
            throw new UsageException("--" + name + " is required");
        }
        return value;
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }
}
