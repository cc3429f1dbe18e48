package org.dossier.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.dossier.article.Article;

/**
 * {@code text [--json] FILE}: prints the article's plain text, the text that every offset refers to;
 * with {@code --json}, one JSON object with the article's metadata and that same text.
 * {@code FILE#N} names a feed's item or a message's attachment.
 */
final class TextCommand implements Command {
    @Override
    public String usage() {
        return "text [--json] FILE";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        CommandArgs parsed = CommandArgs.parse(args, Set.of(), Set.of(), Set.of("json"));
        if (parsed.operands().size() != 1) {
            throw new UsageException("expected one article file");
        }
        String name = parsed.operands().get(0);
        ArticleArgument named = ArticleArgument.of(name);
        if (named == null) {
            err.println("dossier text: no such file: " + name);
            return 1;
        }
        Article article = named.read();
        if (article.isBroken()) {
            err.println("dossier text: " + name + ": " + article.problem());
            return 1;
        }
        if (parsed.has("json")) {
            writeJson(article, out);
            out.println();
        } else {
            // Exactly the text, no trailing newline added: offsets into this output are offsets into the text.
            out.print(article.text());
        }
        out.flush();
        return 0;
    }

    /** title, byline, published (ISO-8601), site, lang, url, text; "" for what the file does not say. */
    static void writeJson(Article article, OutputStream out) throws java.io.IOException {
        Article.Meta meta = article.meta();
        String published = !meta.published().isEmpty() ? meta.published()
                : article.publishedOn().map(Object::toString).orElse("");
        try (JsonGenerator g = new JsonFactory().createGenerator(new NonClosing(out), JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("title", article.title());
            g.writeStringField("byline", meta.byline());
            g.writeStringField("published", published);
            g.writeStringField("site", meta.site());
            g.writeStringField("lang", meta.lang());
            g.writeStringField("url", meta.url());
            g.writeStringField("text", article.text());
            g.writeEndObject();
        }
    }

    /** The generator closes its stream; standard output must stay open. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws java.io.IOException {
            flush();
        }
    }
}
