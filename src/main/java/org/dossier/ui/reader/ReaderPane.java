package org.dossier.ui.reader;

import java.util.List;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Worker;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;

import org.dossier.article.Article;
import org.dossier.render.ArticleRenderer;
import org.dossier.render.RenderOptions;
import org.dossier.render.Span;
import org.dossier.ui.BackgroundTasks;

/**
 * The reading pane: a {@link WebView} that only ever shows documents made by {@link ArticleRenderer}.
 * Rendering runs in the background; a sequence number drops results that arrive after the user has
 * moved on, so a quick run through the list never shows a stale article. The engine's own navigation
 * is refused, so nothing an article contains can take the pane elsewhere. FX-thread confined.
 */
public final class ReaderPane extends StackPane {
    private final WebView web = new WebView();
    private final ArticleRenderer renderer = new ArticleRenderer();
    private final VBox message = new VBox(12);
    private final ReadOnlyObjectWrapper<Article> shown = new ReadOnlyObjectWrapper<>();
    private Function<Article, List<Span>> highlighter = a -> List.of();
    private RenderOptions options = RenderOptions.DEFAULT;
    private long sequence;
    private String currentHtml;

    public ReaderPane() {
        web.setId("reader");
        web.setContextMenuEnabled(false);
        WebEngine engine = web.getEngine();
        // Our documents load nothing and need no script of their own; Java-side calls still work.
        engine.setJavaScriptEnabled(true);
        engine.setUserAgent("Dossier");
        engine.setCreatePopupHandler(features -> null);
        engine.locationProperty().addListener((obs, old, now) -> {
            if (now != null && !now.isEmpty() && !now.equals("about:blank") && currentHtml != null) {
                // Something tried to navigate away from our document: put the article back.
                Platform.runLater(() -> engine.loadContent(currentHtml));
            }
        });
        message.setAlignment(Pos.CENTER);
        message.getStyleClass().add("reader-message");
        message.setVisible(false);
        getChildren().addAll(web, message);
    }

    public WebView webView() {
        return web;
    }

    /** The article on screen (after its document has been handed to the engine). */
    public ReadOnlyObjectProperty<Article> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Where the spans to highlight come from (entities, bookmarks, search hits). */
    public void setHighlighter(Function<Article, List<Span>> highlighter) {
        this.highlighter = highlighter;
    }

    public RenderOptions options() {
        return options;
    }

    /** Applies new options by re-rendering the shown article. */
    public void setOptions(RenderOptions options) {
        this.options = options;
        Article a = shown.get();
        if (a != null) {
            show(a);
        }
    }

    /** Renders {@code article} in the background and shows it when done, unless another was asked for since. */
    public void show(Article article) {
        long ticket = ++sequence;
        RenderOptions opts = options;
        Function<Article, List<Span>> spans = highlighter;
        BackgroundTasks.task(() -> renderer.render(article, spans.apply(article), opts))
                .onSuccess(html -> {
                    if (ticket == sequence) {
                        message.setVisible(false);
                        currentHtml = html;
                        web.getEngine().loadContent(html);
                        shown.set(article);
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
        shown.set(null);
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

    /** True once the engine has finished loading the shown article. */
    public boolean isLoaded() {
        return web.getEngine().getLoadWorker().getState() == Worker.State.SUCCEEDED && shown.get() != null;
    }
}
