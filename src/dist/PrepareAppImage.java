import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Prepares what jpackage needs for Dossier's app image (run by {@code mvn -Pdist package} as a
 * single-file Java program, so it works the same on Linux, Windows and macOS):
 * <ol>
 *   <li>jmods for the JavaFX modules, built from the platform jars on Maven Central
 *       ({@code javafx-*-PLATFORM.jar}) with their native libraries moved into the jmod's
 *       {@code lib/} section — so jlink puts them in the runtime's {@code lib/} and JavaFX loads them
 *       from there instead of extracting them into {@code ~/.openjfx/cache} on first start;</li>
 *   <li>a runtime image linked from the JDK's jmods and those, holding the modules {@code jdeps}
 *       finds the application needs;</li>
 *   <li>jpackage's input folder: the application jar, its non-JavaFX libraries in {@code lib/},
 *       and the bundled articles (they land in {@code lib/app/} of the image, where
 *       {@code BundledArticles} finds them next to the jar).</li>
 * </ol>
 * Usage: {@code java PrepareAppImage.java LIB_DIR PLATFORM APP_JAR ARTICLES_DIR WORK_DIR}, where
 * PLATFORM is the openjfx classifier ({@code linux}, {@code win}, {@code mac}, {@code mac-aarch64})
 * or {@code auto}: the one Maven resolved for this machine.
 * Writes {@code WORK_DIR/jmods}, {@code WORK_DIR/runtime} and {@code WORK_DIR/input}, replacing
 * earlier ones. The Gluon JavaFX jmods bundle would spare step 1, but it is not on Maven Central.
 */
public class PrepareAppImage {
    /**
     * Modules added whatever jdeps says, because they are reached by lookup, not by reference.
     * Not jdk.localedata: Dossier formats and parses dates in English only, which java.base carries.
     */
    private static final List<String> ALWAYS = List.of(
            "jdk.charsets",       // Charset.forName for the legacy encodings saved pages declare
            "jdk.unsupported");   // sun.misc.Unsafe, which JavaFX and Jackson look up

    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            System.err.println("usage: java PrepareAppImage.java LIB_DIR PLATFORM APP_JAR ARTICLES_DIR WORK_DIR");
            System.exit(2);
        }
        Path lib = Path.of(args[0]);
        String platform = args[1].equals("auto") ? detectPlatform(lib) : args[1];
        Path appJar = Path.of(args[2]);
        Path articles = Path.of(args[3]);
        Path work = Path.of(args[4]);

        List<Path> fxJars = platformJars(lib, platform);
        List<Path> otherJars = otherJars(lib);
        Path jmods = work.resolve("jmods");
        deleteRecursively(jmods);
        Files.createDirectories(jmods);
        for (Path jar : fxJars) {
            buildJmod(jar, work.resolve("jmod-src"), jmods);
        }

        Set<String> modules = new TreeSet<>(moduleDeps(fxJars, otherJars, appJar));
        modules.addAll(ALWAYS);
        System.out.println("[dist] runtime modules: " + String.join(",", modules));

        Path runtime = work.resolve("runtime");
        deleteRecursively(runtime);
        Path jdkJmods = Path.of(System.getProperty("java.home"), "jmods");
        if (!Files.isDirectory(jdkJmods)) {
            fail("the JDK at " + System.getProperty("java.home") + " has no jmods/ folder; use a JDK that has them "
                    + "(Debian 12: openjdk-17-jdk-headless; some distributions ship them as a separate jmods package)");
        }
        run("jlink",
                "--module-path", jdkJmods + java.io.File.pathSeparator + jmods,
                "--add-modules", String.join(",", modules),
                "--strip-debug", "--no-header-files", "--no-man-pages", "--compress=2",
                "--output", runtime.toString());

        Path input = work.resolve("input");
        deleteRecursively(input);
        Files.createDirectories(input.resolve("lib"));
        Files.copy(appJar, input.resolve(appJar.getFileName()));
        for (Path jar : otherJars) {
            Files.copy(jar, input.resolve("lib").resolve(jar.getFileName()));
        }
        copyTree(articles, input.resolve("articles"));
        System.out.println("[dist] runtime " + runtime + ", jpackage input " + input);
    }

    /** The classifier of the javafx-graphics jar Maven copied: the openjfx poms pick it by OS. */
    private static String detectPlatform(Path lib) throws IOException {
        try (Stream<Path> files = Files.list(lib)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("javafx-graphics-[0-9.]+-[a-z0-9-]+\\.jar"))
                    .map(n -> n.replaceFirst("^javafx-graphics-[0-9.]+-([a-z0-9-]+)\\.jar$", "$1"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no javafx-graphics-VERSION-PLATFORM.jar in " + lib));
        }
    }

    /** The JavaFX jars that carry classes and natives for PLATFORM (the classifier-less ones are empty). */
    private static List<Path> platformJars(Path lib, String platform) throws IOException {
        try (Stream<Path> files = Files.list(lib)) {
            List<Path> jars = files.filter(p -> p.getFileName().toString().matches("javafx-[a-z]+-.*-" + platform + "\\.jar"))
                    .sorted().collect(Collectors.toList());
            if (jars.isEmpty()) {
                fail("no javafx-*-" + platform + ".jar in " + lib + "; is -Djavafx.platform right for this machine?");
            }
            return jars;
        }
    }

    private static List<Path> otherJars(Path lib) throws IOException {
        try (Stream<Path> files = Files.list(lib)) {
            return files.filter(p -> p.toString().endsWith(".jar") && !p.getFileName().toString().startsWith("javafx-"))
                    .sorted().collect(Collectors.toList());
        }
    }

    /**
     * One jar → one jmod: classes and resources into the class section, native libraries into the
     * lib section. Leaving the natives in the class section too would only double their size.
     */
    private static void buildJmod(Path jar, Path scratch, Path jmods) throws IOException {
        String module = jar.getFileName().toString().replaceFirst("^javafx-([a-z]+)-.*$", "javafx.$1");
        Path classes = scratch.resolve(module).resolve("classes");
        Path natives = scratch.resolve(module).resolve("lib");
        deleteRecursively(scratch.resolve(module));
        Files.createDirectories(classes);
        Files.createDirectories(natives);
        int nativeCount = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.isDirectory()) {
                    continue;
                }
                String name = e.getName();
                boolean nativeLib = name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib");
                if (name.startsWith("META-INF/") && !name.startsWith("META-INF/services/")) {
                    continue;   // the manifest and licence notes; jmod writes its own
                }
                Path target = nativeLib ? natives.resolve(Path.of(name).getFileName().toString()) : classes.resolve(name);
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(e)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                nativeCount += nativeLib ? 1 : 0;
            }
        }
        List<String> jmodArgs = new ArrayList<>(List.of("create", "--class-path", classes.toString()));
        if (nativeCount > 0) {
            jmodArgs.addAll(List.of("--libs", natives.toString()));
        }
        jmodArgs.add(jmods.resolve(module + ".jmod").toString());
        run("jmod", jmodArgs.toArray(String[]::new));
        System.out.println("[dist] " + module + ".jmod (" + nativeCount + " native libraries)");
    }

    /** The JDK and JavaFX modules the application jar and its libraries use, as jdeps sees them. */
    private static Set<String> moduleDeps(List<Path> fxJars, List<Path> otherJars, Path appJar) {
        String sep = java.io.File.pathSeparator;
        String out = run("jdeps", "--print-module-deps", "--ignore-missing-deps", "--multi-release", "17",
                "--module-path", fxJars.stream().map(Path::toString).collect(Collectors.joining(sep)),
                "--class-path", otherJars.stream().map(Path::toString).collect(Collectors.joining(sep)),
                "--recursive", appJar.toString());
        Set<String> modules = new LinkedHashSet<>();
        for (String m : out.trim().split(",")) {
            if (!m.isBlank()) {
                modules.add(m.trim());
            }
        }
        if (modules.stream().noneMatch(m -> m.startsWith("javafx."))) {
            fail("jdeps found no JavaFX module in " + appJar + ": " + out);
        }
        return modules;
    }

    private static String run(String tool, String... args) {
        ToolProvider provider = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new IllegalStateException(tool + " is not in this JDK"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = provider.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        if (status != 0) {
            fail(tool + " " + String.join(" ", args) + " failed (" + status + "):\n" + out + err);
        }
        return out.toString();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void fail(String message) {
        System.err.println("[dist] " + message);
        System.exit(1);
    }
}
