package org.dossier.desktop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Linux desktop entry that puts Dossier in the applications menu: {@code dossier.desktop} under
 * {@code DATA_HOME/applications/} and the icon under {@code DATA_HOME/icons/hicolor/} (PNG at
 * 256×256 and SVG), where DATA_HOME is {@code $XDG_DATA_HOME}, by default {@code ~/.local/share}
 * (freedesktop.org Desktop Entry and Icon Theme specifications). Only writes and deletes those
 * three files. Not thread-safe; meant for one call from the command line.
 */
public final class DesktopEntry {
    /**
     * The X11 window class of Dossier's window, for {@code StartupWMClass}: JavaFX names it after the
     * {@code Application} subclass, and offers no property to change it (measured with
     * {@code xprop WM_CLASS}). A UI test keeps this equal to {@code DossierApp}'s class name.
     */
    public static final String WM_CLASS = "org.dossier.ui.DossierApp";

    private static final String ICON_RESOURCE = "/org/dossier/ui/dossier-icon.";
    private static final String RESERVED = " \t\n\"'\\><~|&;$*?#()`";

    private final Path dataHome;

    /** @param dataHome the XDG data folder to install into, usually {@link #dataHome(Map, String)} */
    public DesktopEntry(Path dataHome) {
        this.dataHome = dataHome;
    }

    /** {@code $XDG_DATA_HOME} if set to an absolute path (as the spec asks), else {@code USER_HOME/.local/share}. */
    public static Path dataHome(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg);
        }
        return Path.of(userHome, ".local", "share");
    }

    public Path desktopFile() {
        return dataHome.resolve("applications/dossier.desktop");
    }

    public Path pngIcon() {
        return dataHome.resolve("icons/hicolor/256x256/apps/dossier.png");
    }

    public Path svgIcon() {
        return dataHome.resolve("icons/hicolor/scalable/apps/dossier.svg");
    }

    /**
     * Writes the desktop entry, launching {@code executable}, and the two icons, replacing earlier
     * ones. Returns the files written.
     *
     * @throws IllegalArgumentException if {@code executable} is not an absolute path
     */
    public List<Path> install(Path executable) throws IOException {
        String entry = contents(executable);
        writeAtomically(pngIcon(), resource("png"));
        writeAtomically(svgIcon(), resource("svg"));
        writeAtomically(desktopFile(), entry.getBytes(StandardCharsets.UTF_8));
        return List.of(desktopFile(), pngIcon(), svgIcon());
    }

    /** Deletes the desktop entry and the icons; returns the ones that existed. Missing files are fine. */
    public List<Path> uninstall() throws IOException {
        List<Path> removed = new ArrayList<>();
        for (Path file : List.of(desktopFile(), pngIcon(), svgIcon())) {
            if (Files.deleteIfExists(file)) {
                removed.add(file);
            }
        }
        return removed;
    }

    /** The text of {@code dossier.desktop} for a launcher at {@code executable}. */
    public static String contents(Path executable) {
        if (!executable.isAbsolute()) {
            throw new IllegalArgumentException("the launcher path must be absolute: " + executable);
        }
        String path = executable.toString();
        if (path.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
            throw new IllegalArgumentException("the launcher path contains a control character: " + path);
        }
        return "[Desktop Entry]\n"
                + "Type=Application\n"
                + "Version=1.4\n"
                + "Name=Dossier\n"
                + "GenericName=News Reader\n"
                + "Comment=Read a folder of news articles offline, with people, places and organisations highlighted\n"
                + "Exec=" + execValue(path) + "\n"
                + "TryExec=" + escapeString(path) + "\n"
                + "Icon=dossier\n"
                + "Terminal=false\n"
                + "Categories=Office;Viewer;\n"
                + "Keywords=news;articles;reader;analysis;\n"
                + "StartupWMClass=" + WM_CLASS + "\n";
    }

    /**
     * The {@code Exec} value for one program path: quoted when it holds a reserved character, with
     * {@code "}, {@code `}, {@code $} and {@code \} escaped inside the quotes, {@code %} doubled (it
     * starts field codes), and then the string-level escaping of backslashes on top, as the
     * Desktop Entry specification layers them.
     */
    static String execValue(String path) {
        String arg = path.replace("%", "%%");
        if (arg.chars().anyMatch(c -> RESERVED.indexOf(c) >= 0)) {
            StringBuilder quoted = new StringBuilder("\"");
            for (char c : arg.toCharArray()) {
                if (c == '"' || c == '`' || c == '$' || c == '\\') {
                    quoted.append('\\');
                }
                quoted.append(c);
            }
            arg = quoted.append('"').toString();
        }
        return escapeString(arg);
    }

    private static String escapeString(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t");
    }

    private static byte[] resource(String extension) throws IOException {
        try (InputStream in = DesktopEntry.class.getResourceAsStream(ICON_RESOURCE + extension)) {
            if (in == null) {
                throw new IOException("the icon " + ICON_RESOURCE + extension + " is missing from Dossier's jar");
            }
            return in.readAllBytes();
        }
    }

    /** A half-written entry would show a broken menu item, so write beside it and move it into place. */
    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        org.dossier.base.ReplaceFile.write(target, tmp -> Files.write(tmp, bytes));
    }
}
