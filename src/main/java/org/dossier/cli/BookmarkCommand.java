package org.dossier.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.dossier.base.DataDirs;
import org.dossier.article.Article;
import org.dossier.article.ArticleReader;
import org.dossier.notebook.Bookmark;
import org.dossier.notebook.BookmarkFactory;
import org.dossier.notebook.EntityFinder;
import org.dossier.notebook.NotebookStore;
import org.dossier.notebook.StoreOptions;

/**
 * {@code bookmark --notebook FILE --article FILE --quote TEXT [--note TEXT] [--tag TAG]… [--occurrence N]
 * [--articles DIR]}: adds a bookmark exactly as the reading pane does (same factory, same locked,
 * atomic store) and prints its id. A quote found more than once takes the first occurrence, or the
 * N-th with {@code --occurrence N}, and says so on standard error. When another short command holds
 * the notebook it waits up to 10 s for it. Standard error says exactly what was written: the id is
 * printed only once the bookmark is on disk; otherwise the notebook file is unchanged and the exit
 * status is 1. The article id is the file name, or
 * its path relative to {@code --articles DIR} (the library folder) when given.
 */
final class BookmarkCommand implements Command {
    private final EntityFinder entities;

    /** @param entities finds the entities inside the passage; {@link EntityFinder#NONE} until the annotator is wired */
    BookmarkCommand(EntityFinder entities) {
        this.entities = entities;
    }

    @Override
    public String usage() {
        return "bookmark [--notebook FILE] --article FILE --quote TEXT [--note TEXT] [--tag TAG]... "
                + "[--occurrence N] [--articles DIR]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        CommandArgs a = CommandArgs.parse(args, Set.of("notebook", "article", "quote", "note", "occurrence", "articles"),
                Set.of("tag"));
        Path notebookFile = a.get("notebook") != null ? Path.of(a.get("notebook")) : DataDirs.defaultNotebook();
        String named = a.require("article");
        ArticleArgument argument = ArticleArgument.of(named);
        Path file = argument == null ? Path.of(named) : argument.file();
        String quote = a.require("quote");
        if (quote.isEmpty()) {
            throw new UsageException("--quote must not be empty");
        }
        int occurrence = 0;
        if (a.get("occurrence") != null) {
            try {
                occurrence = Integer.parseInt(a.get("occurrence"));
            } catch (NumberFormatException e) {
                throw new UsageException("--occurrence needs a number, not \"" + a.get("occurrence") + "\"");
            }
            if (occurrence < 1) {
                throw new UsageException("--occurrence counts from 1");
            }
        }

        if (argument == null) {
            err.println("dossier bookmark: no such article file: " + file);
            return 1;
        }
        Article article = a.get("articles") != null
                ? argument.read(articleId(Path.of(a.get("articles")), file))
                : argument.read();
        if (article.isBroken()) {
            err.println("dossier bookmark: " + file + ": " + article.problem());
            return 1;
        }
        List<Integer> found = BookmarkFactory.occurrences(article.text(), quote);
        if (found.isEmpty()) {
            err.println("dossier bookmark: the quote \"" + abbreviate(quote) + "\" is not in the article " + file
                    + ". It must match the article's text exactly, spaces and line breaks included "
                    + "(\"dossier text " + file + "\" prints that text).");
            return 1;
        }
        if (occurrence > found.size()) {
            err.println("dossier bookmark: the quote occurs only " + found.size() + " time(s) in " + file
                    + ", so there is no occurrence " + occurrence + ".");
            return 1;
        }
        if (found.size() > 1 && occurrence == 0) {
            err.println("dossier bookmark: the quote occurs " + found.size() + " times in " + file
                    + "; bookmarked the first (use --occurrence N to choose another).");
        }
        int start = found.get(Math.max(occurrence, 1) - 1);

        NotebookStore store = NotebookStore.open(notebookFile, StoreOptions.forCommand());
        try {
            if (store.loadReport().needsAttention()) {
                err.println("dossier bookmark: " + store.loadReport().message());
            }
            if (store.isReadOnly()) {
                err.println("dossier bookmark: nothing was written: the bookmark was not added to " + store.file() + ".");
                return 1;
            }
            Bookmark bookmark = new BookmarkFactory(entities, java.time.Clock.systemUTC())
                    .create(article, start, start + quote.length(), a.get("note"), a.all("tag"));
            store.notebook().add(bookmark);
            try {
                store.flush();
            } catch (IOException e) {
                err.println("dossier bookmark: the bookmark was NOT saved: " + store.file() + " could not be written ("
                        + NotebookStore.describe(e) + "). The notebook file was not changed; nothing was written.");
                return 1;
            }
            out.println(bookmark.id());
        } finally {
            try {
                store.close();
            } catch (IOException e) {
                // Only after a failed save, which was reported above; close() does not write otherwise.
            }
        }
        return 0;
    }

    /** The path of {@code file} relative to the library folder, with '/' separators, as the library names it. */
    static String articleId(Path library, Path file) throws UsageException {
        Path relative = library.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        if (relative.startsWith("..")) {
            throw new UsageException("the article " + file + " is not inside --articles " + library);
        }
        return relative.toString().replace('\\', '/');
    }

    private static String abbreviate(String quote) {
        String oneLine = quote.replaceAll("\\s+", " ");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
    }
}
