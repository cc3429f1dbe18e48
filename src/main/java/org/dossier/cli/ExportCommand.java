package org.dossier.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.dossier.base.DataDirs;
import org.dossier.notebook.AtomicFiles;
import org.dossier.notebook.LoadReport;
import org.dossier.notebook.NotebookExporter;
import org.dossier.notebook.NotebookStore;

/**
 * {@code export [--notebook FILE] --format md|csv|jsonld [--out FILE]}: writes the notebook out as
 * Markdown, CSV or W3C Web Annotation JSON-LD, in UTF-8, to the file (atomically) or to standard
 * output. Reads the notebook without locking or changing it; a notebook that does not read is an error
 * (exit 1), not an empty export.
 */
final class ExportCommand implements Command {
    @Override
    public String usage() {
        return "export [--notebook FILE] --format md|csv|jsonld [--out FILE]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        CommandArgs a = CommandArgs.parse(args, Set.of("notebook", "format", "out"), Set.of());
        Path notebookFile = a.get("notebook") != null ? Path.of(a.get("notebook")) : DataDirs.defaultNotebook();
        NotebookExporter exporter;
        try {
            exporter = NotebookExporter.forFormat(a.require("format"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (!Files.exists(notebookFile)) {
            err.println("dossier export: there is no notebook at " + notebookFile);
            return 1;
        }
        String text;
        int count;
        try (NotebookStore store = NotebookStore.openReadOnly(notebookFile)) {
            LoadReport report = store.loadReport();
            if (report.status() != LoadReport.Status.LOADED) {
                err.println("dossier export: " + report.message() + " Nothing was exported.");
                return 1;
            }
            count = store.notebook().size();
            text = exporter.export(store.notebook().bookmarks());
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (a.get("out") == null) {
            out.write(bytes);
            out.flush();
        } else {
            Path target = Path.of(a.get("out"));
            AtomicFiles.write(target, bytes, null);
            err.println("dossier export: " + count + " bookmarks written to " + target);
        }
        return 0;
    }
}
