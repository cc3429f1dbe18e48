package org.dossier.ui.reader;

import java.util.Set;

import org.dossier.article.Article;
import org.dossier.render.RenderOptions;
import org.dossier.ui.session.ReaderDisplay;
import org.dossier.ui.session.ReadingSession;
import org.dossier.ui.settings.Settings;

/**
 * Joins the reading pane to the session: the pane shows what the session asks for, renders every
 * highlight layer and renders again when one changes, follows the theme and text size settings, and
 * what it has on screen is the session's current article. FX-thread confined.
 */
public final class ReaderController implements ReaderDisplay {
    private final ReaderPane pane;

    private ReaderController(ReaderPane pane) {
        this.pane = pane;
    }

    /** Attaches {@code pane} to {@code session}. */
    public static void attach(ReadingSession session, ReaderPane pane) {
        ReaderController controller = new ReaderController(pane);
        Settings settings = session.settings();
        pane.setHighlighter(session.highlights()::spans);
        session.highlights().versionProperty().addListener((o, was, now) -> pane.refresh());
        pane.setOptions(new RenderOptions(settings.dark().get(), settings.fontPercent().get(), Set.of()));
        settings.dark().addListener((o, was, now) -> pane.setOptions(pane.options().withDark(now)));
        settings.fontPercent().addListener((o, was, now) -> pane.setOptions(pane.options().withFontPercent(now.intValue())));
        session.attachReader(controller, pane.loadedProperty());
    }

    @Override
    public void show(Article article) {
        pane.show(article);
    }

    @Override
    public void showMessage(String text, String actionLabel, Runnable action) {
        pane.showMessage(text, actionLabel, action);
    }

    @Override
    public Article shown() {
        return pane.shownProperty().get();
    }
}
