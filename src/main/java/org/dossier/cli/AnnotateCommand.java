package org.dossier.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.dossier.base.DataDirs;
import org.dossier.annotate.Annotation;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.EntityType;
import org.dossier.annotate.Mention;
import org.dossier.annotate.TimexNormaliser;
import org.dossier.article.Article;

/**
 * {@code annotate [--explain] [--reference-date YYYY-MM-DD] [--out DIR] FILE…}: the entities of each
 * article as {@code {"file", "entities": [{"start", "end", "type", "text", "id"[, "value"]}]}}, the format
 * {@code shared/eval/score.py} reads. One JSON object per line on standard output, or one
 * {@code DIR/<base name>.json} per file with {@code --out}. {@code --explain} adds each mention's source
 * and the article's {@code language} (with {@code languageSource}: declared, detected or assumed).
 * {@code FILE#N} names a feed's item or a message's attachment ({@code "file": "FILE#N"}).
 * A DATE's {@code "value"} is its TIMEX3 value ({@link TimexNormaliser}), counted from the article's
 * dateline or date, else from {@code --reference-date}; a DATE without a value has no field.
 */
final class AnnotateCommand implements Command {
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public String usage() {
        return "annotate [--explain] [--reference-date YYYY-MM-DD] [--out DIR] FILE…";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        CommandArgs parsed = CommandArgs.parse(args, Set.of("out", "reference-date"), Set.of(), Set.of("explain"));
        boolean explain = parsed.has("explain");
        LocalDate fallbackDate = referenceDate(parsed.get("reference-date"));
        Path outDir = parsed.get("out") == null ? null : Path.of(parsed.get("out"));
        List<String> files = parsed.operands();
        if (files.isEmpty()) {
            throw new UsageException("expected at least one article file");
        }
        Annotator annotator = Annotator.withUserGazetteer(DataDirs.userGazetteer());
        annotator.problems().forEach(p -> err.println("dossier annotate: user gazetteer: " + p));
        if (outDir != null) {
            Files.createDirectories(outDir);
        }
        int status = 0;
        for (String file : files) {
            ArticleArgument named = ArticleArgument.of(file);
            if (named == null) {
                err.println("dossier annotate: no such file: " + file);
                status = 1;
                continue;
            }
            Article article = named.read();
            if (article.isBroken()) {
                err.println("dossier annotate: " + file + ": " + article.problem());
                status = 1;
                continue;
            }
            Annotation annotation = annotator.analyse(article.text(), article.meta().lang());
            LocalDate reference = TimexNormaliser.reference(article.text(),
                    article.date() != null ? article.date() : fallbackDate);
            Dated dated = new Dated(article.text(), annotation, reference);
            if (outDir != null) {
                write(outDir.resolve(baseName(named.id()) + ".json"), named.id(), dated, explain);
            } else {
                // Streamed, not built as a tree: 240,000 mentions of a 10 MB text made a 100 MB tree.
                JsonGenerator g = json.getFactory().createGenerator(new NonClosing(out), JsonEncoding.UTF8);
                writeJson(g, named.id(), dated, explain);
                g.close();
                out.println();
            }
        }
        out.flush();
        return status;
    }

    /** An article's annotation with what its DATE values count from ({@code reference} may be null). */
    record Dated(String text, Annotation annotation, LocalDate reference) {
    }

    private static LocalDate referenceDate(String value) throws UsageException {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("--reference-date needs a date as YYYY-MM-DD, not \"" + value + "\"");
        }
    }

    /**
     * One article's entities as {@code {"file", "entities": [{"start", "end", "type", "text", "id"[, "value"]
     * [, "source"]}] [, "language", "languageSource"]}}; a DATE's value is computed here, as it is written.
     */
    static void writeJson(JsonGenerator g, String fileName, Dated dated, boolean explain) throws IOException {
        Annotation annotation = dated.annotation();
        g.writeStartObject();
        g.writeStringField("file", fileName);
        g.writeArrayFieldStart("entities");
        List<String> values = TimexNormaliser.values(dated.text(), annotation.mentions(), dated.reference());
        for (int i = 0; i < annotation.mentions().size(); i++) {
            Mention m = annotation.mentions().get(i);
            g.writeStartObject();
            g.writeNumberField("start", m.start());
            g.writeNumberField("end", m.end());
            g.writeStringField("type", m.type().name());
            g.writeStringField("text", m.text());
            g.writeStringField("id", m.entityId());
            if (m.type() == EntityType.DATE) {
                String value = values.get(i);
                if (value != null) {
                    g.writeStringField("value", value);
                }
            }
            if (explain) {
                g.writeStringField("source", m.source());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        if (explain) {
            g.writeStringField("language", annotation.language().code());
            g.writeStringField("languageSource", annotation.language().source().name().toLowerCase(java.util.Locale.ROOT));
        }
        g.writeEndObject();
    }

    private void write(Path target, String fileName, Dated annotation, boolean explain) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (JsonGenerator g = json.getFactory().createGenerator(tmp.toFile(), JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter());
            writeJson(g, fileName, annotation, explain);
        }
        Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Standard output stays open when the generator closes (it is flushed, not closed). */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** "report" for report.pdf; "news-3" for news.rss#3, so each item gets its own file. */
    private static String baseName(String id) {
        int part = org.dossier.article.Article.partOf(id);
        String name = org.dossier.article.Article.fileIdOf(id);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return part > 0 ? base + "-" + part : base;
    }
}
