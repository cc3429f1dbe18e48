package org.dossier.article;

import java.nio.file.Path;
import java.util.List;

/**
 * What one file of a folder holds, freshly read: usually one article, several for a file that holds
 * several items (their ids are {@code FILE#1}, {@code FILE#2}… — see {@link Article#fileIdOf}),
 * and one broken article with its reason when the file could not be read. Immutable.
 *
 * @param fileId   the file's id in its folder (its relative path with '/' separators)
 * @param stamp    the file's size and modification time when it was read
 * @param articles never empty
 */
public record FileArticles(String fileId, Path file, FileStamp stamp, List<Article> articles) {
    public FileArticles {
        articles = List.copyOf(articles);
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("a file read gives at least one article: " + fileId);
        }
    }
}
