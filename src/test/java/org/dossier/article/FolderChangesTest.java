package org.dossier.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderChangesTest {
    @TempDir
    Path dir;

    @Test
    void existingFilesAreReadAndMissingOnesRemoved() throws Exception {
        ArticleLibrary library = new ArticleLibrary(dir);
        Path added = Files.writeString(library.folder().resolve("new.txt"), "Talks resume\n\nIn Geneva.\n");
        Path gone = library.folder().resolve("old.txt");
        FolderChanges changes = FolderChanges.read(library, Set.of(added, gone));
        assertFalse(changes.rescan());
        assertEquals(List.of("Talks resume"), changes.updated().stream().map(Article::title).toList());
        assertEquals(List.of("old.txt"), changes.removed());
    }

    @Test
    void theFolderItselfAsksForAFullRescan() {
        ArticleLibrary library = new ArticleLibrary(dir);
        assertTrue(FolderChanges.read(library, Set.of(library.folder())).rescan());
    }
}
