package org.dossier.ui.reader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Worker;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;

import org.dossier.annotate.EntityType;
import org.dossier.article.Article;
import org.dossier.render.ArticleRenderer;
import org.dossier.render.RenderOptions;
import org.dossier.render.Span;
import org.dossier.ui.session.BackgroundTasks;

/**
 * The reading pane: a {@link WebView} that only ever shows documents made by {@link ArticleRenderer}.
 * Rendering runs in the background; a sequence number drops results that arrive after the user has
 * moved on, so a quick run through the list never shows a stale article. The engine's own navigation
 * is refused, so nothing an article contains can take the pane elsewhere. Java reaches the page only
 * through our small bridge script ({@code reader-bridge.js}). FX-thread confined.
 */
public final class ReaderPane extends StackPane {
    private static final String BRIDGE = loadBridge();

    private final WebView web = new WebView();
    private final ArticleRenderer renderer = new ArticleRenderer();
    private final VBox message = new VBox(12);
    private final ReadOnlyObjectWrapper<Article> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Article> loaded = new ReadOnlyObjectWrapper<>();
    private Function<Article, List<Span>> highlighter = a -> List.of();
    private RenderOptions options = RenderOptions.DEFAULT;
    private long sequence;
    private String currentHtml;
    private Article pendingArticle;
    private double pendingScroll = -1;
    private TextRange selectionAtPress;
    private final ReadOnlyStringWrapper hoveredLink = new ReadOnlyStringWrapper(this, "hoveredLink", "");

    public ReaderPane() {
        web.setId("reader");
        web.setContextMenuEnabled(false);
        WebEngine engine = web.getEngine();
        // Our documents run no script of their own (the CSP forbids it); Java-side calls need it on.
        engine.setJavaScriptEnabled(true);
        engine.setUserAgent("Dossier");
        engine.setCreatePopupHandler(features -> null);
        engine.locationProperty().addListener((obs, old, now) -> {
            if (now != null && !now.isEmpty() && !now.equals("about:blank") && currentHtml != null) {
                // Something tried to navigate away from our document: put the article back.
                Platform.runLater(() -> engine.loadContent(currentHtml));
            }
        });
        engine.getLoadWorker().stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED && pendingArticle != null) {
                engine.executeScript(BRIDGE);
                if (pendingScroll > 0) {
                    engine.executeScript("dossier.setScrollFraction(" + pendingScroll + ")");
                }
                Article article = pendingArticle;
                pendingArticle = null;
                pendingScroll = -1;
                loaded.set(article);
            }
        });
        // A right-click collapses WebKit's selection before the context menu is asked for: keep it.
        web.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            selectionAtPress = e.isSecondaryButtonDown() ? selection().orElse(null) : null;
        });
        // Links are shown, never followed: the pointer over one tells its target (the status bar shows it).
        web.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_MOVED, e -> hoveredLink.set(linkAt(e.getX(), e.getY()).orElse("")));
        web.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_EXITED, e -> hoveredLink.set(""));
        loaded.addListener((o, was, now) -> hoveredLink.set(""));
        message.setAlignment(Pos.CENTER);
        message.getStyleClass().add("reader-message");
        message.setVisible(false);
        getChildren().addAll(web, message);
    }

    public WebView webView() {
        return web;
    }

    /** The article asked to be shown (its document may still be loading). */
    public ReadOnlyObjectProperty<Article> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The article whose document has finished loading, bridge installed. */
    public ReadOnlyObjectProperty<Article> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Where the spans to highlight come from (entities, bookmarks, search hits); called off the FX thread. */
    public void setHighlighter(Function<Article, List<Span>> highlighter) {
        this.highlighter = highlighter;
    }

    public RenderOptions options() {
        return options;
    }

    /** Applies new options by re-rendering the shown article where the reader was. */
    public void setOptions(RenderOptions options) {
        this.options = options;
        refresh();
    }

    /** Renders the shown article again (its highlights changed), keeping the scroll position. */
    public void refresh() {
        Article a = shown.get();
        if (a != null) {
            show(a, scrollFraction());
        }
    }

    /** Renders {@code article} in the background and shows it when done, unless another was asked for since. */
    public void show(Article article) {
        show(article, -1);
    }

    private void show(Article article, double scroll) {
        long ticket = ++sequence;
        RenderOptions opts = options;
        Function<Article, List<Span>> spans = highlighter;
        shown.set(article);
        org.dossier.base.StartupClock.trace("reader asked");
        BackgroundTasks.task(() -> {
                    List<Span> s = spans.apply(article);
                    org.dossier.base.StartupClock.trace("spans ready");
                    return renderer.render(article, s, opts);
                })
                .onSuccess(html -> {
                    if (ticket == sequence) {
                        message.setVisible(false);
                        currentHtml = html;
                        pendingArticle = article;
                        pendingScroll = scroll;
                        loaded.set(null);
                        org.dossier.base.StartupClock.trace("loadContent");
                        web.getEngine().loadContent(html);
                    }
                })
                .onError(e -> {
                    if (ticket == sequence) {
                        showMessage("Could not display " + article.id() + ": " + e.getMessage(), null, null);
                    }
                })
                .start();
    }

    /** Replaces the article with a message and an optional action button (e.g. Open folder…). */
    public void showMessage(String text, String actionLabel, Runnable action) {
        sequence++;
        currentHtml = null;
        pendingArticle = null;
        shown.set(null);
        loaded.set(null);
        web.getEngine().loadContent("");
        Label label = new Label(text);
        label.setWrapText(true);
        label.setId("reader-message");
        label.getStyleClass().add("reader-message-text");
        message.getChildren().setAll(label);
        if (actionLabel != null) {
            Button button = new Button(actionLabel);
            button.setDefaultButton(true);
            button.setOnAction(e -> action.run());
            message.getChildren().add(button);
        }
        message.setVisible(true);
    }

    /** Calls the bridge; null when no article document is loaded. */
    private Object call(String script) {
        if (loaded.get() == null) {
            return null;
        }
        return web.getEngine().executeScript(script);
    }

    /** The selected passage, if any. */
    public Optional<TextRange> selection() {
        return range(call("dossier.selection()"));
    }

    /**
     * The selection a context menu should act on: the one there was before the right-click, put back
     * on screen, or else the current one.
     */
    public Optional<TextRange> selectionForMenu() {
        TextRange kept = selectionAtPress;
        selectionAtPress = null;
        if (kept != null) {
            select(kept);
            return Optional.of(kept);
        }
        return selection();
    }

    /** Selects a passage and scrolls it into view; false when no article document is loaded. */
    public boolean select(TextRange range) {
        return Boolean.TRUE.equals(call("dossier.select(" + range.start() + "," + range.end() + ")"));
    }

    /** The entity highlight at a point of the pane, if there is one. */
    public Optional<EntityMark> entityAt(double x, double y) {
        Object r = call("dossier.markAt(" + x + "," + y + ")");
        if (!(r instanceof String s) || s.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = s.split("\t", 3);
        try {
            return Optional.of(new EntityMark(parts[0], EntityType.valueOf(parts[1]), parts[2]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** The target of the link at a point of the pane, if there is one (the article's href, never fetched). */
    public Optional<String> linkAt(double x, double y) {
        Object r = call("dossier.linkAt(" + x + "," + y + ")");
        return r instanceof String s && !s.isEmpty() ? Optional.of(s) : Optional.empty();
    }

    /** The target of the link under the pointer, or "" when it is over none. */
    public ReadOnlyStringProperty hoveredLinkProperty() {
        return hoveredLink.getReadOnlyProperty();
    }

    /** The id of the bookmark at a point of the pane, if there is one. */
    public Optional<String> bookmarkAt(double x, double y) {
        Object r = call("dossier.bookmarkAt(" + x + "," + y + ")");
        return r instanceof String s && !s.isEmpty() ? Optional.of(s) : Optional.empty();
    }

    /** Emphasises every mention of an entity ("" for none); returns how many there are. */
    public int focusEntity(String entityId) {
        Object r = call("dossier.focusEntity('" + entityId.replace("\\", "\\\\").replace("'", "\\'") + "')");
        return r instanceof Number n ? n.intValue() : 0;
    }

    /** Scrolls to the next (delta 1) or previous (-1) emphasised mention; returns its index or -1. */
    public int nextMention(int delta) {
        Object r = call("dossier.nextMention(" + delta + ")");
        return r instanceof Number n ? n.intValue() : -1;
    }

    /**
     * Makes the next (delta 1) or previous (-1) search hit current and scrolls it into view; empty
     * when the document has no hits.
     */
    public Optional<HitPosition> nextHit(int delta) {
        Object r = call("dossier.nextHit(" + delta + ")");
        return r instanceof String s && !s.isEmpty() ? pair(s).map(p -> new HitPosition(p[0], p[1])) : Optional.empty();
    }

    /** Scrolls a bookmarked passage into view and flashes it; false when it is not in the document. */
    public boolean flashBookmark(String bookmarkId) {
        return Boolean.TRUE.equals(call("dossier.flash('" + bookmarkId.replaceAll("[^\\w-]", "") + "')"));
    }

    /** "start,end" from the bridge as a range. */
    private static Optional<TextRange> range(Object r) {
        return r instanceof String s && !s.isEmpty() ? pair(s).map(p -> new TextRange(p[0], p[1])) : Optional.empty();
    }

    private static Optional<int[]> pair(String s) {
        String[] parts = s.split(",");
        try {
            return Optional.of(new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])});
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private double scrollFraction() {
        Object r = call("dossier.scrollFraction()");
        return r instanceof Number n ? n.doubleValue() : -1;
    }

    private static String loadBridge() {
        try (InputStream in = ReaderPane.class.getResourceAsStream("reader-bridge.js")) {
            if (in == null) {
                throw new IllegalStateException("reader-bridge.js is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
