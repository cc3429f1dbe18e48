package org.dossier.analysis;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dossier.annotate.EntityType;
import org.dossier.annotate.Mention;
import org.dossier.article.Article;

/**
 * Small libraries with hand-placed mentions, so the counts the tests expect follow from the text
 * alone and not from what the annotator happens to find.
 */
final class Fixture implements ArticleSource {
    private final Map<String, Article> articles = new HashMap<>();
    private final AnalysisIndex.Builder builder = new AnalysisIndex.Builder();

    /** Adds an article; {@code names} pairs each surface form with its entity id ("PERSON:Sergey Lavrov"). */
    Fixture add(String id, LocalDate date, String text, String... names) {
        Article a = new Article(id, Path.of(id), Article.Format.TEXT, "Title of " + id, date, "", text,
                List.of(), List.of(), List.of(), null);
        articles.put(id, a);
        builder.put(a, mentions(text, names));
        return this;
    }

    AnalysisIndex.Builder builder() {
        return builder;
    }

    AnalysisIndex index() {
        return builder.build(null);
    }

    @Override
    public Article article(String id) {
        return articles.get(id);
    }

    /** Every occurrence of each surface form (whole words), in text order. */
    static List<Mention> mentions(String text, String... names) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < names.length; i += 2) {
            String form = names[i];
            String id = names[i + 1];
            EntityType type = EntityType.valueOf(id.substring(0, id.indexOf(':')));
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
                int end = at + form.length();
                boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
                if (before && after) {
                    out.add(new Mention(at, end, type, form, id, "test"));
                }
            }
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }
}
