package org.dossier.ui.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.animation.AnimationTimer;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import org.dossier.analysis.GraphEdge;
import org.dossier.analysis.GraphNode;

/**
 * The network drawn on a JavaFX canvas (decision 0090): a node per entity, its area by the articles
 * that mention it and its colour by type (the legend's); an edge per pair that shares paragraphs,
 * thicker the more they share. The layout runs on a thread of its own ({@link LayoutRunner}); each
 * frame draws its latest positions, scaled to fit, so the FX thread only draws. Labels go to the
 * most mentioned entities first and are left out where they would overlap; hovering a node names it
 * and lights up its edges. A node can be dragged (it then stays where it was put); a click on a node
 * or an edge is handed on. FX-thread confined.
 */
public final class NetworkCanvas extends Region {
    /** The seed of every layout, so that the same network always comes up the same way. */
    static final long SEED = 14;
    private static final double MARGIN = 28;
    private static final double MAX_SCALE = 90;
    private static final Font LABEL = Font.font("System", 11.5);
    private static final Font LABEL_STRONG = Font.font("System", FontWeight.BOLD, 12);
    private static final double DRAG_SLOP = 3;
    private static final double MIN_RADIUS = 3;
    private static final double MAX_RADIUS = 18;
    /**
     * While only the layout moves, a frame is drawn at most this often: drawing, not the layout, is
     * what a frame costs (in software rendering most of all), and ten pictures a second show the
     * network settling well enough. What the user does (a drag, a hover) is drawn at once.
     */
    private static final long LAYOUT_FRAME_NANOS = 100_000_000L;

    private final Canvas canvas = new Canvas();
    private final NetworkPalette palette = new NetworkPalette(this::redraw);
    private final AnimationTimer frames;
    private ShownGraph graph = ShownGraph.EMPTY;
    private LayoutRunner runner;
    private double[] xy = new double[0];
    private double[] labelWidth = new double[0];
    private double[] radius = new double[0];
    private double[] edgeWidth = new double[0];
    private boolean dirty;
    private double scaleX = 1;
    private double scaleY = 1;
    private double offsetX;
    private double offsetY;
    private int hovered = -1;
    private int chosenEdge = -1;
    private int dragged = -1;
    private boolean dragMoved;
    private double pressX;
    private double pressY;
    private Consumer<GraphNode> onNode = n -> { };
    private Consumer<GraphEdge> onEdge = e -> { };
    private long worstFrameNanos;
    private long lastDrawn;

    public NetworkCanvas() {
        setId("network-canvas");
        getChildren().addAll(palette.swatches(), canvas);
        setMinSize(120, 120);
        widthProperty().addListener((o, a, b) -> redraw());
        heightProperty().addListener((o, a, b) -> redraw());
        frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame();
            }
        };
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(nodeAt(e.getX(), e.getY())));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(-1));
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
    }

    /** What a click on a node does (open its profile). */
    void setOnNode(Consumer<GraphNode> action) {
        this.onNode = action;
    }

    /** What a click on an edge does (list the paragraphs its two entities share). */
    void setOnEdge(Consumer<GraphEdge> action) {
        this.onEdge = action;
    }

    /**
     * Shows another graph. Entities already on screen start where they are, so a filter that adds or
     * removes a few does not shuffle the rest; the others start where the seed puts them.
     */
    void show(ShownGraph next) {
        Map<String, Point2D> before = new HashMap<>();
        for (int i = 0; i < graph.nodes().size() && 2 * i + 1 < xy.length; i++) {
            before.put(graph.nodes().get(i).id(), new Point2D(xy[2 * i], xy[2 * i + 1]));
        }
        if (runner != null) {
            runner.close();
        }
        graph = next;
        ForceLayout layout = next.layout(SEED);
        for (int i = 0; i < next.nodes().size(); i++) {
            Point2D p = before.get(next.nodes().get(i).id());
            if (p != null) {
                layout.place(i, p.getX(), p.getY());
            }
        }
        sizes();
        hovered = -1;
        chosenEdge = -1;
        dragged = -1;
        runner = new LayoutRunner(layout).start();
        xy = runner.positions();
        dirty = true;
        frames.start();
    }

    ShownGraph graph() {
        return graph;
    }

    /** True while the layout still moves nodes (a test waits for it to settle before it clicks). */
    public boolean layoutRunning() {
        return runner != null && !runner.settled();
    }

    /** The edge whose paragraphs are listed, drawn in the accent colour; null for none. */
    void choose(GraphEdge edge) {
        chosenEdge = edge == null ? -1 : graph.edges().indexOf(edge);
        redraw();
    }

    /** Stops the layout's thread (the window closes or the view is dropped). */
    void stop() {
        frames.stop();
        if (runner != null) {
            runner.close();
        }
    }

    /** The ids of the entities drawn, those of the strongest links first. */
    public List<String> nodeIds() {
        return graph.nodes().stream().map(GraphNode::id).toList();
    }

    /**
     * Where entity {@code id} is drawn, in screen coordinates, or empty when it is not drawn: what a
     * test or an accessibility tool needs to point at a node, since a canvas holds no nodes.
     */
    public Optional<Point2D> screenPointOf(String id) {
        for (int i = 0; i < graph.nodes().size(); i++) {
            if (graph.nodes().get(i).id().equals(id)) {
                return Optional.ofNullable(canvas.localToScreen(screenX(i), screenY(i)));
            }
        }
        return Optional.empty();
    }

    /**
     * A point of the edge between two entities, in screen coordinates, where a click picks that
     * edge (off the nodes and nearer it than any other edge); empty when it is not drawn or has no
     * such point.
     */
    public Optional<Point2D> screenPointOfEdge(String source, String target) {
        for (int e = 0; e < graph.edges().size(); e++) {
            GraphEdge edge = graph.edges().get(e);
            if (edge.source().equals(source) && edge.target().equals(target)
                    || edge.source().equals(target) && edge.target().equals(source)) {
                int a = graph.from()[e];
                int b = graph.to()[e];
                for (double t = 0.5; t > 0.05; t -= 0.05) {
                    for (double u : new double[] {t, 1 - t}) {
                        // Pointers land on whole pixels: test the pixel, and want no other edge near it.
                        Point2D screen = canvas.localToScreen(screenX(a) + u * (screenX(b) - screenX(a)),
                                screenY(a) + u * (screenY(b) - screenY(a)));
                        if (screen == null) {
                            return Optional.empty();
                        }
                        Point2D pixel = new Point2D(Math.round(screen.getX()), Math.round(screen.getY()));
                        Point2D local = canvas.screenToLocal(pixel);
                        if (nodeAt(local.getX(), local.getY()) < 0 && edgeAt(local.getX(), local.getY()) == e
                                && edgesNear(local.getX(), local.getY(), 3) == 1) {
                            return Optional.of(pixel);
                        }
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The longest a frame took to draw since the last call (the bench reads it), in nanoseconds. */
    long takeWorstFrameNanos() {
        long worst = worstFrameNanos;
        worstFrameNanos = 0;
        return worst;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
    }

    private void redraw() {
        dirty = true;
        frames.start();
    }

    private void frame() {
        long start = System.nanoTime();
        double[] latest = runner == null ? xy : runner.positions();
        boolean moving = latest != xy;
        if (moving && !dirty && dragged < 0 && start - lastDrawn < LAYOUT_FRAME_NANOS && !runner.settled()) {
            return; // the layout moved on; the picture follows at the next tenth of a second
        }
        if (moving && dragged < 0) {
            xy = latest;
        } else if (moving) {
            // The dragged node follows the mouse, not the layout's copy from a step ago.
            double px = xy[2 * dragged];
            double py = xy[2 * dragged + 1];
            xy = latest.clone();
            xy[2 * dragged] = px;
            xy[2 * dragged + 1] = py;
        }
        if (moving || dirty) {
            if (dragged < 0) {
                fit();
            }
            draw();
            dirty = false;
            lastDrawn = System.nanoTime();
        } else if (runner == null || runner.settled()) {
            frames.stop(); // nothing moves: no frames until the next change
        }
        worstFrameNanos = Math.max(worstFrameNanos, System.nanoTime() - start);
    }

    private void sizes() {
        int n = graph.nodes().size();
        radius = new double[n];
        labelWidth = new double[n];
        Text measure = new Text();
        measure.setFont(LABEL);
        for (int i = 0; i < n; i++) {
            GraphNode node = graph.nodes().get(i);
            radius[i] = graph.radius(i);
            measure.setText(label(node));
            labelWidth[i] = measure.getLayoutBounds().getWidth();
        }
        int heaviest = graph.edges().stream().mapToInt(GraphEdge::weight).max().orElse(1);
        edgeWidth = new double[graph.edges().size()];
        for (int e = 0; e < edgeWidth.length; e++) {
            double w = graph.edges().get(e).weight();
            edgeWidth[e] = heaviest <= 1 ? 1.2 : 0.8 + 4.2 * Math.log(w) / Math.log(heaviest);
        }
    }

    private static String label(GraphNode node) {
        String name = node.name();
        return name.length() > 24 ? name.substring(0, 23) + "…" : name;
    }

    /**
     * How much taller than wide (or wider than tall) the picture may be stretched to fill a canvas
     * of another shape: the layout comes out round, the side panel is tall and narrow.
     */
    private static final double MAX_STRETCH = 1.5;

    /**
     * Scales the layout into the canvas and centres it, the nodes as drawn (their radii) inside the
     * margins, so nothing of the picture runs off an edge and the room is used: the largest scale
     * that fits is found by bisection (the picture only grows with the scale), then the other
     * direction is stretched up to {@link #MAX_STRETCH} where the canvas has room to spare. Names
     * go left or right of their node, wherever they fit ({@link #labels}). Small graphs are not
     * blown up beyond {@link #MAX_SCALE}.
     */
    private void fit() {
        int n = Math.min(xy.length / 2, radius.length);
        if (n == 0) {
            return;
        }
        double w = Math.max(1, getWidth() - 2 * MARGIN);
        double h = Math.max(1, getHeight() - 2 * MARGIN);
        double s = largest(0, MAX_SCALE, t -> fitsX(t, t, n, w) && fitsY(t, t, n, h));
        scaleX = largest(s, Math.min(MAX_SCALE, s * MAX_STRETCH), t -> fitsX(t, s, n, w));
        scaleY = largest(s, Math.min(MAX_SCALE, s * MAX_STRETCH), t -> fitsY(s, t, n, h));
        double[] box = extent(scaleX, scaleY, n);
        offsetX = MARGIN + (w - (box[2] - box[0])) / 2 - box[0];
        offsetY = MARGIN + (h - (box[3] - box[1])) / 2 - box[1];
    }

    /** The largest value in [lo, hi] that passes {@code fits}, which holds below some value and fails above it. */
    private static double largest(double lo, double hi, java.util.function.DoublePredicate fits) {
        if (fits.test(hi)) {
            return hi;
        }
        for (int step = 0; step < 40 && hi - lo > 1e-4; step++) {
            double mid = (lo + hi) / 2;
            if (fits.test(mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Math.max(1e-4, lo);
    }

    private boolean fitsX(double sx, double sy, int n, double w) {
        double[] box = extent(sx, sy, n);
        return box[2] - box[0] <= w;
    }

    private boolean fitsY(double sx, double sy, int n, double h) {
        double[] box = extent(sx, sy, n);
        return box[3] - box[1] <= h;
    }

    /** The picture's box at these scales, before it is moved into place: min x, min y, max x, max y. */
    private double[] extent(double sx, double sy, int n) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            double r = radiusAt(i, Math.min(sx, sy));
            double x = sx * xy[2 * i];
            double y = sy * xy[2 * i + 1];
            minX = Math.min(minX, x - r);
            maxX = Math.max(maxX, x + r);
            minY = Math.min(minY, y - r);
            maxY = Math.max(maxY, y + r);
        }
        return new double[] {minX, minY, maxX, maxY};
    }

    /** The boxes of the names drawn last, in the canvas's coordinates (a test checks none is cut off). */
    public List<Rectangle2D> drawnLabels() {
        return List.copyOf(drawnLabels);
    }

    private List<Rectangle2D> drawnLabels = List.of();

    /** Node {@code i}'s radius on screen: its layout size to scale, kept between sizes one can see and point at. */
    private double r(int i) {
        return radiusAt(i, Math.min(scaleX, scaleY));
    }

    private double radiusAt(int i, double s) {
        return Math.max(MIN_RADIUS, Math.min(MAX_RADIUS, radius[i] * s));
    }

    private double screenX(int i) {
        return offsetX + scaleX * xy[2 * i];
    }

    private double screenY(int i) {
        return offsetY + scaleY * xy[2 * i + 1];
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(palette.bg());
        g.fillRect(0, 0, w, h);
        int n = graph.nodes().size();
        if (n == 0 || xy.length < 2 * n) {
            return;
        }
        findNeighbours();
        Color edgeColour = palette.muted();
        g.setLineCap(StrokeLineCap.BUTT);
        for (int e = 0; e < graph.edges().size(); e++) {
            boolean lit = e == chosenEdge || hovered >= 0 && (graph.from()[e] == hovered || graph.to()[e] == hovered);
            if (lit) {
                continue; // drawn over the others below
            }
            g.setStroke(edgeColour.deriveColor(0, 1, 1, hovered >= 0 ? 0.15 : 0.45));
            strokeEdge(g, e);
        }
        for (int e = 0; e < graph.edges().size(); e++) {
            if (e == chosenEdge || hovered >= 0 && (graph.from()[e] == hovered || graph.to()[e] == hovered)) {
                g.setStroke(e == chosenEdge ? palette.accent() : palette.fg().deriveColor(0, 1, 1, 0.7));
                strokeEdge(g, e);
            }
        }
        Color outline = palette.fg().deriveColor(0, 1, 1, 0.55);
        for (int i = n - 1; i >= 0; i--) {
            double r = r(i);
            Color fill = palette.type(graph.nodes().get(i).type());
            boolean dim = hovered >= 0 && i != hovered && !neighbours(hovered, i);
            g.setFill(dim ? fill.deriveColor(0, 1, 1, 0.35) : fill);
            g.fillOval(screenX(i) - r, screenY(i) - r, 2 * r, 2 * r);
            g.setStroke(dim ? outline.deriveColor(0, 1, 1, 0.35) : outline);
            g.setLineWidth(i == hovered ? 2 : 1);
            g.strokeOval(screenX(i) - r, screenY(i) - r, 2 * r, 2 * r);
        }
        labels(g);
    }

    private void strokeEdge(GraphicsContext g, int e) {
        int a = graph.from()[e];
        int b = graph.to()[e];
        g.setLineWidth(e == chosenEdge ? edgeWidth[e] + 2 : edgeWidth[e]);
        g.strokeLine(screenX(a), screenY(a), screenX(b), screenY(b));
    }

    /** The hovered node's neighbours, worked out once a frame. */
    private boolean[] near = new boolean[0];

    private void findNeighbours() {
        near = new boolean[graph.nodes().size()];
        for (int e = 0; hovered >= 0 && e < graph.edges().size(); e++) {
            if (graph.from()[e] == hovered) {
                near[graph.to()[e]] = true;
            } else if (graph.to()[e] == hovered) {
                near[graph.from()[e]] = true;
            }
        }
    }

    private boolean neighbours(int a, int b) {
        return a == hovered && b < near.length && near[b];
    }

    /**
     * Names, most mentioned first, each where it overlaps no name already written; the hovered
     * entity and the chosen edge's ends always. Each sits on a plate of the background, so that it
     * reads over edges.
     */
    private void labels(GraphicsContext g) {
        int n = graph.nodes().size();
        List<Integer> order = new ArrayList<>();
        if (hovered >= 0) {
            order.add(hovered);
        }
        if (chosenEdge >= 0) {
            order.add(graph.from()[chosenEdge]);
            order.add(graph.to()[chosenEdge]);
        }
        List<Integer> byArticles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byArticles.add(i);
        }
        byArticles.sort((a, b) -> Integer.compare(graph.nodes().get(b).articles(), graph.nodes().get(a).articles()));
        order.addAll(byArticles);
        List<Rectangle2D> taken = new ArrayList<>();
        boolean[] done = new boolean[n];
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        Color fg = palette.fg();
        Color halo = palette.bg().deriveColor(0, 1, 1, 0.8);
        int forced = order.size() - n;
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k);
            if (done[i]) {
                continue;
            }
            double lx = screenX(i) + r(i) + 3;
            double ly = screenY(i);
            // A name runs to the right of its node, or to its left where the right has no room.
            if (lx + labelWidth[i] + 2 > canvas.getWidth() && screenX(i) - r(i) - 5 - labelWidth[i] >= 0) {
                lx = screenX(i) - r(i) - 3 - labelWidth[i];
            }
            Rectangle2D box = new Rectangle2D(lx - 1, ly - 8, labelWidth[i] + 2, 16);
            boolean must = k < forced;
            boolean inside = box.getMinX() >= 0 && box.getMaxX() <= canvas.getWidth()
                    && box.getMinY() >= 0 && box.getMaxY() <= canvas.getHeight();
            if (!must && (!inside || hovered >= 0 && i != hovered && !neighbours(hovered, i) || overlaps(box, taken))) {
                continue;
            }
            done[i] = true;
            taken.add(box);
            g.setFont(must ? LABEL_STRONG : LABEL);
            String text = label(graph.nodes().get(i));
            // A plate of the background under the name (cheaper to draw than a stroked halo).
            g.setFill(halo);
            g.fillRoundRect(lx - 2, ly - 8, labelWidth[i] + (must ? labelWidth[i] * 0.1 : 0) + 4, 16, 6, 6);
            g.setFill(fg);
            g.fillText(text, lx, ly);
        }
        drawnLabels = taken;
    }

    private static boolean overlaps(Rectangle2D box, List<Rectangle2D> taken) {
        for (Rectangle2D r : taken) {
            if (r.intersects(box)) {
                return true;
            }
        }
        return false;
    }

    private int nodeAt(double x, double y) {
        for (int i = 0; i < graph.nodes().size() && 2 * i + 1 < xy.length; i++) {
            if (Math.hypot(x - screenX(i), y - screenY(i)) <= r(i) + 2) {
                return i;
            }
        }
        return -1;
    }

    private int edgeAt(double x, double y) {
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int e = 0; e < graph.edges().size(); e++) {
            int a = graph.from()[e];
            int b = graph.to()[e];
            double d = segmentDistance(x, y, screenX(a), screenY(a), screenX(b), screenY(b));
            if (d <= pickDistance(e) && d < bestDistance) {
                best = e;
                bestDistance = d;
            }
        }
        return best;
    }

    /** How many edges pass within their pick distance plus {@code slack} of a point. */
    private int edgesNear(double x, double y, double slack) {
        int near = 0;
        for (int e = 0; e < graph.edges().size(); e++) {
            int a = graph.from()[e];
            int b = graph.to()[e];
            if (segmentDistance(x, y, screenX(a), screenY(a), screenX(b), screenY(b)) <= pickDistance(e) + slack) {
                near++;
            }
        }
        return near;
    }

    private double pickDistance(int e) {
        return Math.max(4, edgeWidth[e] / 2 + 2);
    }

    private static double segmentDistance(double px, double py, double ax, double ay, double bx, double by) {
        double vx = bx - ax;
        double vy = by - ay;
        double length2 = vx * vx + vy * vy;
        double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / length2));
        return Math.hypot(px - (ax + t * vx), py - (ay + t * vy));
    }

    private void hover(int node) {
        if (dragged >= 0) {
            return;
        }
        canvas.setCursor(node >= 0 ? Cursor.HAND : Cursor.DEFAULT);
        if (node != hovered) {
            hovered = node;
            redraw();
        }
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressX = e.getX();
        pressY = e.getY();
        dragMoved = false;
        dragged = nodeAt(e.getX(), e.getY());
    }

    private void drag(MouseEvent e) {
        if (dragged < 0 || !dragMoved && Math.hypot(e.getX() - pressX, e.getY() - pressY) < DRAG_SLOP) {
            return;
        }
        dragMoved = true;
        canvas.setCursor(Cursor.CLOSED_HAND);
        double lx = (e.getX() - offsetX) / scaleX;
        double ly = (e.getY() - offsetY) / scaleY;
        xy = xy.clone();
        xy[2 * dragged] = lx;
        xy[2 * dragged + 1] = ly;
        runner.pin(dragged, lx, ly);
        redraw();
    }

    private void released(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        int node = dragged;
        boolean moved = dragMoved;
        dragged = -1;
        dragMoved = false;
        canvas.setCursor(node >= 0 ? Cursor.HAND : Cursor.DEFAULT);
        if (moved) {
            redraw(); // the dragged node stays pinned where it was put
        } else if (node >= 0) {
            onNode.accept(graph.nodes().get(node));
        } else {
            int edge = edgeAt(e.getX(), e.getY());
            if (edge >= 0) {
                onEdge.accept(graph.edges().get(edge));
            }
        }
    }
}
