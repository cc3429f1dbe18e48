package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17's folder test: {@code list --json} over the bundled articles plus every bad case (a pipe,
 * a socket, a loop of links, a link back up, a link to a device, a dangling link, 2,000 nested
 * quotes, 10,000 nested divs, a page of a million elements, an unreadable sub-folder) returns within
 * 30 s, with the articles listed and a reason for each bad entry. Cases the system cannot make are
 * left out (and said so in the assertion message).
 */
class ListCommandTest {
    @TempDir
    Path dir;

    @Test
    void everyBadEntryIsListedWithItsReasonBesideTheSeeds() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("articles"));
        List<String> seeds;
        try (var files = Files.list(Path.of("articles"))) {
            seeds = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        for (String s : seeds) {
            Files.copy(Path.of("articles", s), folder.resolve(s));
        }
        Map<String, String> expectedErrors = new HashMap<>();
        boolean posix = Files.getFileAttributeView(folder, java.nio.file.attribute.PosixFileAttributeView.class) != null;
        if (posix && Files.isExecutable(Path.of("/usr/bin/mkfifo"))) {
            assertEquals(0, new ProcessBuilder("/usr/bin/mkfifo", folder.resolve("f.txt").toString()).start().waitFor());
            expectedErrors.put("f.txt", "Not a regular file (a named pipe)");
        }
        ServerSocketChannel socket = null;
        if (posix) {
            socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            socket.bind(UnixDomainSocketAddress.of(folder.resolve("s.txt")));
            expectedErrors.put("s.txt", "Not a regular file (a socket)");
            Files.createSymbolicLink(folder.resolve("a.txt"), Path.of("b.txt"));
            Files.createSymbolicLink(folder.resolve("b.txt"), Path.of("a.txt"));
            expectedErrors.put("a.txt", "a loop of links");
            expectedErrors.put("b.txt", "a loop of links");
            Files.createDirectories(folder.resolve("sub"));
            Files.createSymbolicLink(folder.resolve("sub/up"), Path.of(".."));
            expectedErrors.put("sub/up", "leads back to a folder that contains it");
            Files.createSymbolicLink(folder.resolve("gone.md"), Path.of("nowhere.md"));
            expectedErrors.put("gone.md", "which does not exist");
            if (Files.exists(Path.of("/dev/zero"))) {
                Files.createSymbolicLink(folder.resolve("zero.txt"), Path.of("/dev/zero"));
                expectedErrors.put("zero.txt", "Not a regular file (a device)");
            }
        }
        Files.writeString(folder.resolve("quotes.md"), "# Q\n\n" + ">".repeat(2000) + " x\n");
        Files.writeString(folder.resolve("divs.html"), "<body>" + "<div>".repeat(10_000) + "x" + "</div>".repeat(10_000));
        Files.writeString(folder.resolve("million.html"), "<title>Million</title><p>" + "<b>a</b> ".repeat(1_000_000));
        Path locked = Files.createDirectories(folder.resolve("locked"));
        Files.writeString(locked.resolve("in.txt"), "Inside\n\nText.\n");
        boolean root = "root".equals(System.getProperty("user.name"));
        if (posix && !root) {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
            expectedErrors.put("locked", "This folder cannot be opened (permission denied)");
        }
        try {
            CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CliRun.of("list", "--json", folder.toString()));
            assertEquals(0, run.status(), run.err());
            Map<String, JsonNode> byId = new HashMap<>();
            for (JsonNode e : new ObjectMapper().readTree(run.out())) {
                assertEquals(Set.of("id", "title", "date", "source", "kind", "words", "error"), fields(e));
                byId.put(e.get("id").asText(), e);
            }
            for (String s : seeds) {
                assertTrue(byId.get(s).get("error").isNull(), s + " is listed and read");
                assertTrue(byId.get(s).get("words").asInt() > 100);
            }
            expectedErrors.forEach((id, reason) -> {
                JsonNode e = byId.get(id);
                assertNotNull(e, id + " is listed: " + byId.keySet());
                assertTrue(e.get("error").asText().contains(reason), id + ": " + e.get("error"));
            });
            for (String readable : List.of("quotes.md", "divs.html", "million.html")) {
                assertTrue(byId.get(readable).get("error").isNull(), readable + ": " + byId.get(readable));
            }
            assertEquals("Million", byId.get("million.html").get("title").asText());
            assertEquals(1_000_000, byId.get("million.html").get("words").asInt());
            assertTrue(expectedErrors.size() >= (posix ? 6 : 0), "bad cases made here: " + expectedErrors.keySet());
        } finally {
            if (socket != null) {
                socket.close();
            }
            if (posix && !root) {
                Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
            }
        }
    }

    private static Set<String> fields(JsonNode e) {
        Set<String> names = new java.util.HashSet<>();
        e.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
