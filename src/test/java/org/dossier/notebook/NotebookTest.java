package org.dossier.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotebookTest {
    private final Bookmark geneva = Fixtures.bookmark("held in Geneva", "The venue", "geneva", "talks");
    private final Bookmark kerry = Fixtures.bookmark("John Kerry said Friday", "US view", "talks", "us");
    private final Bookmark lavrov = withEntity(Fixtures.bookmark("Sergei Lavrov said", "Conditions", "russia"));

    private static Bookmark withEntity(Bookmark b) {
        return new Bookmark(b.id(), b.article(), b.quote(), b.position(), b.note(), b.tags(),
                List.of(new PassageEntity("Sergei Lavrov", "PERSON", "person:sergei-lavrov")), b.created(),
                b.modified());
    }

    private Notebook notebook() {
        Notebook n = new Notebook(List.of(), Map.of(), Fixtures.CLOCK);
        n.add(geneva);
        n.add(kerry);
        n.add(lavrov);
        return n;
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            geneva,            1
            GENEVA,            1
            talks,             2
            'us view',         1
            'view us',         1
            'said',            2
            'said conditions', 1
            '',                3
            'nothing like it', 0
            """)
    void searchFindsEveryWordInQuotesNotesAndTags(String text, int expected) {
        assertEquals(expected, notebook().query(NotebookQuery.text(text)).size());
    }

    @Test
    void filtersByTagAndByEntity() {
        Notebook n = notebook();
        assertEquals(List.of(geneva, kerry), n.query(NotebookQuery.tag("talks")));
        assertEquals(List.of(lavrov), n.query(NotebookQuery.entity("person:sergei-lavrov")));
        assertEquals(List.of(kerry), n.query(new NotebookQuery("friday", "talks", null)));
        assertEquals(Set.of("person:sergei-lavrov"), n.entities().keySet());
    }

    @Test
    void tagsAreOfferedForCompletion() {
        Notebook n = notebook();
        assertEquals(List.of("geneva", "russia", "talks", "us"), List.copyOf(n.tags()));
        assertEquals(List.of("talks"), List.copyOf(n.tagsStartingWith("TA")));
    }

    @Test
    void editingNoteAndTagsUpdatesModifiedTimeAndKeepsOrder() {
        Notebook n = notebook();
        n.editNote(kerry.id(), "edited");
        Bookmark edited = n.editTags(kerry.id(), List.of(" new ", "", "new", "alpha")).orElseThrow();
        assertEquals("edited", edited.note());
        assertEquals(List.of("alpha", "new"), List.copyOf(edited.tags()));
        assertEquals(Fixtures.CLOCK.instant(), edited.modified());
        assertEquals(kerry.created(), edited.created());
        assertEquals(kerry.id(), n.bookmarks().get(1).id());
        assertEquals(1, n.query(NotebookQuery.text("edited")).size(), "the search index follows edits");
    }

    @Test
    void deleteCanBeUndoneToTheSamePlace() {
        Notebook n = notebook();
        Notebook.Removal removal = n.remove(kerry.id()).orElseThrow();
        assertEquals(List.of(geneva, lavrov), n.bookmarks());
        n.restore(removal);
        assertEquals(List.of(geneva, kerry, lavrov), n.bookmarks());
        assertTrue(n.remove(java.util.UUID.randomUUID()).isEmpty());
    }

    @Test
    void listenersHearEveryChangeWithARisingRevision() {
        Notebook n = new Notebook(List.of(), Map.of(), Fixtures.CLOCK);
        List<NotebookChange> heard = new ArrayList<>();
        Runnable stop = n.addListener(heard::add);
        n.add(geneva);
        n.editNote(geneva.id(), "x");
        n.remove(geneva.id());
        stop.run();
        n.add(kerry);
        assertEquals(List.of(NotebookChange.Kind.ADDED, NotebookChange.Kind.UPDATED, NotebookChange.Kind.REMOVED),
                heard.stream().map(NotebookChange::kind).collect(Collectors.toList()));
        assertEquals(List.of(1L, 2L, 3L), heard.stream().map(NotebookChange::revision).collect(Collectors.toList()));
        assertEquals(4, n.revision());
    }

    @Test
    void addingTheSameBookmarkTwiceIsRefused() {
        Notebook n = notebook();
        assertThrows(IllegalArgumentException.class, () -> n.add(geneva));
    }

    @Test
    void readOnlyNotebookRefusesChanges() {
        Notebook n = notebook();
        n.setReadOnly(true);
        assertThrows(IllegalStateException.class, () -> n.editNote(geneva.id(), "no"));
        assertThrows(IllegalStateException.class, () -> n.remove(geneva.id()));
        assertEquals("The venue", n.get(geneva.id()).orElseThrow().note());
    }

    @Test
    void groupsByArticleAndByTag() {
        Bookmark other = Fixtures.factory().create(Fixtures.article("b.txt", "Another text about Geneva talks."),
                0, 7, "", List.of());
        List<Bookmark> all = List.of(kerry, geneva, lavrov, other);
        List<BookmarkGroup> byArticle = BookmarkGroups.byArticle(all);
        assertEquals(2, byArticle.size());
        assertEquals(List.of("b.txt", "world/syria-talks.txt"),
                byArticle.stream().map(BookmarkGroup::key).collect(Collectors.toList()), "same title: by id");
        assertEquals(List.of(geneva, kerry, lavrov), byArticle.get(1).bookmarks(), "text order within an article");
        List<BookmarkGroup> byTag = BookmarkGroups.byTag(all);
        assertEquals(List.of("geneva", "russia", "talks", "us", ""),
                byTag.stream().map(BookmarkGroup::key).collect(Collectors.toList()));
        assertEquals(List.of(other), byTag.get(4).bookmarks());
    }

    @Test
    void forArticleListsItsBookmarksInTextOrder() {
        assertEquals(List.of(geneva, kerry, lavrov), notebook().forArticle("world/syria-talks.txt"));
        assertFalse(notebook().forArticle("elsewhere.txt").iterator().hasNext());
    }
}
