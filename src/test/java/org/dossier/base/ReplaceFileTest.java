package org.dossier.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplaceFileTest {
    @TempDir
    Path temp;

    private List<String> names() throws IOException {
        try (var files = Files.list(temp.resolve("dir"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void replacesTheFileAndCreatesItsFolder() throws Exception {
        Path target = temp.resolve("dir/settings.properties");
        ReplaceFile.write(target, tmp -> Files.writeString(tmp, "one"));
        ReplaceFile.write(target, tmp -> Files.writeString(tmp, "two"));
        assertEquals("two", Files.readString(target));
        assertEquals(List.of("settings.properties"), names(), "no temporary file left");
    }

    @Test
    void aFailedWriteLeavesTheOldContentAndNoTemporaryFile() throws Exception {
        Path target = temp.resolve("dir/cache.json");
        ReplaceFile.write(target, tmp -> Files.writeString(tmp, "old"));
        assertThrows(IOException.class, () -> ReplaceFile.write(target, tmp -> {
            Files.writeString(tmp, "half");
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("cache.json"), names());
    }
}
