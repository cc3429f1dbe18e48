package org.dossier.ui.session;

import org.dossier.article.Article;

/**
 * What the session asks of the reading pane: show an article, or a message instead. The pane
 * attaches itself with {@link ReadingSession#attachReader}. FX thread.
 */
public interface ReaderDisplay {
    /** Renders {@code article} (in the background) and shows it, unless something else is asked for since. */
    void show(Article article);

    /** Replaces the article with a message and an optional action button (e.g. Open folder…). */
    void showMessage(String text, String actionLabel, Runnable action);

    /** The article last asked to be shown (its document may still be loading), or null. */
    Article shown();
}
