package org.dossier.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.dossier.article.ArticleLibrary;
import org.dossier.article.ArticleSummary;
import org.dossier.article.MetadataCache;
import org.dossier.base.Progress;

/**
 * {@code list [--json] DIR}: the folder's articles as the window lists them — id, title, date,
 * source, kind ({@code txt}, {@code html}, {@code md}, {@code pdf}, {@code eml}, {@code mhtml},
 * {@code feed-item}, {@code attachment}; {@code feed} for a feed that cannot be read), words, and
 * the reason for those that could not be read (null for the others). Ordered by file, a file's parts in their order
 * (a feed's items, a message then its attachments). Text output is tab-separated with a header
 * row; {@code --json} prints an array of objects. Uses and updates the window's list cache, so a
 * folder read before lists at once.
 */
final class ListCommand implements Command {
    static final List<String> COLUMNS = List.of("id", "title", "date", "source", "kind", "words", "error");

    @Override
    public String usage() {
        return "list [--json] DIR";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        CommandArgs parsed = CommandArgs.parse(args, Set.of(), Set.of(), Set.of("json"));
        if (parsed.operands().size() != 1) {
            throw new UsageException("expected one folder of articles");
        }
        Path folder = Path.of(parsed.operands().get(0));
        if (!Files.isDirectory(folder)) {
            err.println("dossier list: no such folder: " + folder);
            return 1;
        }
        ArticleLibrary library = new ArticleLibrary(folder);
        List<ArticleSummary> articles = new ArrayList<>(MetadataCache.forFolder(library.folder()).refresh(library, Progress.NONE));
        articles.sort(Comparator.comparing(ArticleSummary::fileId).thenComparingInt(a -> a.structure().part()));
        if (parsed.has("json")) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ArticleSummary a : articles) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", a.id());
                row.put("title", a.title());
                row.put("date", a.date() == null ? null : a.date().toString());
                row.put("source", a.source());
                row.put("kind", a.kind());
                row.put("words", a.wordCount());
                row.put("error", a.isBroken() ? a.problem() : null); // always there, null when read
                if (!a.structure().group().isEmpty()) {
                    row.put("group", a.structure().group());
                }
                if (!a.structure().attachments().isEmpty()) {
                    row.put("attachments", a.structure().attachments());
                }
                rows.add(row);
            }
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
        } else {
            out.println(String.join("\t", COLUMNS));
            for (ArticleSummary a : articles) {
                out.println(String.join("\t", List.of(a.id(), cell(a.title()), a.date() == null ? "" : a.date().toString(),
                        cell(a.source()), a.kind(), Integer.toString(a.wordCount()), a.isBroken() ? cell(a.problem()) : "")));
            }
        }
        out.flush();
        return 0;
    }

    /** A value on one line without tabs, so each article stays one row. */
    private static String cell(String value) {
        return value.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
