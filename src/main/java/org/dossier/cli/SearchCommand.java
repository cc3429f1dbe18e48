package org.dossier.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.dossier.article.ArticleLibrary;
import org.dossier.article.FolderSync;
import org.dossier.article.SyncTarget;
import org.dossier.base.Progress;
import org.dossier.search.QuerySyntaxException;
import org.dossier.search.SearchHit;
import org.dossier.article.MetadataCache;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchQuery;

/**
 * {@code search --articles DIR "query" [options]}: brings the folder's index up to date (only changed
 * files are read) and prints the ranked results, as text or as a JSON array.
 */
final class SearchCommand implements Command {
    @Override
    public String usage() {
        return "search --articles DIR \"query\" [--json] [--limit N] [--type T] [--entity ID] "
                + "[--from YYYY-MM-DD] [--to YYYY-MM-DD] [--source S]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        CommandArgs parsed = CommandArgs.parse(args,
                Set.of("articles", "limit", "type", "entity", "from", "to", "source"), Set.of(), Set.of("json"));
        if (parsed.operands().size() > 1) {
            throw new UsageException("unexpected argument: " + parsed.operands().get(1));
        }
        Path folder = parsed.get("articles") == null ? null : Path.of(parsed.get("articles"));
        String text = parsed.operands().isEmpty() ? null : parsed.operands().get(0);
        boolean json = parsed.has("json");
        int limit = parsed.positive("limit", 20);
        String type = parsed.get("type");
        String entity = parsed.get("entity");
        LocalDate from = parsed.get("from") == null ? null : date(parsed.get("from"), "--from");
        LocalDate to = parsed.get("to") == null ? null : date(parsed.get("to"), "--to");
        String source = parsed.get("source");
        if (folder == null) {
            throw new UsageException("expected --articles DIR");
        }
        SearchQuery query = new SearchQuery(text, entity, type, from, to, source);
        if (!query.hasText() && !query.hasFilters()) {
            throw new UsageException("expected a query, or at least one filter");
        }
        if (!Files.isDirectory(folder)) {
            err.println("dossier search: no such folder: " + folder);
            return 1;
        }
        try (SearchIndex index = SearchIndex.open(folder)) {
            if (index.isReadOnly()) {
                err.println("dossier search: the index is in use by another Dossier process; "
                        + "results are from its last saved state.");
            } else {
                // One sync for the index and the window's list cache: each changed file is read once for both.
                MetadataCache metadata = MetadataCache.forFolder(folder);
                SyncTarget indexing = index.syncTarget((done, total) -> {
                    if (done == 0 && total >= 200) {
                        err.println("Indexing " + total + " articles (only the first search of a folder takes this long)…");
                    }
                });
                long started = System.nanoTime();
                FolderSync.Result report = new FolderSync(new ArticleLibrary(folder))
                        .run(List.of(indexing, metadata.syncTarget((read, removed) -> { })), Progress.NONE).get(indexing);
                if (report != null && report.error() != null) {
                    throw report.error();
                }
                if (report != null && report.changedAnything()) {
                    err.printf("Indexed %d new, %d changed, %d removed article(s) in %d ms.%n",
                            report.added(), report.updated(), report.removed(), (System.nanoTime() - started) / 1_000_000);
                }
            }
            if (query.entityId() != null || query.entityType() != null) {
                err.println("dossier search: note: the command line does not tag entities yet, "
                        + "so --entity and --type match only articles the window has tagged.");
            }
            List<SearchHit> hits;
            try {
                hits = index.search(query, limit);
            } catch (QuerySyntaxException e) {
                err.println("dossier search: " + e.getMessage());
                return 1;
            }
            if (json) {
                printJson(hits, out);
            } else {
                printText(hits, out);
            }
        }
        return 0;
    }

    private static void printText(List<SearchHit> hits, PrintStream out) {
        if (hits.isEmpty()) {
            out.println("No articles match.");
            return;
        }
        int rank = 1;
        for (SearchHit h : hits) {
            out.printf("%d. %s%n   %s  %s%s%n   %s%n", rank++, h.title(), h.date() == null ? "(no date)" : h.date(),
                    h.id(), h.source().isEmpty() ? "" : "  " + h.source(), h.markedSnippet());
        }
    }

    private static void printJson(List<SearchHit> hits, PrintStream out) throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SearchHit h : hits) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", h.id());
            row.put("title", h.title());
            row.put("date", h.date() == null ? null : h.date().toString());
            row.put("source", h.source());
            row.put("score", h.score());
            row.put("snippet", h.markedSnippet());
            rows.add(row);
        }
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
        out.flush();
    }

    private static LocalDate date(String value, String option) throws UsageException {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " needs a date like 2024-03-31, not \"" + value + "\"");
        }
    }
}
