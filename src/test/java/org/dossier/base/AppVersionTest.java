package org.dossier.base;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppVersionTest {
    @Test
    void aDevelopmentRunShowsThePomsVersion(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("pom.xml"), """
                <project><parent><artifactId>other</artifactId><version>9</version></parent>
                  <groupId>org.dossier</groupId>
                  <artifactId>dossier</artifactId>
                  <version>2.3.4-SNAPSHOT</version>
                  <dependencies><dependency><artifactId>x</artifactId><version>1</version></dependency></dependencies>
                </project>""");
        // The test classes carry no manifest version: the pom of the working folder speaks.
        assertEquals("2.3.4-SNAPSHOT (development build)", AppVersion.of(AppVersionTest.class, dir));
    }

    @Test
    void theProjectsOwnPomGivesItsVersion() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        String version = pom.replaceAll("(?s).*?<artifactId>dossier</artifactId>\\s*<version>([^<]+)</version>.*", "$1");
        assertEquals(version + " (development build)", AppVersion.of(AppVersionTest.class, Path.of("")));
    }

    @Test
    void withoutAnyWayToKnowItSaysSo(@TempDir Path dir) {
        assertEquals("development build", AppVersion.of(AppVersionTest.class, dir));
    }
}
