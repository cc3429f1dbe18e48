package org.dossier.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleLibraryTest {
    @TempDir
    Path dir;

    @Test
    void scanListsArticleFilesInSubFoldersByIdAndSkipsTheRest() throws Exception {
        Files.createDirectories(dir.resolve("2017/july"));
        Files.createDirectories(dir.resolve(".git"));
        for (String name : List.of("b.txt", "a.HTML", "2017/july/c.md", "2017/notes.docx", ".git/x.txt", ".hidden.md", "draft.txt~")) {
            Files.writeString(dir.resolve(name), "text");
        }
        ArticleLibrary library = new ArticleLibrary(dir);
        assertEquals(List.of("2017/july/c.md", "a.HTML", "b.txt"), library.scan().stream().map(library::idOf).toList());
    }

    @Test
    void missingFolderAndFileAreReportedAsSuch() throws Exception {
        assertThrows(NoSuchFileException.class, () -> new ArticleLibrary(dir.resolve("missing")).scan());
        Path file = Files.writeString(dir.resolve("file.txt"), "x");
        assertThrows(NotDirectoryException.class, () -> new ArticleLibrary(file).scan());
    }

    @Test
    void readGivesTheRelativeIdAndTheFileItself() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Path f = Files.writeString(dir.resolve("sub/talks.txt"), "Talks resume\n\nIn Geneva.\n");
        Article a = new ArticleLibrary(dir).read(f);
        assertEquals("sub/talks.txt", a.id());
        assertEquals("Talks resume", a.title());
    }
}
