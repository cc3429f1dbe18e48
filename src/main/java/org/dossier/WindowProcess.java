package org.dossier;

import org.dossier.base.StartupClock;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts the window in a child JVM with a bounded heap when {@code java -jar dossier.jar} was run
 * without one. The JVM's default limit is a quarter of the machine's memory, and with a big folder
 * G1 grows the heap toward it rather than collecting: 1.1 GB resident for 10,000 articles where
 * {@value #HEAP} holds the same work under 600 MB (docs/performance.md, memory). A jar cannot set its
 * own JVM options, so the launcher asks for them by starting the window again — about 60 ms, and
 * {@code --measure-startup} counts from the first JVM's start. The app image and
 * {@code mvn javafx:run} pass their own limit and never come here.
 *
 * <p>The child also gets a class-data-sharing archive of the classes the window loads (AppCDS, a
 * JDK feature): the first window writes it when it exits, into the user cache folder, and later
 * windows map it instead of loading and verifying ~8,000 classes from jars — about 0.5 s of a
 * 1.5 s start. It is keyed by the JDK and the jars' sizes and times; the JDK checks it too and
 * ignores a stale one (silently: its messages are turned off).
 */
public final class WindowProcess {
    /** The window's heap limit: its live data is about 70 MB with 10,000 articles. */
    static final String HEAP = "-Xmx224m";
    /** Set in the child to the first JVM's start (epoch ms): no second relaunch, and the start-up clock's zero. */
    public static final String RELAUNCHED = StartupClock.RELAUNCHED;
    /** How long the launcher, ended by a signal, waits for the window to save and exit before killing it. */
    static final long CHILD_GRACE_SECONDS = 30;

    private WindowProcess() {
    }

    /**
     * The command that starts the window again with {@link #HEAP}, or null when this JVM should run
     * it itself: a heap limit (or a relative one) was given, this is already the child or the app
     * image, a debugger or agent is attached (it would be attached twice), or the java command or
     * class path is unknown. {@code extraOptions} (class-data sharing) join the child's JVM options
     * unless this JVM was given sharing options of its own.
     */
    static List<String> relaunchCommand(List<String> jvmArgs, Map<String, String> properties, String javaCommand,
                                        long jvmStartMillis, List<String> extraOptions, List<String> args) {
        if (properties.containsKey(RELAUNCHED) || properties.containsKey("jpackage.app-path")
                || javaCommand == null || properties.getOrDefault("java.class.path", "").isEmpty()) {
            return null;
        }
        for (String a : jvmArgs) {
            // An initial size too: above our limit, the child JVM would refuse to start.
            if (a.startsWith("-Xmx") || a.startsWith("-XX:MaxHeapSize") || a.startsWith("-XX:MaxRAM")
                    || a.startsWith("-Xms") || a.startsWith("-XX:InitialHeapSize") || a.startsWith("-XX:MinHeapSize")
                    || a.startsWith("-XX:InitialRAM")
                    || a.startsWith("-agentlib") || a.startsWith("-agentpath") || a.startsWith("-javaagent")
                    || a.startsWith("-Xrunjdwp") || a.startsWith("-Xdebug")) {
                return null;
            }
        }
        boolean ownSharing = jvmArgs.stream().anyMatch(a -> a.startsWith("-Xshare")
                || a.startsWith("-XX:SharedArchiveFile") || a.startsWith("-XX:ArchiveClassesAtExit"));
        List<String> command = new ArrayList<>();
        command.add(javaCommand);
        command.addAll(jvmArgs);
        command.add(HEAP);
        if (!ownSharing) {
            command.addAll(extraOptions);
        }
        command.add("-D" + RELAUNCHED + "=" + jvmStartMillis);
        command.add("-cp");
        command.add(properties.get("java.class.path"));
        command.add(Launcher.class.getName());
        command.addAll(args);
        return command;
    }

    /**
     * Runs the window in a child JVM when this one has no heap limit, and returns its exit status;
     * empty when this JVM should open the window itself.
     */
    private static int runChild(List<String> command, ClassArchive archive) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(command).inheritIO().start();
        // Ended by a signal (a logout, kill): pass it on and end with the window, not before it. The
        // window hides at once and saves what is pending; the first window may then spend a few
        // seconds writing its class archive, kept here so that no later exit pays for it again.
        Thread stop = new Thread(() -> {
            child.destroy();
            try {
                if (!child.waitFor(CHILD_GRACE_SECONDS, TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                } else if (archive != null) {
                    archive.keepWritten();
                }
            } catch (InterruptedException e) {
                child.destroyForcibly();
            }
        }, "dossier-window-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        int status = child.waitFor();
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException e) {
            // the signal's hook runs: it ends the child and keeps the archive
        }
        return status;
    }

    static java.util.OptionalInt runBounded(String[] args) {
        Map<String, String> properties = new java.util.HashMap<>();
        for (String key : List.of(RELAUNCHED, "jpackage.app-path", "java.class.path")) {
            String value = System.getProperty(key);
            if (value != null) {
                properties.put(key, value);
            }
        }
        String javaCommand = ProcessHandle.current().info().command().orElse(null);
        // A dynamic archive needs the JDK's own (base) archive, which this JVM maps when it says
        // "sharing"; without it a JVM asked to write one refuses to start.
        boolean sharing = System.getProperty("java.vm.info", "").contains("sharing");
        ClassArchive archive = javaCommand == null || !sharing ? null
                : ClassArchive.forClassPath(properties.get("java.class.path"));
        List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        long started = ManagementFactory.getRuntimeMXBean().getStartTime();
        List<String> command = relaunchCommand(jvmArgs, properties, javaCommand, started,
                archive == null ? List.of() : archive.options(), List.of(args));
        if (command == null) {
            return java.util.OptionalInt.empty();
        }
        try {
            long launched = System.nanoTime();
            int status = runChild(command, archive);
            if (status != 0 && archive != null && System.nanoTime() - launched < 3_000_000_000L) {
                // The child JVM failed at once: perhaps it could not use the archive. Once more without.
                status = runChild(relaunchCommand(jvmArgs, properties, javaCommand, started, List.of(), List.of(args)), null);
            } else if (archive != null) {
                archive.keepWritten();
            }
            return java.util.OptionalInt.of(status);
        } catch (IOException e) {
            // Cannot start a JVM (odd sandbox): open the window here, with the default heap.
            return java.util.OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.OptionalInt.of(1);
        }
    }
}
