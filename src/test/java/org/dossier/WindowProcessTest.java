package org.dossier;

import org.dossier.base.StartupClock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WindowProcessTest {
    private static final Map<String, String> JAR = Map.of("java.class.path", "target/dossier.jar");

    @Test
    void withoutAHeapLimitTheWindowIsStartedAgainWithOne() {
        List<String> command = WindowProcess.relaunchCommand(List.of("-Ddossier.home=/tmp/h"), JAR, "/usr/bin/java",
                1234L, List.of(), List.of("--articles", "my folder"));
        assertEquals(List.of("/usr/bin/java", "-Ddossier.home=/tmp/h", WindowProcess.HEAP, "-Ddossier.relaunched=1234",
                "-cp", "target/dossier.jar", "org.dossier.Launcher", "--articles", "my folder"), command);
    }

    @Test
    void everyLauncherGivesTheSameHeapLimit() throws Exception {
        String pom = java.nio.file.Files.readString(java.nio.file.Path.of("pom.xml"));
        assertEquals(true, pom.contains("<window.heap>" + WindowProcess.HEAP + "</window.heap>"),
                "pom.xml's window.heap (app image, mvn javafx:run) is " + WindowProcess.HEAP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-Xmx2g", "-XX:MaxHeapSize=1g", "-XX:MaxRAMPercentage=10", "-Xms512m",
            "-XX:InitialHeapSize=512m", "-XX:MinHeapSize=300m", "-XX:InitialRAMPercentage=5",
            "-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:x.jar"})
    void anExplicitLimitOrAnAgentKeepsTheWindowInThisJvm(String option) {
        assertNull(WindowProcess.relaunchCommand(List.of(option), JAR, "/usr/bin/java", 1L, List.of(), List.of()));
    }

    @Test
    void theChildTheAppImageAndAnUnknownJavaNeverRelaunch() {
        assertNull(WindowProcess.relaunchCommand(List.of(),
                Map.of("java.class.path", "a.jar", WindowProcess.RELAUNCHED, "1"), "/usr/bin/java", 1L, List.of(), List.of()));
        assertNull(WindowProcess.relaunchCommand(List.of(),
                Map.of("java.class.path", "a.jar", "jpackage.app-path", "/opt/dossier/bin/Dossier"), "/usr/bin/java", 1L, List.of(), List.of()));
        assertNull(WindowProcess.relaunchCommand(List.of(), JAR, null, 1L, List.of(), List.of()));
        assertNull(WindowProcess.relaunchCommand(List.of(), Map.of(), "/usr/bin/java", 1L, List.of(), List.of()));
    }

    @Test
    void theStartUpClockOfTheChildCountsFromTheFirstJvm() {
        String before = System.getProperty(WindowProcess.RELAUNCHED);
        try {
            System.setProperty(WindowProcess.RELAUNCHED, Long.toString(System.currentTimeMillis() - 60_000));
            long ms = new StartupClock().mark("window shown");
            assertEquals(60_000, ms, 1_000);
        } finally {
            if (before == null) {
                System.clearProperty(WindowProcess.RELAUNCHED);
            } else {
                System.setProperty(WindowProcess.RELAUNCHED, before);
            }
        }
    }
}
