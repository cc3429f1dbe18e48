package org.dossier.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dossier.article.Article;
import org.dossier.article.ArticleLibrary;

/**
 * {@code list [--json] DIR}: the folder's articles as the window lists them, sorted by id — one line
 * each ({@code id<TAB>title<TAB>date<TAB>source<TAB>kind<TAB>words<TAB>error}) or, with {@code --json},
 * one JSON array of {@code {"id", "title", "date", "source", "kind", "words", "error"}} ({@code date}
 * and {@code error} null when there is none). An entry that cannot be read is listed with its reason
 * in {@code error}; the exit status is 0 whenever the folder itself could be listed.
 */
final class ListCommand implements Command {
    @Override
    public String usage() {
        return "list [--json] DIR";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        CommandArgs parsed = CommandArgs.parse(args, Set.of(), Set.of(), Set.of("json"));
        if (parsed.operands().size() != 1) {
            throw new UsageException("expected one folder");
        }
        ArticleLibrary library = new ArticleLibrary(Path.of(parsed.operands().get(0)));
        List<Article> articles = library.scan().parallelStream().map(library::read).toList();
        if (parsed.has("json")) {
            ObjectMapper json = new ObjectMapper();
            ArrayNode list = json.createArrayNode();
            for (Article a : articles) {
                ObjectNode o = list.addObject();
                o.put("id", a.id());
                o.put("title", a.title());
                o.put("date", a.date() == null ? null : a.date().toString());
                o.put("source", a.source());
                o.put("kind", kind(a));
                o.put("words", a.isBroken() ? 0 : a.wordCount());
                o.put("error", a.problem());
            }
            out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(list));
        } else {
            for (Article a : articles) {
                out.println(String.join("\t", a.id(), oneLine(a.title()), a.date() == null ? "" : a.date().toString(),
                        oneLine(a.source()), kind(a), Integer.toString(a.isBroken() ? 0 : a.wordCount()),
                        a.problem() == null ? "" : a.problem()));
            }
        }
        out.flush();
        return 0;
    }

    private static String kind(Article a) {
        return a.format().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
