package org.dossier.ui.timeline;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import org.dossier.analysis.TimeScale;
import org.dossier.analysis.TimelineBars;
import org.dossier.analysis.Timeline;

/**
 * The drawing of a timeline: an axis, the articles track (published per bar) and the events track
 * (mentioned dates per bar, values wider than a bar as bands across the bars they cover), the
 * brushed range and the chosen bar. Shows a window of buckets from {@link #first()}; the
 * controller says what to show and hears what the mouse did. Drawn with shapes, FX thread.
 */
final class TimelineChart extends Region {
    /** The two tracks. */
    enum Track { ARTICLES, EVENTS }

    /** What the mouse did. */
    interface Listener {
        void clicked(Track track, long bucket);

        void brushed(Track track, long from, long to);

        /** Scrolled by {@code buckets}, or with Ctrl, zoomed ({@code zoom} < 0: finer). */
        void scrolled(long buckets, int zoom);
    }

    static final double LEFT = 70;
    static final double AXIS = 20;
    static final double TRACK = 72;
    static final double GAP = 10;
    private static final double HEIGHT = AXIS + 2 * TRACK + GAP + 8;

    private final Pane shapes = new Pane();
    private Listener listener;
    private TimelineBars bars;
    private long first;
    private boolean dark;
    private Track chosenTrack;
    private long chosen;
    private Track brushTrack;
    private long brushFrom;
    private long brushTo;
    private boolean brushShown;
    /** While the mouse is down: where it went down. */
    private double pressX;
    private Track pressTrack;
    private boolean dragging;

    TimelineChart() {
        getChildren().add(shapes);
        shapes.setManaged(false);
        // The chart itself takes the mouse: its shapes are redrawn under a drag.
        shapes.setMouseTransparent(true);
        setPickOnBounds(true);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setMaxHeight(HEIGHT);
        setFocusTraversable(true);
        setOnMousePressed(this::pressed);
        setOnMouseDragged(this::dragged);
        setOnMouseReleased(this::released);
        setOnScroll(this::scrolled);
        focusedProperty().addListener((o, was, now) -> draw());
    }

    void setListener(Listener listener) {
        this.listener = listener;
    }

    void setDark(boolean dark) {
        this.dark = dark;
        draw();
    }

    /** Shows {@code bars} from bucket {@code first}. */
    void show(TimelineBars bars, long first) {
        this.bars = bars;
        this.first = first;
        draw();
    }

    long first() {
        return first;
    }

    /** How many bars fit. */
    int visible() {
        return Math.max(1, (int) ((getWidth() - LEFT) / barWidth()));
    }

    double barWidth() {
        TimeScale s = bars == null ? TimeScale.MONTH : bars.scale();
        return switch (s) {
            case DAY -> 9;
            case WEEK -> 14;
            case MONTH -> 20;
            case YEAR -> 40;
        };
    }

    void choose(Track track, long bucket) {
        chosenTrack = track;
        chosen = bucket;
        draw();
    }

    void unchoose() {
        chosenTrack = null;
        draw();
    }

    void brush(Track track, long from, long to) {
        brushTrack = track;
        brushFrom = Math.min(from, to);
        brushTo = Math.max(from, to);
        brushShown = true;
        draw();
    }

    void clearBrush() {
        brushShown = false;
        draw();
    }

    /** The screen x of a bucket's left edge, relative to this node. */
    double xOf(long bucket) {
        return LEFT + (bucket - first) * barWidth();
    }

    /** The y of a track's middle, relative to this node. */
    static double yOf(Track track) {
        return AXIS + (track == Track.ARTICLES ? TRACK / 2 : TRACK + GAP + TRACK / 2);
    }

    long bucketAt(double x) {
        return first + (long) Math.floor((x - LEFT) / barWidth());
    }

    static Track trackAt(double y) {
        if (y < AXIS + TRACK + GAP / 2) {
            return Track.ARTICLES;
        }
        return Track.EVENTS;
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        pressX = e.getX();
        pressTrack = trackAt(e.getY());
        dragging = false;
        e.consume(); // the side panel would take the focus back
    }

    private void dragged(MouseEvent e) {
        if (pressTrack == null || e.getX() < LEFT) {
            return;
        }
        if (Math.abs(e.getX() - pressX) > 3) {
            dragging = true;
            brush(pressTrack, bucketAt(Math.max(LEFT, pressX)), bucketAt(e.getX()));
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        if (pressTrack == null || listener == null) {
            return;
        }
        Track track = pressTrack;
        pressTrack = null;
        e.consume();
        if (dragging) {
            listener.brushed(track, brushFrom, brushTo);
        } else if (e.getX() >= LEFT) {
            listener.clicked(track, bucketAt(e.getX()));
        }
    }

    private void scrolled(ScrollEvent e) {
        if (listener == null) {
            return;
        }
        if (e.isControlDown()) {
            listener.scrolled(0, e.getDeltaY() > 0 ? -1 : 1);
        } else {
            double d = Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY()) ? e.getDeltaX() : e.getDeltaY();
            long buckets = Math.round(-d / barWidth());
            listener.scrolled(buckets == 0 ? (d > 0 ? -1 : 1) : buckets, 0);
        }
        e.consume();
    }

    private double drawnWidth = -1;

    @Override
    protected void layoutChildren() {
        if (getWidth() != drawnWidth) {
            drawnWidth = getWidth();
            draw();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 300;
    }

    private Color ink() {
        return dark ? Color.web("#d8d8d8") : Color.web("#333333");
    }

    private Text text(String s, double x, double y) {
        Text t = new Text(x, y, s);
        t.setFont(Font.font(11));
        t.setTextOrigin(VPos.CENTER);
        t.setFill(ink());
        t.setMouseTransparent(true);
        return t;
    }

    private static Rectangle rect(double x, double y, double w, double h, Color fill) {
        Rectangle r = new Rectangle(x, y, Math.max(0, w), Math.max(0, h));
        r.setFill(fill);
        return r;
    }

    private Line line(double x0, double y0, double x1, double y1, Color c) {
        Line l = new Line(x0, y0, x1, y1);
        l.setStroke(c);
        l.setMouseTransparent(true);
        return l;
    }

    /**
     * Draws what is in view as shapes (a few hundred at most: only the bars in the window), so
     * each bar is a node that says what it is ({@code timeline-bar}, its track, its label).
     */
    void draw() {
        double w = getWidth();
        double h = getHeight();
        List<Node> nodes = new ArrayList<>();
        nodes.add(rect(0, 0, w, h, dark ? Color.web("#1f2124") : Color.web("#fbfbfb")));
        double trackTop = AXIS;
        double eventsTop = AXIS + TRACK + GAP;
        nodes.add(text("Articles", 6, yOf(Track.ARTICLES)));
        nodes.add(text("Events", 6, yOf(Track.EVENTS)));
        Color rule = dark ? Color.web("#444444") : Color.web("#dddddd");
        nodes.add(line(LEFT, trackTop + TRACK, w, trackTop + TRACK, rule));
        nodes.add(line(LEFT, eventsTop + TRACK, w, eventsTop + TRACK, rule));
        if (bars != null && w > LEFT) {
            drawBars(nodes, w, trackTop, eventsTop);
        }
        if (isFocused()) {
            Rectangle f = rect(0.5, 0.5, w - 1, h - 1, Color.TRANSPARENT);
            f.setStroke(Color.web("#3a7bd5"));
            f.setMouseTransparent(true);
            nodes.add(f);
        }
        shapes.getChildren().setAll(nodes);
    }

    private void drawBars(List<Node> nodes, double w, double trackTop, double eventsTop) {
        double bw = barWidth();
        long last = first + visible() - 1;
        int every = (int) Math.ceil(78 / bw);
        Color tick = dark ? Color.web("#555555") : Color.web("#cccccc");
        for (long b = first; b <= last; b++) {
            if (Math.floorMod(b, every) == 0) {
                double x = xOf(b);
                nodes.add(line(x + 0.5, AXIS - 4, x + 0.5, eventsTop + TRACK, tick));
                nodes.add(text(bars.scale().label(b), x + 2, AXIS / 2));
            }
        }
        // Values wider than a bar: bands along the bottom of the events track.
        double bandY = eventsTop + TRACK - 6;
        for (Timeline.Point p : bars.wide()) {
            long from = bars.scale().bucketOf(p.range().start());
            long to = bars.scale().bucketOf(p.range().end());
            if (to < first || from > last) {
                continue;
            }
            double x0 = Math.max(LEFT, xOf(from));
            double x1 = Math.min(w, xOf(to + 1));
            Rectangle band = rect(x0, bandY, x1 - x0, 4, Color.web("#d9822b", 0.35));
            band.getStyleClass().add("timeline-band");
            band.setMouseTransparent(true);
            nodes.add(band);
        }
        double maxP = Math.max(1, bars.maxPublished());
        double maxM = Math.max(1, bars.maxMentions());
        for (TimelineBars.Bar bar : bars.between(first, last)) {
            double x = xOf(bar.bucket());
            String label = bars.scale().label(bar.bucket());
            if (!bar.published().isEmpty()) {
                double bh = Math.max(2, (TRACK - 6) * bar.published().size() / maxP);
                Rectangle r = rect(x + 1, trackTop + TRACK - bh, bw - 2, bh, Color.web("#4a7ab5"));
                r.getStyleClass().addAll("timeline-bar", "articles");
                r.setUserData(bar.bucket());
                r.setAccessibleText(label + ": " + bar.published().size() + " articles published");
                r.setMouseTransparent(true);
                nodes.add(r);
            }
            if (bar.mentions() > 0) {
                double bh = Math.max(2, (TRACK - 12) * bar.mentions() / maxM);
                Rectangle r = rect(x + 1, eventsTop + TRACK - 8 - bh, bw - 2, bh, Color.web("#d9822b"));
                r.getStyleClass().addAll("timeline-bar", "events");
                r.setUserData(bar.bucket());
                r.setAccessibleText(label + ": " + bar.mentions() + " mentions");
                r.setMouseTransparent(true);
                nodes.add(r);
            }
        }
        if (brushShown) {
            double x0 = Math.max(LEFT, xOf(brushFrom));
            double x1 = Math.min(w, xOf(brushTo + 1));
            double top = brushTrack == Track.ARTICLES ? trackTop : eventsTop;
            if (x1 > x0) {
                Rectangle r = rect(x0, top, x1 - x0, TRACK, Color.web("#f2c200", 0.25));
                r.setStroke(Color.web("#c99a00"));
                r.getStyleClass().add("timeline-brush");
                r.setMouseTransparent(true);
                nodes.add(r);
            }
        }
        if (chosenTrack != null && chosen >= first && chosen <= last) {
            double top = chosenTrack == Track.ARTICLES ? trackTop : eventsTop;
            Rectangle r = rect(xOf(chosen) + 1, top + 1, bw - 2, TRACK - 2, Color.TRANSPARENT);
            r.setStroke(ink());
            r.setStrokeWidth(2);
            r.getStyleClass().add("timeline-chosen");
            r.setMouseTransparent(true);
            nodes.add(r);
        }
    }
}
