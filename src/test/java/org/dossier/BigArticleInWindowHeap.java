package org.dossier;

import java.nio.file.Path;
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
 * through what the window does with it at once — the reading pane (annotate, marks, page), and the
 * folder's sync, whose search index (tag, index) and entity index share one annotation — and prints
 * "ok", or what failed.
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
            // As in the window since the one folder-sync engine: the search index's tagger and the
            // entity index share one annotation of each article the sync reads (AnnotationService's
            // mentionsInPassing); the reading pane annotates it on its own.
            java.util.Set<String> distinctIds = java.util.concurrent.ConcurrentHashMap.newKeySet();
            java.util.function.Function<Article, List<Mention>> shared = a -> {
                List<Mention> mentions = annotator.annotate(a.text());
                mentions.forEach(m -> distinctIds.add(m.entityId()));
                return mentions;
            };
            try (SearchIndex index = SearchIndex.open(folder, Path.of(args[1]),
                    new org.dossier.adapter.AnnotatorTagger(shared, folder.resolve("no-gazetteer.tsv")))) {
                index.sync(library, Progress.NONE);
            }
            String html = page.get();
            int distinct = distinctIds.size();
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
