package org.dossier.ui.profile;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.control.Tab;

import org.dossier.analysis.AnalysisIndex;
import org.dossier.analysis.EntityProfile;
import org.dossier.analysis.Passage;
import org.dossier.notebook.Bookmark;
import org.dossier.ui.analysis.LibraryAnalysis;
import org.dossier.ui.reader.ReaderPane;
import org.dossier.ui.reader.TextRange;
import org.dossier.ui.session.BackgroundTasks;
import org.dossier.ui.session.ReadingSession;

/**
 * The entity profile tab: shows the profile of the entity asked for ({@link #open}) or, when the
 * analyst chooses one elsewhere, of the session's focused entity. The profile is worked out off the
 * FX thread from the library's {@link AnalysisIndex} and shown again when the index is rebuilt; a
 * sequence number drops a result that arrives after another entity was asked for. A concordance line
 * opens its article with the mention selected; the entities it is mentioned with open their own
 * profiles, and Back returns. FX-thread confined.
 */
public final class ProfileController {
    private static final int CO_MENTIONED = 12;
    private static final int CONCORDANCE = 300;

    private final ReadingSession session;
    private final ReaderPane reader;
    private final LibraryAnalysis analysis;
    private final Supplier<List<Bookmark>> allBookmarks;
    private final ProfileView view;
    private final Tab tab;
    private final Deque<String> history = new ArrayDeque<>();
    private String current;
    private long sequence;

    /**
     * @param bookmarks    the notebook's bookmarks (the profile lists those that mention the entity)
     * @param openBookmark opens a bookmark's article at its passage
     */
    public ProfileController(ReadingSession session, ReaderPane reader, LibraryAnalysis analysis,
                             Supplier<List<Bookmark>> bookmarks, Consumer<Bookmark> openBookmark) {
        this.session = session;
        this.reader = reader;
        this.analysis = analysis;
        this.allBookmarks = bookmarks;
        this.view = new ProfileView(new ProfileView.Actions() {
            @Override
            public void openProfile(String entityId) {
                open(entityId);
            }

            @Override
            public void back() {
                goBack();
            }

            @Override
            public void openMention(Passage p) {
                session.openArticle(p.articleId(), () -> reader.select(new TextRange(p.markStart(), p.markEnd())));
            }

            @Override
            public void openArticle(String articleId) {
                session.openArticle(articleId, () -> { });
            }

            @Override
            public void openBookmark(Bookmark bookmark) {
                openBookmark.accept(bookmark);
            }
        });
        this.tab = new Tab("Profile", view);
        tab.setId("tab-profile");
        tab.setClosable(false);
        session.focusedEntityProperty().addListener((o, was, now) -> {
            if (now != null) {
                open(now);
            }
        });
        analysis.indexProperty().addListener((o, was, now) -> {
            if (current != null) {
                current = now.canonicalId(current); // a merge may have folded it into another
                load(current);
            }
        });
    }

    /** The side panel's Profile tab. */
    public Tab tab() {
        return tab;
    }

    /** Shows the profile of the entity with this id (an article's or the library's: merges are followed). */
    public void open(String entityId) {
        String id = analysis.indexProperty().get().canonicalId(entityId);
        if (id.equals(current)) {
            return;
        }
        if (current != null) {
            history.push(current);
        }
        current = id;
        load(id);
    }

    /** The entity shown, or null. */
    public String shown() {
        return current;
    }

    private void goBack() {
        if (!history.isEmpty()) {
            current = history.pop();
            load(current);
        }
    }

    private void load(String id) {
        AnalysisIndex index = analysis.indexProperty().get();
        List<Bookmark> bookmarks = allBookmarks.get();
        long mine = ++sequence;
        BackgroundTasks.task(() -> {
            EntityProfile p = index.profile(id, analysis.articles(), CO_MENTIONED, CONCORDANCE);
            List<Bookmark> marked = p == null ? List.of() : bookmarks.stream()
                    .filter(b -> b.entities().stream().anyMatch(e -> p.id().equals(index.canonicalId(e.id()))))
                    .toList();
            return new Loaded(p, marked);
        }).onSuccess(loaded -> {
            if (mine != sequence) {
                return;
            }
            if (loaded.profile() == null) {
                view.showNothing(analysis.completeProperty().get()
                        ? "No article of this library mentions that entity any more."
                        : "Reading the library… the profile follows when it is read.");
            } else {
                view.show(loaded.profile(), loaded.bookmarks(), !history.isEmpty());
            }
        }).onError(e -> view.showNothing("The profile could not be worked out: " + e.getMessage())).start();
    }

    private record Loaded(EntityProfile profile, List<Bookmark> bookmarks) {
    }
}
