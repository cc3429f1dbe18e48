package org.dossier.ui.network;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.dossier.analysis.AnalysisIndex;
import org.dossier.analysis.EntityGraph;
import org.dossier.analysis.GraphEdge;
import org.dossier.analysis.GraphNode;
import org.dossier.analysis.GraphQuery;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.EntityIndex;
import org.dossier.annotate.EntityType;
import org.dossier.article.Article;
import org.dossier.article.ArticleLibrary;

/**
 * Does the network's layout freeze the window? Shows a network of a few hundred nodes on the real
 * {@link NetworkCanvas} in a window, and while the layout runs (and again while a node is dragged)
 * records the time between the FX thread's frames — a frame that comes late is a pause the user
 * would feel — and the longest the canvas took to draw one frame. For comparison it also times the
 * whole layout run on one thread: the pause the window would get if the layout ran on the FX thread.
 * Prints the figures (docs/performance.md). Run headless as the tests are:
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
 *      -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.dossier.ui.network.NetworkLayoutBench [NODES [DIR]]
 * </pre>
 * Without {@code DIR} the network is a generated one like a library's (a few hubs, many entities
 * linked to one or two others); with it, the folder's own network (annotated here, strongest links first).
 */
public final class NetworkLayoutBench {
    private NetworkLayoutBench() {
    }

    public static void main(String[] args) throws Exception {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        EntityGraph graph = args.length > 1 ? folderGraph(Path.of(args[1])) : generated(nodes, 7);
        ShownGraph shown = ShownGraph.of(graph, java.util.EnumSet.allOf(EntityType.class), 1, nodes, nodes * 2);
        System.out.printf("network: %d nodes, %d edges%n", shown.nodes().size(), shown.edges().size());

        for (int run = 0; run < 3; run++) { // the first run warms the JIT up
            ForceLayout alone = shown.layout(NetworkCanvas.SEED);
            long t0 = System.nanoTime();
            int steps = alone.settle(5_000);
            System.out.printf("layout on one thread (run %d): %d steps, %.1f ms — the pause it would be on the FX thread%n",
                    run + 1, steps, (System.nanoTime() - t0) / 1e6);
        }

        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(20, TimeUnit.SECONDS);
        Platform.setImplicitExit(false); // each run closes its window
        // Not reported: the first windows load and compile the canvas's and the renderer's code, a
        // pause a user meets once per session, not while a layout runs.
        for (int warm = 0; warm < 2; warm++) {
            Figures w = measure(shown, false);
            System.out.printf("warm-up window %d (not a figure): longest wait of a posted task %.1f ms%n", warm + 1, w.worstWaitMs);
        }
        Figures idle = measure(null, false);
        System.out.printf("window, nothing moving for 2 s (the yardstick): %d frames; time between frames median %.1f ms, "
                + "worst %.1f ms%n", idle.frames, idle.medianGapMs, idle.worstGapMs);
        System.out.println("    " + idle.cpu());
        for (int run = 0; run < 3; run++) {
            Figures f = measure(shown, false);
            System.out.printf("window, layout running (run %d): settled in %.0f ms over %d frames; "
                            + "time between frames median %.1f ms, worst %.1f ms; worst frame drawn in %.1f ms%n",
                    run + 1, f.wallMs, f.frames, f.medianGapMs, f.worstGapMs, f.worstDrawMs);
            System.out.println("    " + f.cpu());
        }
        Figures drag = measure(shown, true);
        System.out.printf("window, dragging the biggest node for 2 s: %d frames; time between frames median %.1f ms, "
                + "worst %.1f ms; worst frame drawn in %.1f ms%n", drag.frames, drag.medianGapMs, drag.worstGapMs, drag.worstDrawMs);
        System.out.println("    " + drag.cpu());
        Platform.exit();
    }

    private record Figures(double wallMs, int frames, double medianGapMs, double worstGapMs, double worstDrawMs,
                           double fxCpuMs, double renderCpuMs, double worstWaitMs) {
        /** CPU time per frame on the FX thread and on the renderer's: what the frames cost, whatever else runs. */
        String cpu() {
            return String.format("longest wait of a task posted to the FX thread (every 10 ms): %.1f ms; "
                    + "CPU a frame: FX thread %.1f ms, renderer %.1f ms", worstWaitMs, fxCpuMs / Math.max(1, frames),
                    renderCpuMs / Math.max(1, frames));
        }
    }

    /** The CPU time a thread (found by the start of its name) has used, in ms; 0 when there is none. */
    private static double cpuMs(String namePrefix) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith(namePrefix)) {
                return threads.getThreadCpuTime(t.getId()) / 1e6;
            }
        }
        return 0;
    }

    private static Figures measure(ShownGraph shown, boolean drag) throws Exception {
        List<Long> gaps = Collections.synchronizedList(new ArrayList<>());
        NetworkCanvas[] canvas = new NetworkCanvas[1];
        Stage[] stage = new Stage[1];
        AnimationTimer probe = new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    gaps.add(now - last);
                }
                last = now;
            }
        };
        long[] start = new long[1];
        // What the user feels: how long an input event would wait for the FX thread.
        java.util.concurrent.atomic.AtomicLong worstWait = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicBoolean probing = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread poster = new Thread(() -> {
            while (probing.get()) {
                long posted = System.nanoTime();
                Platform.runLater(() -> worstWait.accumulateAndGet(System.nanoTime() - posted, Math::max));
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-fx-probe");
        poster.setDaemon(true);
        poster.start();
        double fx0 = cpuMs("JavaFX Application Thread");
        double render0 = cpuMs("QuantumRenderer");
        onFx(() -> {
            canvas[0] = new NetworkCanvas();
            StackPane root = new StackPane(canvas[0]);
            root.getStyleClass().addAll("dossier", "theme-light");
            Scene scene = new Scene(root, 1100, 760);
            scene.getStylesheets().add(NetworkCanvas.class.getResource("/org/dossier/ui/dossier.css").toExternalForm());
            root.getStylesheets().add(NetworkCanvas.class.getResource("network.css").toExternalForm());
            stage[0] = new Stage();
            stage[0].setScene(scene);
            stage[0].show();
            return null;
        });
        if (shown == null) {
            onFx(() -> {
                probe.start();
                start[0] = System.nanoTime();
                return null;
            });
            Thread.sleep(2_000);
        } else if (!drag) {
            onFx(() -> {
                probe.start();
                start[0] = System.nanoTime();
                canvas[0].show(shown);
                return null;
            });
            while (onFx(() -> canvas[0].layoutRunning())) {
                Thread.sleep(5);
            }
        } else {
            onFx(() -> {
                canvas[0].show(shown);
                return null;
            });
            while (onFx(() -> canvas[0].layoutRunning())) {
                Thread.sleep(5);
            }
            onFx(() -> {
                probe.start();
                start[0] = System.nanoTime();
                return null;
            });
            dragBiggest(canvas[0], shown);
        }
        long wall = System.nanoTime() - start[0];
        probing.set(false);
        double worstDraw = onFx(() -> {
            probe.stop();
            canvas[0].stop();
            stage[0].hide();
            return canvas[0].takeWorstFrameNanos() / 1e6;
        });
        List<Long> sorted = new ArrayList<>(gaps);
        Collections.sort(sorted);
        double median = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1e6;
        double worst = sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6;
        return new Figures(wall / 1e6, sorted.size() + 1, median, worst, worstDraw,
                cpuMs("JavaFX Application Thread") - fx0, cpuMs("QuantumRenderer") - render0, worstWait.get() / 1e6);
    }

    /** Presses on the most mentioned entity and moves it in a circle for two seconds, as a hand would. */
    private static void dragBiggest(NetworkCanvas canvas, ShownGraph shown) throws Exception {
        String id = shown.nodes().stream().max(java.util.Comparator.comparingInt(GraphNode::articles)).orElseThrow().id();
        Node target = onFx(() -> canvas.getChildrenUnmodifiable().get(canvas.getChildrenUnmodifiable().size() - 1));
        Point2D at = onFx(() -> target.screenToLocal(canvas.screenPointOf(id).orElseThrow()));
        fire(target, MouseEvent.MOUSE_PRESSED, at.getX(), at.getY());
        long end = System.nanoTime() + 2_000_000_000L;
        for (int i = 0; System.nanoTime() < end; i++) {
            double x = at.getX() + 120 * Math.sin(i / 20.0);
            double y = at.getY() + 80 * (1 - Math.cos(i / 20.0));
            fire(target, MouseEvent.MOUSE_DRAGGED, x, y);
            Thread.sleep(16);
        }
        fire(target, MouseEvent.MOUSE_RELEASED, at.getX(), at.getY());
    }

    private static void fire(Node target, javafx.event.EventType<MouseEvent> type, double x, double y) throws Exception {
        onFx(() -> {
            Point2D screen = target.localToScreen(x, y);
            Event.fireEvent(target, new MouseEvent(type, x, y, screen.getX(), screen.getY(), MouseButton.PRIMARY, 1,
                    false, false, false, false, true, false, false, false, false, false, null));
            return null;
        });
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    /** A network like a library's: a dozen hubs, each other entity linked to a hub and now and then to another. */
    static EntityGraph generated(int n, long seed) {
        Random random = new Random(seed);
        EntityType[] types = {EntityType.PERSON, EntityType.ORG, EntityType.LOCATION, EntityType.NORP};
        List<GraphNode> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nodes.add(new GraphNode("E" + i, types[random.nextInt(types.length)], "Entity number " + i,
                    1 + (int) (200 / (1 + i * 0.3))));
        }
        List<GraphEdge> edges = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            int hub = random.nextInt(Math.min(i, 12));
            edges.add(edge(hub, i, 1 + random.nextInt(8)));
            if (random.nextInt(2) == 0) {
                int other = random.nextInt(i);
                if (other != hub) {
                    edges.add(edge(other, i, 1 + random.nextInt(3)));
                }
            }
        }
        return new EntityGraph(nodes, edges);
    }

    private static GraphEdge edge(int a, int b, int weight) {
        String x = "E" + a;
        String y = "E" + b;
        return x.compareTo(y) < 0 ? new GraphEdge(x, y, weight) : new GraphEdge(y, x, weight);
    }

    private static EntityGraph folderGraph(Path dir) throws Exception {
        Annotator annotator = Annotator.standard();
        AnalysisIndex.Builder builder = new AnalysisIndex.Builder();
        ArticleLibrary library = new ArticleLibrary(dir);
        for (Path file : library.scan()) {
            for (Article article : library.readAll(file)) {
                if (!article.isBroken()) {
                    builder.put(article, annotator.annotate(article.text()));
                }
            }
        }
        return builder.build(null).graph(new GraphQuery(1, EntityIndex.NAMES, null, 2_000));
    }
}
