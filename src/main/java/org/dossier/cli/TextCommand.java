package org.dossier.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dossier.article.Article;
import org.dossier.article.ArticleReader;

/** {@code text FILE}: prints the article's plain text, the text that every offset refers to. */
final class TextCommand implements Command {
    @Override
    public String usage() {
        return "text FILE";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.size() != 1) {
            throw new UsageException("expected one article file");
        }
        Path file = Path.of(args.get(0));
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            err.println("dossier text: no such file: " + file);
            return 1;
        }
        Article article = ArticleReader.read(file);
        if (article.isBroken()) {
            err.println("dossier text: " + file + ": " + article.problem());
            return 1;
        }
        // Exactly the text, no trailing newline added: offsets into this output are offsets into the text.
        out.print(article.text());
        out.flush();
        return 0;
    }
}
