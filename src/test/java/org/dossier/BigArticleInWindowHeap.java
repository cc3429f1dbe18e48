package org.dossier;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.dossier.annotate.Annotator;
import org.dossier.annotate.Mention;
import org.dossier.article.Article;
import org.dossier.article.ArticleLibrary;
import org.dossier.base.Progress;
import org.dossier.render.ArticleRenderer;
import org.dossier.render.EntitySpans;
import org.dossier.render.RenderOptions;
import org.dossier.render.Span;
import org.dossier.search.SearchIndex;

/**
 * Child process of {@link BigArticleInWindowHeapTest}: puts a folder holding one very big article
 * through what the window does with it at once — the reading pane (annotate, marks, page), the
 * search index (tag, index) and the entity index (annotate) — and prints "ok", or what failed.
 * Meant to run in the window's heap ({@code -Xmx224m}).
 */
public final class BigArticleInWindowHeap {
    private BigArticleInWindowHeap() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        ArticleLibrary library = new ArticleLibrary(folder);
        Annotator annotator = Annotator.standard();
        try {
            CompletableFuture<String> page = CompletableFuture.supplyAsync(() -> {
                Article a = library.read("big.txt");
                List<Mention> mentions = annotator.annotate(a.text());
                List<Span> spans = EntitySpans.firstInText(EntitySpans.of(mentions, Set.of(), Set.of(), 20_000), 20_000);
                return new ArticleRenderer().render(a, spans, RenderOptions.DEFAULT);
            });
            CompletableFuture<Integer> entities = CompletableFuture.supplyAsync(() ->
                    new HashSet<>(annotator.annotate(library.read("big.txt").text()).stream().map(Mention::entityId).toList()).size());
            try (SearchIndex index = SearchIndex.open(folder, Path.of(args[1]), org.dossier.bench.BigArticleText.tagger(annotator))) {
                index.sync(library, Progress.NONE);
            }
            String html = page.get();
            int distinct = entities.get();
            if (!html.contains("Staffan de Mistura") || distinct < 10) {
                System.out.println("wrong result: " + html.length() + " chars, " + distinct + " entities");
                System.exit(1);
            }
            Article read = library.read("big.txt");
            if (read.isBroken()) {
                System.out.println("broken: " + read.problem());
                System.exit(1);
            }
            System.out.println("ok");
        } catch (Throwable e) {
            System.out.println("failed: " + e);
            System.exit(1);
        }
    }
}
