package org.dossier.ui.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.concurrent.Task;

import org.dossier.article.Article;
import org.dossier.article.ArticleLibrary;

/**
 * Reads every article of a folder in the background, reporting progress file by file. A file that
 * fails becomes a broken article with its reason; only a folder that cannot be listed fails the task.
 */
public final class LibraryLoadTask extends Task<List<Article>> {
    private final ArticleLibrary library;

    public LibraryLoadTask(ArticleLibrary library) {
        this.library = library;
    }

    @Override
    protected List<Article> call() throws Exception {
        updateMessage("Scanning " + library.folder() + "…");
        List<Path> files = library.scan();
        List<Article> articles = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            if (isCancelled()) {
                break;
            }
            articles.add(library.read(files.get(i)));
            updateProgress(i + 1, files.size());
            updateMessage("Reading " + (i + 1) + " of " + files.size() + "…");
        }
        return articles;
    }
}
