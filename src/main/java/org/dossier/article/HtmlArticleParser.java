package org.dossier.article;

import org.dossier.base.Datelines;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dossier.article.html.PageExtractor;
import org.dossier.article.html.PageMetadata;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Pages saved from a browser: {@link PageExtractor} finds the story and the page's metadata; the
 * story is cleaned with a jsoup {@link Safelist} (no markup of the page survives but structure,
 * emphasis and links) before its text is taken.
 */
final class HtmlArticleParser {
    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img", "col", "colgroup")
            .addTags("main", "article", "section", "figure", "figcaption", "time", "address", "hr");

    private HtmlArticleParser() {
    }

    static Article parse(String id, Path file, String html, List<String> warnings) {
        PageExtractor.Result page = PageExtractor.extract(html);
        List<String> allWarnings = new ArrayList<>(warnings);
        allWarnings.addAll(page.warnings());
        // Relative links resolve against the page's address; the safelist then keeps them, absolute.
        Document shell = Document.createShell(page.baseUri());
        shell.body().appendChild(page.content());
        Document clean = new Cleaner(SAFELIST).clean(shell);
        BlockTextExtractor.Result extracted = BlockTextExtractor.extract(clean.body());
        String text = extracted.text();
        List<Article.Block> blocks = extracted.blocks();
        PageMetadata m = page.metadata();

        String title = m.title();
        if (title.isBlank()) {
            title = blocks.isEmpty() ? file.getFileName().toString()
                    : TextArticleParser.titleFromSentence(text.substring(blocks.get(0).start(), blocks.get(0).end()));
        }
        LocalDate date = m.date();
        String published = m.published();
        for (int i = 0; i < Math.min(4, blocks.size()) && date == null; i++) {
            date = Datelines.dateline(text.substring(blocks.get(i).start(), blocks.get(i).end()));
            if (date != null) {
                published = date.toString();
            }
        }
        String source = !m.site().isBlank() ? m.site() : m.byline();
        Article.Meta meta = new Article.Meta(m.byline(), m.site(), m.lang(), m.url(), m.description(), published,
                m.modified());
        return new Article(id, file, Article.Format.HTML, title.strip(), date, source, text, blocks,
                extracted.inlines(), allWarnings, null, meta);
    }
}
