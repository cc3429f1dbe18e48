package org.dossier.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dossier.base.DataDirs;
import org.dossier.annotate.Annotation;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.Mention;
import org.dossier.article.Article;
import org.dossier.article.ArticleReader;

/**
 * {@code annotate [--explain] [--out DIR] FILE…}: the entities of each article as
 * {@code {"file", "entities": [{"start", "end", "type", "text", "id"}]}}, the format
 * {@code shared/eval/score.py} reads. One JSON object per line on standard output, or one
 * {@code DIR/<base name>.json} per file with {@code --out}. {@code --explain} adds each mention's source
 * and the article's {@code language} (with {@code languageSource}: declared, detected or assumed).
 */
final class AnnotateCommand implements Command {
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public String usage() {
        return "annotate [--explain] [--out DIR] FILE…";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        CommandArgs parsed = CommandArgs.parse(args, Set.of("out"), Set.of(), Set.of("explain"));
        boolean explain = parsed.has("explain");
        Path outDir = parsed.get("out") == null ? null : Path.of(parsed.get("out"));
        List<Path> files = parsed.operands().stream().map(Path::of).toList();
        if (files.isEmpty()) {
            throw new UsageException("expected at least one article file");
        }
        Annotator annotator = Annotator.withUserGazetteer(DataDirs.userGazetteer());
        annotator.problems().forEach(p -> err.println("dossier annotate: user gazetteer: " + p));
        if (outDir != null) {
            Files.createDirectories(outDir);
        }
        int status = 0;
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                err.println("dossier annotate: no such file: " + file);
                status = 1;
                continue;
            }
            Article article = ArticleReader.read(file);
            if (article.isBroken()) {
                err.println("dossier annotate: " + file + ": " + article.problem());
                status = 1;
                continue;
            }
            Annotation annotation = annotator.analyse(article.text(), article.meta().lang());
            ObjectNode doc = toJson(file.getFileName().toString(), annotation.mentions(), explain);
            if (explain) {
                doc.put("language", annotation.language().code());
                doc.put("languageSource", annotation.language().source().name().toLowerCase(java.util.Locale.ROOT));
            }
            if (outDir != null) {
                write(outDir.resolve(baseName(file) + ".json"), doc);
            } else {
                out.println(json.writeValueAsString(doc));
            }
        }
        out.flush();
        return status;
    }

    ObjectNode toJson(String fileName, List<Mention> mentions, boolean explain) {
        ObjectNode doc = json.createObjectNode();
        doc.put("file", fileName);
        ArrayNode entities = doc.putArray("entities");
        for (Mention m : mentions) {
            ObjectNode e = entities.addObject();
            e.put("start", m.start());
            e.put("end", m.end());
            e.put("type", m.type().name());
            e.put("text", m.text());
            e.put("id", m.entityId());
            if (explain) {
                e.put("source", m.source());
            }
        }
        return doc;
    }

    private void write(Path target, ObjectNode doc) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        json.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), doc);
        Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
