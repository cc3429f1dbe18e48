package org.dossier;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Makes a folder refuse new entries for a test, for real: by taking away write permission, or, when
 * the tests run as root (who may write anyway), by marking it immutable with {@code chattr +i}. Skips
 * the test where neither is possible. Closing undoes it.
 */
public final class Unwritable implements AutoCloseable {
    private final Path dir;
    private final boolean immutable;

    private Unwritable(Path dir, boolean immutable) {
        this.dir = dir;
        this.immutable = immutable;
    }

    public static Unwritable folder(Path dir) throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-x------"));
            return new Unwritable(dir, false);
        }
        boolean done = run("chattr", "+i", dir.toString());
        assumeTrue(done, "running as root without chattr +i on this file system: an unwritable folder cannot be made, skipped");
        return new Unwritable(dir, true);
    }

    private static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() throws java.io.IOException {
        if (immutable) {
            run("chattr", "-i", dir.toString());
        } else {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
