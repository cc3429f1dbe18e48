package org.dossier.ui.timeline;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.dossier.analysis.TimeScale;
import org.dossier.analysis.TimelineBars;
import org.dossier.analysis.Timeline;

/**
 * The drawing of a timeline: an axis, the articles track (published per bar) and the events track
 * (mentioned dates per bar, values wider than a bar as bands across the bars they cover), the
 * brushed range and the chosen bar. Shows a window of buckets from {@link #first()}; the
 * controller says what to show and hears what the mouse did. Plain Canvas drawing, FX thread.
 */
final class TimelineCanvas extends Region {
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

    private final Canvas canvas = new Canvas();
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

    TimelineCanvas() {
        getChildren().add(canvas);
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
    }

    private void dragged(MouseEvent e) {
        if (pressTrack == null || e.getX() < LEFT) {
            return;
        }
        if (Math.abs(e.getX() - pressX) > 3) {
            dragging = true;
            brush(pressTrack, bucketAt(Math.max(LEFT, pressX)), bucketAt(e.getX()));
        }
    }

    private void released(MouseEvent e) {
        if (pressTrack == null || listener == null) {
            return;
        }
        Track track = pressTrack;
        pressTrack = null;
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

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
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

    void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(dark ? Color.web("#1f2124") : Color.web("#fbfbfb"));
        g.fillRect(0, 0, w, h);
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.CENTER);
        g.setFill(ink());
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("Articles", 6, yOf(Track.ARTICLES));
        g.fillText("Events", 6, yOf(Track.EVENTS));
        double trackTop = AXIS;
        double eventsTop = AXIS + TRACK + GAP;
        g.setStroke(dark ? Color.web("#444") : Color.web("#ddd"));
        g.strokeLine(LEFT, trackTop + TRACK, w, trackTop + TRACK);
        g.strokeLine(LEFT, eventsTop + TRACK, w, eventsTop + TRACK);
        if (bars == null) {
            return;
        }
        double bw = barWidth();
        int n = visible();
        long last = first + n - 1;
        // The axis: a label where it fits.
        int every = (int) Math.ceil(78 / bw);
        g.setTextAlign(TextAlignment.LEFT);
        for (long b = first; b <= last; b++) {
            if (Math.floorMod(b, every) == 0) {
                double x = xOf(b);
                g.setStroke(dark ? Color.web("#555") : Color.web("#ccc"));
                g.strokeLine(x + 0.5, AXIS - 4, x + 0.5, eventsTop + TRACK);
                g.setFill(ink());
                g.fillText(bars.scale().label(b), x + 2, AXIS / 2);
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
            g.setFill(Color.web("#d9822b", 0.35));
            g.fillRect(x0, bandY, x1 - x0, 4);
        }
        double maxP = Math.max(1, bars.maxPublished());
        double maxM = Math.max(1, bars.maxMentions());
        for (TimelineBars.Bar bar : bars.between(first, last)) {
            double x = xOf(bar.bucket());
            if (!bar.published().isEmpty()) {
                double bh = Math.max(2, (TRACK - 6) * bar.published().size() / maxP);
                g.setFill(Color.web("#4a7ab5"));
                g.fillRect(x + 1, trackTop + TRACK - bh, bw - 2, bh);
            }
            if (bar.mentions() > 0) {
                double bh = Math.max(2, (TRACK - 12) * bar.mentions() / maxM);
                g.setFill(Color.web("#d9822b"));
                g.fillRect(x + 1, eventsTop + TRACK - 8 - bh, bw - 2, bh);
            }
        }
        if (brushShown) {
            double x0 = Math.max(LEFT, xOf(brushFrom));
            double x1 = Math.min(w, xOf(brushTo + 1));
            double top = brushTrack == Track.ARTICLES ? trackTop : eventsTop;
            if (x1 > x0) {
                g.setFill(Color.web("#f2c200", 0.25));
                g.fillRect(x0, top, x1 - x0, TRACK);
                g.setStroke(Color.web("#c99a00"));
                g.strokeRect(x0 + 0.5, top + 0.5, x1 - x0 - 1, TRACK - 1);
            }
        }
        if (chosenTrack != null && chosen >= first && chosen <= last) {
            double top = chosenTrack == Track.ARTICLES ? trackTop : eventsTop;
            g.setStroke(ink());
            g.setLineWidth(2);
            g.strokeRect(xOf(chosen) + 1, top + 1, bw - 2, TRACK - 2);
            g.setLineWidth(1);
        }
        if (isFocused()) {
            g.setStroke(Color.web("#3a7bd5"));
            g.strokeRect(0.5, 0.5, w - 1, h - 1);
        }
    }
}
