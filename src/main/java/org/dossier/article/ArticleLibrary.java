package org.dossier.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * An articles folder: which files in it are articles, and their ids. Sub-folders are included (up to
 * {@link #MAX_DEPTH} levels); hidden files and folders are not. Stateless; safe from any thread.
 */
public final class ArticleLibrary {
    static final int MAX_DEPTH = 6;

    private final Path folder;

    public ArticleLibrary(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    public Path folder() {
        return folder;
    }

    /**
     * The article files of the folder, sorted by id.
     *
     * @throws NoSuchFileException  when the folder does not exist
     * @throws NotDirectoryException when it is a file
     */
    public List<Path> scan() throws IOException {
        if (!Files.exists(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "the folder does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw new NotDirectoryException(folder.toString());
        }
        try (Stream<Path> files = Files.walk(folder, MAX_DEPTH, FileVisitOption.FOLLOW_LINKS)) {
            return files.filter(this::isArticleFile).sorted(Comparator.comparing(this::idOf)).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Whether {@code file} is an article of this folder: a readable format, not hidden. */
    public boolean isArticleFile(Path file) {
        if (!file.startsWith(folder) || file.equals(folder) || Files.isDirectory(file)) {
            return false;
        }
        for (Path part : folder.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        String name = file.getFileName().toString();
        return Article.Format.of(name) != null && !name.endsWith("~");
    }

    /** The stable id of a file of this folder: its relative path with '/' separators. */
    public String idOf(Path file) {
        return folder.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** Reads the article with this id (see {@link #idOf}); a file that is gone gives a broken article. */
    public Article read(String id) {
        return ArticleReader.read(folder.resolve(id).normalize(), id);
    }

    /** Reads one file of this folder. */
    public Article read(Path file) {
        return ArticleReader.read(file, idOf(file));
    }

    /**
     * Reads every article of one file of this folder: one for the formats of today, several for a
     * file that holds several items (ids {@code FILE#1}, {@code FILE#2}…); never empty, never throws
     * for a bad file (it gives a broken article with the reason).
     */
    public List<Article> readFile(Path file) {
        return List.of(read(file));
    }

    /**
     * The id of the file an article comes from: the article's own id, or for the n-th item of a file
     * that holds several ({@code FILE#n}) the part before {@code #}. An article file's name ends with
     * a known extension, never with {@code #} and digits, so the two cannot be confused.
     */
    public static String fileIdOf(String articleId) {
        int hash = articleId.lastIndexOf('#');
        if (hash <= 0 || hash == articleId.length() - 1) {
            return articleId;
        }
        for (int i = hash + 1; i < articleId.length(); i++) {
            char c = articleId.charAt(i);
            if (c < '0' || c > '9') {
                return articleId;
            }
        }
        return articleId.substring(0, hash);
    }
}
