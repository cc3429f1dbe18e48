package org.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveTest {
    @TempDir
    Path temp;

    @Test
    void theKeyFollowsTheJarAndTheLibrariesBesideIt() throws Exception {
        Path jar = Files.writeString(temp.resolve("dossier.jar"), "jar");
        Path lib = Files.createDirectories(temp.resolve("lib"));
        Path dep = Files.writeString(lib.resolve("jsoup.jar"), "dep");
        String before = ClassArchive.key(jar.toString());
        assertEquals(before, ClassArchive.key(jar.toString()), "stable");
        Files.setLastModifiedTime(dep, FileTime.fromMillis(Files.getLastModifiedTime(dep).toMillis() + 5_000));
        String afterLib = ClassArchive.key(jar.toString());
        assertNotEquals(before, afterLib, "a changed library is another archive");
        Files.writeString(jar, "rebuilt jar");
        assertNotEquals(afterLib, ClassArchive.key(jar.toString()), "a rebuilt jar is another archive");
    }

    @Test
    void writtenAtTheFirstExitThenMappedAndOlderArchivesDropped() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("cds"));
        Path older = Files.writeString(dir.resolve("0123456789abcdef.jsa"), "old");
        ClassArchive archive = new ClassArchive(dir.resolve("fedcba9876543210.jsa"));

        List<String> first = archive.options();
        assertTrue(first.contains("-Xlog:cds=off,cds+dynamic=off"));
        String dump = first.stream().filter(o -> o.startsWith("-XX:ArchiveClassesAtExit=")).findFirst().orElseThrow();
        Path writing = Path.of(dump.substring(dump.indexOf('=') + 1));
        assertNotEquals(archive.location(), writing, "written under another name first");

        archive.keepWritten();
        assertFalse(Files.exists(archive.location()), "nothing written (the child failed): nothing kept");
        Files.writeString(writing, "archive bytes");
        archive.keepWritten();
        assertEquals("archive bytes", Files.readString(archive.location()));
        assertFalse(Files.exists(writing));
        assertFalse(Files.exists(older), "an archive of an older build is removed");

        assertTrue(archive.options().contains("-XX:SharedArchiveFile=" + archive.location()));
    }

    @Test
    void halfWrittenArchivesOfProcessesThatAreGoneAreSweptAway() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("cds"));
        long gone = ProcessHandle.current().pid() + 1_000_000;
        Path abandoned = Files.writeString(dir.resolve("fedcba9876543210.jsa." + gone + ".tmp"), "half");
        Path running = Files.writeString(dir.resolve("fedcba9876543210.jsa." + ProcessHandle.current().pid() + ".tmp"), "busy");
        new ClassArchive(dir.resolve("fedcba9876543210.jsa")).options();
        assertFalse(Files.exists(abandoned), "its writer is gone");
        assertTrue(Files.exists(running), "its writer still runs");
    }

    @Test
    void aJvmWithItsOwnSharingOptionsGetsNoneOfOurs() {
        List<String> command = WindowProcess.relaunchCommand(List.of("-Xshare:off"), java.util.Map.of("java.class.path", "d.jar"),
                "/usr/bin/java", 1L, List.of("-XX:SharedArchiveFile=/x.jsa"), List.of());
        assertTrue(command.stream().noneMatch(o -> o.startsWith("-XX:SharedArchiveFile")), command.toString());
        List<String> ours = WindowProcess.relaunchCommand(List.of(), java.util.Map.of("java.class.path", "d.jar"),
                "/usr/bin/java", 1L, List.of("-XX:SharedArchiveFile=/x.jsa"), List.of());
        assertTrue(ours.contains("-XX:SharedArchiveFile=/x.jsa"));
    }
}
