package org.dossier.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses a subcommand's arguments: {@code --name value} options (some repeatable; {@code --name=value}
 * works too), {@code --flag}s without a value, and operands (files, a query). Unknown options, missing
 * values and operands where none are allowed are usage errors. Immutable once parsed.
 */
final class CommandArgs {
    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final List<String> operands = new ArrayList<>();

    private CommandArgs() {
    }

    /** Options only: any operand is a usage error. */
    static CommandArgs parse(List<String> args, Set<String> names, Set<String> repeatable) throws UsageException {
        CommandArgs parsed = parse(args, names, repeatable, Set.of());
        if (!parsed.operands.isEmpty()) {
            throw new UsageException("unexpected argument \"" + parsed.operands.get(0) + "\"");
        }
        return parsed;
    }

    /** Options, flags and operands (anything not starting with {@code --}). */
    static CommandArgs parse(List<String> args, Set<String> names, Set<String> repeatable, Set<String> flags)
            throws UsageException {
        CommandArgs parsed = new CommandArgs();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                parsed.operands.add(arg);
                continue;
            }
            String name = arg.substring(2);
            if (flags.contains(name)) {
                parsed.values.put(name, List.of("true"));
                continue;
            }
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

    boolean has(String flag) {
        return values.containsKey(flag);
    }

    List<String> operands() {
        return List.copyOf(operands);
    }

    /** A whole number above zero, or {@code fallback} when the option is absent. */
    int positive(String name, int fallback) throws UsageException {
        String v = get(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--" + name + " must be a positive whole number, not \"" + v + "\"");
    }
}
