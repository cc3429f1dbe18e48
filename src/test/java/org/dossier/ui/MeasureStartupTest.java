package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code --measure-startup} on the real window: both marks printed, in order, then the app asks to exit. */
class MeasureStartupTest extends AppHarness {
    private static final Pattern MARK = Pattern.compile("startup (window shown|first article rendered): (\\d+) ms");

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final List<Integer> exits = new CopyOnWriteArrayList<>();
    private PrintStream savedOut;
    private IntConsumer savedExit;

    @BeforeEach
    void capture() {
        savedOut = DossierApp.measureOut;
        savedExit = DossierApp.measureExit;
        DossierApp.measureOut = new PrintStream(printed, true, StandardCharsets.UTF_8);
        DossierApp.measureExit = exits::add;
    }

    @AfterEach
    void restore() throws Exception {
        stop();
        DossierApp.measureOut = savedOut;
        DossierApp.measureExit = savedExit;
    }

    @Test
    void printsTheWindowAndTheFirstArticleThenExitsWithZero() throws Exception {
        start(temp.resolve("home"), "--articles", SEEDS.toString(), "--measure-startup");
        waitUntil(() -> !exits.isEmpty());
        assertEquals(List.of(0), exits);
        String out = printed.toString(StandardCharsets.UTF_8);
        Matcher m = MARK.matcher(out);
        assertTrue(m.find() && m.group(1).equals("window shown"), out);
        long shown = Long.parseLong(m.group(2));
        assertTrue(m.find() && m.group(1).equals("first article rendered"), out);
        assertTrue(Long.parseLong(m.group(2)) >= shown, out);
    }

    @Test
    void withNoArticleRenderedItPrintsWhatItHasAndExitsWithOne() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        fx(() -> {
            new StartupMeasurement(new org.dossier.base.StartupClock(), out, exits::add, javafx.util.Duration.millis(300))
                    .windowShown(new org.dossier.ui.reader.ReaderPane());
            return null;
        });
        waitUntil(() -> !exits.isEmpty());
        assertEquals(List.of(1), exits);
        String text = printed.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("startup window shown: "), text);
        assertTrue(!text.contains("first article rendered") && text.contains("startup failed: no article was rendered"), text);
    }
}
