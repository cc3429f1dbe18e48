package org.dossier.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

import org.dossier.article.Article;
import org.dossier.render.Span;

/**
 * What the reading pane highlights, layer by layer: each feature (entities, bookmarks, search hits,
 * and any view added later) adds one {@link Layer} and {@linkplain Layer#changed() says} when its
 * marks changed; the reading pane renders the article with the spans of every layer, in the order
 * the layers were added, and renders again when one changed. Layers are added on the FX thread;
 * {@link #spans} is called by rendering in the background, so a layer's spans must be safe to ask
 * for from any thread.
 */
public final class HighlightLayers {
    /** One feature's highlights. */
    public final class Layer {
        private final Function<Article, List<Span>> spans;

        private Layer(Function<Article, List<Span>> spans) {
            this.spans = spans;
        }

        /** This layer's marks changed: the article on screen is rendered again (FX thread). */
        public void changed() {
            version.set(version.get() + 1);
        }
    }

    private final List<Layer> layers = new CopyOnWriteArrayList<>();
    private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper(this, "version");

    /** Adds a layer whose spans for an article come from {@code spans} (called from any thread). */
    public Layer add(Function<Article, List<Span>> spans) {
        Layer layer = new Layer(spans);
        layers.add(layer);
        return layer;
    }

    /** Every layer's spans for {@code article}, layer by layer. Any thread. */
    public List<Span> spans(Article article) {
        List<Span> all = new ArrayList<>();
        for (Layer l : layers) {
            all.addAll(l.spans.apply(article));
        }
        return all;
    }

    /** Goes up whenever a layer changed. */
    public ReadOnlyLongProperty versionProperty() {
        return version.getReadOnlyProperty();
    }
}
