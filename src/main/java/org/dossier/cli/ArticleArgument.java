package org.dossier.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.dossier.article.Article;
import org.dossier.article.ArticleReader;

/**
 * An article named on the command line: a file, or {@code FILE#N} for the N-th item of a feed or
 * attachment of a message (as {@code dossier list} prints them). A file whose name really ends in
 * {@code #N} is that file. Immutable.
 *
 * @param file the file the article is read from
 * @param id   the id to read it under: the file name, with {@code #N} for a part
 */
record ArticleArgument(Path file, String id) {

    /**
     * The article an argument names, or null when there is no such file. Anything standing at the
     * path counts, even a named pipe or a looping link: reading it then says what it is, rather than
     * "no such file".
     */
    static ArticleArgument of(String arg) {
        Path whole = Path.of(arg);
        if (Files.exists(whole, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return new ArticleArgument(whole, whole.getFileName().toString());
        }
        int part = Article.partOf(arg);
        if (part > 0) {
            Path file = Path.of(Article.fileIdOf(arg));
            if (Files.isRegularFile(file)) {
                return new ArticleArgument(file, Article.partId(file.getFileName().toString(), part));
            }
        }
        return null;
    }

    /** Reads it under {@link #id}. */
    Article read() {
        return ArticleReader.read(file, id);
    }

    /** Reads it under {@code libraryId} (its id in an articles folder), with this argument's part. */
    Article read(String fileIdInLibrary) {
        int part = Article.partOf(id);
        return ArticleReader.read(file, part > 0 ? Article.partId(fileIdInLibrary, part) : fileIdInLibrary);
    }
}
