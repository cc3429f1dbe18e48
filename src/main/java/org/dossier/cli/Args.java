package org.dossier.cli;

import java.util.List;

/** Small helpers for reading option values; each failure is a {@link UsageException}. */
final class Args {
    private Args() {
    }

    /** The value after {@code option} at index {@code i}. */
    static String value(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    static int positive(String v, String option) throws UsageException {
        try {
            int n = Integer.parseInt(v);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " must be a positive whole number, not \"" + v + "\"");
    }
}
