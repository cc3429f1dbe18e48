package org.dossier.base;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Milliseconds from JVM start to named start-up milestones ("window shown", "first article
 * rendered"), for {@code --measure-startup}. The JVM's own start time (from the runtime MXBean) is the
 * zero, so class loading and JavaFX start-up are included. No JavaFX here: the UI calls
 * {@link #mark} at each milestone and {@link #print} when it has them all. Thread-safe.
 */
public final class StartupClock {
    /** One milestone. */
    public record Mark(String name, long millisSinceJvmStart) {
    }

    /**
     * The system property carrying the first JVM's start time (epoch ms) when the launcher starts the
     * window in a child JVM, so the time spent in the first one counts too.
     */
    public static final String RELAUNCHED = "dossier.relaunched";

    private static final StartupClock TRACE = new StartupClock();

    private final long jvmStart;
    private final List<Mark> marks = new CopyOnWriteArrayList<>();

    /**
     * A clock from this JVM's start, or from the first JVM's when the launcher started the window in
     * a child (see {@link #RELAUNCHED}): the time spent in the first one counts too.
     */
    public StartupClock() {
        this(Long.getLong(RELAUNCHED, ManagementFactory.getRuntimeMXBean().getStartTime()));
    }

    /** A clock with an explicit zero (epoch milliseconds), for tests. */
    public StartupClock(long jvmStartEpochMillis) {
        this.jvmStart = jvmStartEpochMillis;
    }

    /**
     * Records an intermediate start-up step ("folder listed", "first article read") on a clock shared
     * by the whole process, for {@code --measure-startup} with {@code -Ddossier.startup.trace=true}.
     * Cheap enough to leave in: a few marks per run.
     */
    public static void trace(String step) {
        TRACE.mark(step);
    }

    /** The shared clock of {@link #trace}. */
    public static StartupClock traced() {
        return TRACE;
    }

    /** Records {@code name} now; the first mark of a name wins. Returns its milliseconds since JVM start. */
    public long mark(String name) {
        for (Mark m : marks) {
            if (m.name().equals(name)) {
                return m.millisSinceJvmStart();
            }
        }
        long ms = System.currentTimeMillis() - jvmStart;
        marks.add(new Mark(name, ms));
        return ms;
    }

    public List<Mark> marks() {
        return List.copyOf(marks);
    }

    /** Whether every one of {@code names} has been marked. */
    public boolean hasAll(String... names) {
        for (String n : names) {
            if (marks.stream().noneMatch(m -> m.name().equals(n))) {
                return false;
            }
        }
        return true;
    }

    /** Prints one line per mark, {@code startup <name>: <ms> ms}, in the order they happened. */
    public void print(PrintStream out) {
        for (Mark m : marks) {
            out.println("startup " + m.name() + ": " + m.millisSinceJvmStart() + " ms");
        }
        out.flush();
    }
}
