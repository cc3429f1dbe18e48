package org.dossier.cli;

import java.io.PrintStream;
import java.util.List;

import org.dossier.article.Article;

/**
 * {@code text FILE}: prints the article's plain text, the text that every offset refers to.
 * {@code FILE#N} names a feed's item or a message's attachment.
 */
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
        ArticleArgument named = ArticleArgument.of(args.get(0));
        if (named == null) {
            err.println("dossier text: no such file: " + args.get(0));
            return 1;
        }
        Article article = named.read();
        if (article.isBroken()) {
            err.println("dossier text: " + args.get(0) + ": " + article.problem());
            return 1;
        }
        // Exactly the text, no trailing newline added: offsets into this output are offsets into the text.
        out.print(article.text());
        out.flush();
        return 0;
    }
}
