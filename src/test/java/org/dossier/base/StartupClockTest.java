package org.dossier.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class StartupClockTest {
    @Test
    void marksCountFromJvmStart() {
        StartupClock clock = new StartupClock();
        long shown = clock.mark("window shown");
        assertTrue(shown > 0, "the JVM started before this test");
        assertTrue(shown < 24L * 3600 * 1000);
    }

    @Test
    void firstMarkOfANameWinsAndAllArePrintedInOrder() throws Exception {
        StartupClock clock = new StartupClock(System.currentTimeMillis() - 1000);
        long first = clock.mark("window shown");
        Thread.sleep(5);
        assertEquals(first, clock.mark("window shown"));
        assertFalse(clock.hasAll("window shown", "first article rendered"));
        clock.mark("first article rendered");
        assertTrue(clock.hasAll("window shown", "first article rendered"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        clock.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].matches("startup window shown: \\d+ ms"), lines[0]);
        assertTrue(lines[1].startsWith("startup first article rendered: "));
    }
}
