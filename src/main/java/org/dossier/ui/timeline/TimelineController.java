package org.dossier.ui.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tab;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.dossier.analysis.AnalysisIndex;
import org.dossier.analysis.Passage;
import org.dossier.analysis.TimeScale;
import org.dossier.analysis.Timeline;
import org.dossier.analysis.TimelineBars;
import org.dossier.annotate.EntityIndex;
import org.dossier.ui.analysis.LibraryAnalysis;
import org.dossier.ui.analysis.PassageCell;
import org.dossier.ui.reader.ReaderPane;
import org.dossier.ui.reader.TextRange;
import org.dossier.ui.session.BackgroundTasks;
import org.dossier.ui.session.ReadingSession;
import org.dossier.ui.timeline.TimelineChart.Track;

/**
 * The Timeline tab: the library's articles by publication date and its events by the dates the
 * texts mention, in bars of a day, a week, a month or a year (the buttons, + and −, Ctrl+wheel),
 * only what mentions the chosen entity when one is chosen. Dragging across a track lists only the
 * articles published (or mentioning dates) in that range — "Show all articles" or Esc lifts it;
 * clicking an events bar lists its passages, each sentence with the date marked, and choosing one
 * opens the article there. Keys on the timeline: ← → the previous / next bar, ↑ ↓ the track,
 * Enter lists the bar's articles, Home / End the first / last bar. FX thread; the timeline and
 * the passages are worked out in the background.
 */
public final class TimelineController {
    private static final int PASSAGES = 200;

    private final ReadingSession session;
    private final ReaderPane reader;
    private final LibraryAnalysis analysis;
    private final TimelineChart chart = new TimelineChart();
    private final ScrollBar scroll = new ScrollBar();
    private final ListView<Passage> passages = new ListView<>();
    private final Label heading = new Label("Click a bar to read what its dates are said of; drag across a track to list only those articles.");
    private final Label filter = new Label();
    private final CheckBox follow = new CheckBox("Only what mentions the chosen entity");
    private final Button clear = new Button("Show all articles");
    private final ToggleGroup scales = new ToggleGroup();
    private final Tab tab;

    private Timeline timeline = new Timeline(List.of(), List.of());
    private TimelineBars bars = TimelineBars.of(timeline, TimeScale.MONTH);
    private TimeScale scale = TimeScale.MONTH;
    /** The restriction this view put on the list ("" when none), to know when another part lifted it. */
    private String restriction = "";
    private Track track = Track.EVENTS;
    private Long chosen;
    private int sequence;
    private int passageSequence;
    private boolean adjustingScroll;

    public TimelineController(ReadingSession session, ReaderPane reader, LibraryAnalysis analysis) {
        this.session = session;
        this.reader = reader;
        this.analysis = analysis;
        this.tab = new Tab("Timeline", layout());
        tab.setClosable(false);
        tab.setId("tab-timeline");
        analysis.indexProperty().addListener((o, was, now) -> reload(true));
        session.focusedEntityProperty().addListener((o, was, now) -> {
            if (follow.isSelected()) {
                reload(false);
            }
        });
        follow.selectedProperty().addListener((o, was, now) -> reload(false));
        session.list().restrictionProperty().addListener((o, was, now) -> {
            if (!restriction.isEmpty() && !restriction.equals(now)) {
                restriction = ""; // another part (or opening an article it hid) lifted the range
                chart.clearBrush();
                clear.setDisable(true);
            }
        });
        session.settings().dark().addListener((o, was, now) -> chart.setDark(now));
        chart.setDark(session.settings().dark().get());
        reload(true);
    }

    /** The side panel's tab. */
    public Tab tab() {
        return tab;
    }

    private VBox layout() {
        // Rows that wrap rather than cut their buttons short: the side panel is narrow.
        FlowPane bar = new FlowPane(4, 4);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getChildren().add(new Label("Bars:"));
        for (TimeScale s : TimeScale.values()) {
            ToggleButton b = new ToggleButton(switch (s) {
                case DAY -> "Day";
                case WEEK -> "Week";
                case MONTH -> "Month";
                case YEAR -> "Year";
            });
            b.setId("timeline-" + s.name().toLowerCase(java.util.Locale.ROOT));
            b.setUserData(s);
            b.setToggleGroup(scales);
            b.setSelected(s == scale);
            b.setFocusTraversable(true);
            b.setMinWidth(Region.USE_PREF_SIZE);
            bar.getChildren().add(b);
        }
        scales.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one scale is always chosen
            } else if (now.getUserData() != scale) {
                zoomTo((TimeScale) now.getUserData());
            }
        });
        clear.setId("timeline-clear");
        clear.setMinWidth(Region.USE_PREF_SIZE);
        clear.setDisable(true);
        clear.setOnAction(e -> liftRange());
        clear.setTooltip(new Tooltip("List every article again (Esc on the timeline)"));
        bar.getChildren().add(clear);

        follow.setId("timeline-follow");
        follow.setSelected(true);
        filter.setId("timeline-filter");
        follow.setWrapText(true);
        filter.setWrapText(true);
        filter.setStyle("-fx-font-weight: bold;");
        VBox filterRow = new VBox(2, follow, filter);

        chart.setId("timeline-chart");
        chart.setListener(new TimelineChart.Listener() {
            @Override
            public void clicked(Track t, long bucket) {
                choose(t, bucket);
            }

            @Override
            public void brushed(Track t, long from, long to) {
                restrictTo(t, from, to);
            }

            @Override
            public void scrolled(long buckets, int zoom) {
                if (zoom != 0) {
                    zoomTo(zoom < 0 ? scale.finer() : scale.coarser());
                } else {
                    pan(buckets);
                }
            }
        });
        chart.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        // Placed while the tab was hidden (no width), the window is placed again once it has one.
        chart.widthProperty().addListener((o, was, now) ->
                showWindow(was.doubleValue() <= TimelineChart.LEFT + 40 ? latestWindowStart() : chart.first()));

        scroll.setId("timeline-scroll");
        scroll.setOrientation(Orientation.HORIZONTAL);
        scroll.valueProperty().addListener((o, was, now) -> {
            if (!adjustingScroll) {
                showWindow(Math.round(now.doubleValue()));
            }
        });

        heading.setId("timeline-heading");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        passages.setId("timeline-passages");
        // Sentences are short: shown whole.
        passages.setCellFactory(l -> new PassageCell("timeline", 10_000, this::open));
        passages.setPlaceholder(new Label("No passages to show."));
        passages.setOnKeyPressed(e -> {
            Passage p = passages.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && p != null) {
                open(p);
                e.consume();
            }
        });
        VBox.setVgrow(passages, Priority.ALWAYS);
        VBox box = new VBox(6, bar, filterRow, chart, scroll, heading, passages);
        box.setPadding(new Insets(6));
        box.setId("timeline");
        return box;
    }

    /** The entity the timeline is restricted to, or null. */
    private String entity() {
        return follow.isSelected() ? session.focusedEntityProperty().get() : null;
    }

    /** Works out the timeline again in the background (a new index, another entity), then draws it. */
    private void reload(boolean sameEntity) {
        AnalysisIndex index = analysis.indexProperty().get();
        String entity = entity();
        int seq = ++sequence;
        filter.setText(entity == null ? "" : "Showing what mentions " + nameOf(entity));
        filter.setVisible(entity != null);
        filter.setManaged(entity != null);
        BackgroundTasks.task(() -> index.timeline(entity)).onSuccess(t -> {
            if (seq != sequence) {
                return;
            }
            timeline = t;
            bars = TimelineBars.of(t, scale);
            if (!sameEntity) {
                chosen = null;
                chart.unchoose();
            }
            showWindow(sameEntity && !bars.isEmpty() && chosen != null ? chart.first() : latestWindowStart());
        }).start();
    }

    private String nameOf(String entityId) {
        EntityIndex index = session.entityIndexProperty().get();
        EntityIndex.Entry e = index == null ? null : index.get(entityId);
        return e != null ? e.name() : EntityIndex.nameOf(entityId);
    }

    /** Where the window starts so that the last published articles are in view. */
    private long latestWindowStart() {
        long[] extent = bars.publishedExtent();
        if (extent == null) {
            return scale.bucketOf(LocalDate.now());
        }
        int n = chart.visible();
        return extent[1] - extent[0] + 1 <= n ? extent[0] - (n - (extent[1] - extent[0] + 1)) / 2 : extent[1] - n + 2;
    }

    private void showWindow(long first) {
        chart.show(bars, first);
        long[] range = extent();
        adjustingScroll = true;
        scroll.setMin(Math.min(range[0], first));
        scroll.setMax(Math.max(range[1], first));
        scroll.setVisibleAmount(chart.visible());
        scroll.setBlockIncrement(Math.max(1, chart.visible() - 1));
        scroll.setValue(first);
        adjustingScroll = false;
    }

    /** The buckets from the first bar of either track to the last, less a window's width at the end. */
    private long[] extent() {
        if (bars.bars().isEmpty()) {
            long now = chart.first();
            return new long[] {now, now};
        }
        long lo = bars.bars().iterator().next().bucket();
        long hi = lo;
        for (TimelineBars.Bar b : bars.bars()) {
            hi = b.bucket();
        }
        return new long[] {lo, Math.max(lo, hi - chart.visible() + 2)};
    }

    private void pan(long buckets) {
        showWindow(chart.first() + buckets);
    }

    /** Another bar width, the middle of the window staying where it is. */
    private void zoomTo(TimeScale to) {
        if (to == scale) {
            return;
        }
        LocalDate middle = scale.startOf(chart.first() + chart.visible() / 2);
        LocalDate chosenDay = chosen == null ? null : scale.startOf(chosen);
        scale = to;
        for (var t : scales.getToggles()) {
            t.setSelected(t.getUserData() == to);
        }
        bars = TimelineBars.of(timeline, scale);
        chosen = chosenDay == null ? null : scale.bucketOf(chosenDay);
        if (chosen != null) {
            chart.choose(track, chosen);
        }
        if (!restriction.isEmpty()) {
            liftRange(); // the range was of bars that are no more
        }
        showWindow(scale.bucketOf(middle) - chart.visible() / 2);
    }

    /** A click on a bar: an events bar lists its passages, an articles bar lists its articles. */
    private void choose(Track t, long bucket) {
        track = t;
        chosen = bucket;
        chart.choose(t, bucket);
        TimelineBars.Bar bar = bars.bar(bucket);
        String when = scale.label(bucket);
        if (t == Track.ARTICLES) {
            passages.getItems().clear();
            if (bar == null || bar.published().isEmpty()) {
                heading.setText("No article was published in " + when + ".");
                return;
            }
            restrictTo(Track.ARTICLES, bucket, bucket);
            return;
        }
        List<String> values = bar == null ? List.of() : bar.values();
        if (values.isEmpty()) {
            passages.getItems().clear();
            heading.setText("No text mentions a date in " + when + ".");
            return;
        }
        heading.setText(when + ": " + bar.mentions() + (bar.mentions() == 1 ? " mention" : " mentions") + " …");
        AnalysisIndex index = analysis.indexProperty().get();
        String entity = entity();
        int seq = ++passageSequence;
        BackgroundTasks.task(() -> index.datePassages(values, entity, analysis.articles(), PASSAGES)).onSuccess(list -> {
            if (seq != passageSequence) {
                return;
            }
            passages.getItems().setAll(list);
            long articles = list.stream().map(Passage::articleId).distinct().count();
            heading.setText(when + ": " + bar.mentions() + (bar.mentions() == 1 ? " mention" : " mentions") + " in "
                    + articles + (articles == 1 ? " article" : " articles")
                    + (list.size() < bar.mentions() ? " (the first " + list.size() + " shown)" : ""));
        }).start();
    }

    /** Lists only the articles of a range of one track: published in it, or mentioning a date in it. */
    private void restrictTo(Track t, long from, long to) {
        long lo = Math.min(from, to);
        long hi = Math.max(from, to);
        Set<String> ids = t == Track.ARTICLES ? bars.publishedBetween(lo, hi) : bars.mentioningBetween(lo, hi);
        String range = lo == hi ? scale.label(lo) : scale.label(lo) + " – " + scale.label(hi);
        String entity = entity();
        String label = (t == Track.ARTICLES ? "published in " : "mentioning dates in ") + range
                + (entity == null ? "" : ", mentioning " + nameOf(entity));
        chart.brush(t, lo, hi);
        restriction = label;
        session.list().restrictTo(ids, label);
        clear.setDisable(false);
        if (t == Track.ARTICLES) {
            heading.setText(ids.size() + (ids.size() == 1 ? " article " : " articles ") + label + " (the list shows them).");
        } else {
            heading.setText(ids.size() + (ids.size() == 1 ? " article " : " articles ") + label
                    + " (the list shows them; click a bar for its passages).");
        }
    }

    private void liftRange() {
        restriction = "";
        chart.clearBrush();
        clear.setDisable(true);
        session.list().restrictTo(null, null);
    }

    /** Opens the passage's article with the date selected and in view. */
    private void open(Passage p) {
        session.openArticle(p.articleId(), () -> reader.select(new TextRange(p.markStart(), p.markEnd())));
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case LEFT, RIGHT -> step(e.getCode() == KeyCode.LEFT ? -1 : 1);
            case UP -> track = Track.ARTICLES;
            case DOWN -> track = Track.EVENTS;
            case ENTER -> {
                if (chosen != null) {
                    restrictTo(track, chosen, chosen);
                }
            }
            case ESCAPE -> liftRange();
            case PLUS, EQUALS, ADD -> zoomTo(scale.finer());
            case MINUS, SUBTRACT -> zoomTo(scale.coarser());
            case HOME -> step(Integer.MIN_VALUE);
            case END -> step(Integer.MAX_VALUE);
            case PAGE_UP -> pan(-chart.visible());
            case PAGE_DOWN -> pan(chart.visible());
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Chooses the next bar of the track that holds something ({@code delta} ±1), or the first / last. */
    private void step(int delta) {
        Long next = null;
        for (TimelineBars.Bar b : bars.bars()) {
            boolean has = track == Track.ARTICLES ? !b.published().isEmpty() : b.mentions() > 0;
            if (!has) {
                continue;
            }
            long k = b.bucket();
            if (delta == Integer.MIN_VALUE) {
                next = k;
                break;
            }
            if (delta == Integer.MAX_VALUE || chosen == null) {
                next = k; // the last one, or with none chosen, the last
            } else if (delta < 0 && k < chosen) {
                next = k;
            } else if (delta > 0 && k > chosen) {
                next = k;
                break;
            }
        }
        if (next == null) {
            return;
        }
        if (next < chart.first() || next >= chart.first() + chart.visible()) {
            showWindow(next - chart.visible() / 2);
        }
        if (track == Track.EVENTS) {
            choose(track, next);
        } else {
            chosen = next;
            chart.choose(track, next);
            TimelineBars.Bar bar = bars.bar(next);
            heading.setText(bar.published().size() + " published in " + scale.label(next) + " (Enter lists them).");
        }
    }
}
