package org.dossier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layer map of {@code docs/architecture.md}, enforced on the compiled classes (so a fully
 * qualified name counts as much as an import): the table below is that document's table, row by
 * row, and a test fails when the two differ. Each package may use only what its row allows; only
 * {@code ui} touches JavaFX; nothing under {@code ui} reaches {@code cli}; packages form no cycle.
 */
class ArchitectureTest {
    private static final String ROOT = "org.dossier";
    /** What the table's words for libraries mean. */
    private static final Map<String, List<String>> LIBRARIES = Map.of(
            "JDK", List.of("java.."),
            "JavaFX", List.of("javafx.."),
            "jsoup", List.of("org.jsoup.."),
            "commonmark", List.of("org.commonmark.."),
            "Jackson", List.of("com.fasterxml.jackson.."),
            "Lucene", List.of("org.apache.lucene.."),
            "PDFBox", List.of("org.apache.pdfbox..", "org.apache.fontbox.."),
            "mime4j", List.of("org.apache.james.mime4j.."),
            "StAX", List.of("javax.xml.."));

    /** The "may import" column, row by row: a package (relative to org.dossier) and what it may use. */
    static final Map<String, List<String>> MAY_USE = new LinkedHashMap<>();

    static {
        row("org.dossier", "JDK", "base", "cli", "desktop", "ui");
        row("base", "JDK");
        row("article", "JDK", "jsoup", "commonmark", "Jackson", "base", "article.html");
        row("article.pdf", "JDK", "PDFBox", "jsoup", "base", "article");
        row("article.mail", "JDK", "mime4j", "jsoup", "article", "article.pdf");
        row("article.feed", "JDK", "StAX", "jsoup", "article");
        row("article.html", "JDK", "jsoup", "Jackson", "base");
        row("annotate", "JDK", "base");
        row("analysis", "JDK", "base", "article", "annotate");
        row("render", "JDK", "article", "annotate");
        row("search", "JDK", "Lucene", "article", "base");
        row("notebook", "JDK", "Jackson", "article", "base");
        row("adapter", "JDK", "base", "article", "annotate", "notebook", "search");
        row("cli", "JDK", "Jackson", "PDFBox", "base", "article", "article.pdf", "annotate", "analysis", "notebook", "search",
                "adapter");
        row("desktop", "JDK", "base");
        row("ui", "JDK", "JavaFX", "base", "article", "render", "ui.settings", "ui.session", "ui.library", "ui.reader",
                "ui.entities", "ui.notebook", "ui.search", "ui.analysis", "ui.timeline", "ui.network", "ui.profile");
        row("ui.settings", "JDK", "JavaFX", "base", "annotate", "render", "ui.library");
        row("ui.library", "JDK", "JavaFX", "article");
        row("ui.session", "JDK", "JavaFX", "base", "article", "annotate", "render", "ui.settings", "ui.library");
        row("ui.reader", "JDK", "JavaFX", "base", "article", "annotate", "render", "ui.settings", "ui.session");
        row("ui.entities", "JDK", "JavaFX", "base", "article", "annotate", "render", "ui.settings", "ui.session", "ui.library",
                "ui.reader");
        row("ui.notebook", "JDK", "JavaFX", "article", "annotate", "render", "notebook", "adapter", "ui.session", "ui.reader");
        row("ui.search", "JDK", "JavaFX", "article", "annotate", "render", "search", "adapter", "ui.session", "ui.library",
                "ui.reader");
        row("ui.analysis", "JDK", "JavaFX", "base", "article", "annotate", "analysis", "ui.session", "ui.library");
        row("ui.timeline", "JDK", "JavaFX", "base", "article", "annotate", "analysis", "ui.settings", "ui.session",
                "ui.library", "ui.reader", "ui.analysis");
        row("ui.network", "JDK", "JavaFX", "base", "article", "annotate", "analysis", "ui.session", "ui.library",
                "ui.reader", "ui.analysis");
        row("ui.profile", "JDK", "JavaFX", "base", "article", "annotate", "analysis", "notebook", "ui.session",
                "ui.library", "ui.reader", "ui.analysis");
    }

    private static void row(String pkg, String... mayUse) {
        MAY_USE.put(pkg, List.of(mayUse));
    }

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void theTableHereIsTheTableInTheDocs() throws IOException, URISyntaxException {
        Path doc = projectRoot().resolve("docs/architecture.md");
        assertTrue(Files.isRegularFile(doc), "the layer map is missing: " + doc);
        assertEquals(MAY_USE, tableOf(Files.readString(doc)),
                "docs/architecture.md and ArchitectureTest must list the same packages and uses, in the same order");
    }

    @Test
    void everyPackageIsInTheTableAndEveryRowHasClasses() {
        assertTrue(classes.size() > 100, "only " + classes.size() + " classes were found to check");
        Set<String> packages = new TreeSet<>();
        for (JavaClass c : classes) {
            packages.add(c.getPackageName());
        }
        Set<String> rows = new TreeSet<>();
        MAY_USE.keySet().forEach(p -> rows.add(qualified(p)));
        assertEquals(rows, packages, "each package of the code has a row in the table, and each row a package");
    }

    static Stream<String> packages() {
        return MAY_USE.keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packages")
    void eachPackageUsesOnlyWhatItsRowAllows(String pkg) {
        List<String> allowed = new ArrayList<>();
        allowed.add(qualified(pkg));
        for (String use : MAY_USE.get(pkg)) {
            allowed.addAll(LIBRARIES.getOrDefault(use, List.of(qualified(use))));
        }
        classes().that().resideInAPackage(qualified(pkg))
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new))
                .because("docs/architecture.md says what " + pkg + " may import")
                .check(classes);
    }

    @Test
    void onlyTheUiTouchesJavaFx() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void theUiNeverReachesTheCommandLine() {
        noClasses().that().resideInAPackage(ROOT + ".ui..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".cli..")
                .check(classes);
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(classes);
    }

    /** The "may import" column of the table under "Packages and what they may import". */
    static Map<String, List<String>> tableOf(String markdown) {
        int at = markdown.indexOf("## Packages and what they may import");
        assertTrue(at >= 0, "no package table in docs/architecture.md");
        Map<String, List<String>> table = new LinkedHashMap<>();
        Pattern row = Pattern.compile("^\\| `([\\w.]+)` \\|.*\\| ([^|]+) \\|$", Pattern.MULTILINE);
        Matcher m = row.matcher(markdown.substring(at, nextHeading(markdown, at)));
        while (m.find()) {
            List<String> uses = new ArrayList<>();
            for (String use : m.group(2).split(",")) {
                uses.add(use.strip().replace("`", ""));
            }
            table.put(m.group(1), uses);
        }
        return table;
    }

    private static int nextHeading(String markdown, int from) {
        int next = markdown.indexOf("\n## ", from + 1);
        return next < 0 ? markdown.length() : next;
    }

    private static String qualified(String pkg) {
        return pkg.equals(ROOT) ? ROOT : ROOT + "." + pkg;
    }

    /** The folder with pom.xml above the compiled test classes: the docs are found from any working directory. */
    private static Path projectRoot() throws URISyntaxException {
        Path p = Path.of(ArchitectureTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        while (p != null && !Files.isRegularFile(p.resolve("pom.xml"))) {
            p = p.getParent();
        }
        assertTrue(p != null, "the project folder was not found above the test classes");
        return p;
    }
}
