package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: on SIGTERM the window quits promptly, what is pending saved first, and the launcher ends
 * with its window. Real processes, headless (Monocle).
 */
class WindowSigtermTest {
    private static final List<String> HEADLESS = List.of("-Dtestfx.robot=glass", "-Dtestfx.headless=true",
            "-Dprism.order=sw", "-Dprism.text=t2k", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Djava.awt.headless=true");
    @TempDir
    Path temp;

    @BeforeEach
    void onlyWhereThereIsSigterm() {
        Assumptions.assumeFalse(System.getProperty("os.name").startsWith("Windows"), "no SIGTERM on Windows");
    }

    private static List<String> java(Path home, String... jvm) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(HEADLESS);
        command.add("-Ddossier.home=" + home);
        command.addAll(List.of(jvm));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        return command;
    }

    @Test
    void sigtermQuitsTheWindowPromptlyWithTheNewBookmarkAndSettingsSaved() throws Exception {
        Path home = temp.resolve("home");
        Path notebook = home.resolve("notebook.json");
        List<String> command = java(home, "-Xmx512m", "-XX:TieredStopAtLevel=1");
        command.addAll(List.of(SigtermWindow.class.getName(), AppHarness.SEEDS.toString(), notebook.toString()));
        Process window = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(window.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("READY", out.readLine());
            long sent = System.nanoTime();
            window.destroy(); // SIGTERM
            assertTrue(window.waitFor(5, TimeUnit.SECONDS), "quits within 5 s of SIGTERM");
            System.out.printf("window exit after SIGTERM: %d ms%n", (System.nanoTime() - sent) / 1_000_000);
            assertTrue(Files.readString(notebook).contains("held at TERM"), "the new bookmark is on disk: " + Files.readString(notebook));
            assertTrue(Files.readString(home.resolve("settings.properties")).contains("dark=true"), "the settings too");
        } finally {
            window.destroyForcibly();
        }
    }

    @Test
    void theLauncherPassesSigtermOnAndEndsWithItsWindow() throws Exception {
        Path home = temp.resolve("home");
        // No heap limit: the launcher starts the window in a child JVM (-Xshare:off: no class archive to write).
        List<String> command = java(home, "-Xshare:off");
        command.addAll(List.of("org.dossier.Launcher", "--articles", AppHarness.SEEDS.toString(),
                "--notebook", temp.resolve("notebook.json").toString()));
        Process launcher = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("out.txt").toFile()).start();
        try {
            Path settings = home.resolve("settings.properties");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!(Files.exists(settings) && Files.readString(settings).contains("lastArticle=0"))) {
                assertTrue(launcher.isAlive(), "the launcher runs: " + Files.readString(temp.resolve("out.txt")));
                assertTrue(System.nanoTime() < deadline, "the window opened an article");
                Thread.sleep(100);
            }
            List<ProcessHandle> window = launcher.toHandle().descendants().toList();
            assertFalse(window.isEmpty(), "the window runs in a child JVM");
            long sent = System.nanoTime();
            launcher.destroy(); // SIGTERM to the launcher only
            assertTrue(launcher.waitFor(10, TimeUnit.SECONDS), "the launcher quits");
            System.out.printf("launcher exit after SIGTERM: %d ms%n", (System.nanoTime() - sent) / 1_000_000);
            for (ProcessHandle p : window) {
                assertFalse(p.isAlive(), "the window's JVM has ended with it");
            }
        } finally {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }
    }
}
