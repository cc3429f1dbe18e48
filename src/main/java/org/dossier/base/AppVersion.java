package org.dossier.base;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dossier's version, for Help → About: the jar's manifest ({@code Implementation-Version}), else the
 * {@code pom.properties} Maven puts in the jar, else — run from the project's classes in development
 * — the version in the {@code pom.xml} of the working folder, marked as a development build.
 * Stateless.
 */
public final class AppVersion {
    private static final String POM_PROPERTIES = "/META-INF/maven/org.dossier/dossier/pom.properties";
    /** The project's own version: the first {@code <version>} after its {@code <artifactId>}. */
    private static final Pattern POM_VERSION = Pattern.compile(
            "<artifactId>dossier</artifactId>\\s*<version>([^<]+)</version>");

    private AppVersion() {
    }

    /** The version of the application that holds {@code anchor}; {@code workingFolder} for a development run. */
    public static String of(Class<?> anchor, Path workingFolder) {
        Package p = anchor.getPackage();
        if (p != null && p.getImplementationVersion() != null) {
            return p.getImplementationVersion();
        }
        try (InputStream in = anchor.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties props = new Properties();
                props.load(in);
                String v = props.getProperty("version");
                if (v != null && !v.isBlank()) {
                    return v.strip();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // a damaged jar entry: try the project's pom
        }
        Path pom = workingFolder.resolve("pom.xml");
        try {
            if (Files.isRegularFile(pom)) {
                Matcher m = POM_VERSION.matcher(Files.readString(pom));
                if (m.find()) {
                    return m.group(1).strip() + " (development build)";
                }
            }
        } catch (IOException e) {
            // unreadable: say what we know
        }
        return "development build";
    }
}
