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
 * {@link #MAX_DEPTH} levels); hidden files and folders are not, nor the {@code NAME_files/} folder a
 * browser saves beside {@code NAME.html} (its pictures, scripts and frames). A {@code .xml} file is an
 * article file only when it is a feed. A feed or an e-mail file holds several articles, with ids
 * {@code FILE#N}. Safe from any thread (it remembers only the articles of the last file read for
 * one of its parts).
 */
public final class ArticleLibrary {
    static final int MAX_DEPTH = 6;

    private final Path folder;
    /**
     * The articles of the last file read for one of its parts: whoever reads a feed's items one by
     * one (the entity index goes through the list) parses the feed once, not once per item.
     */
    private final java.util.concurrent.atomic.AtomicReference<PartsOfFile> lastParts = new java.util.concurrent.atomic.AtomicReference<>();

    private record PartsOfFile(Path file, long size, long modified, List<Article> articles) {
    }

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
        Path relative = folder.relativize(file);
        Path dir = folder;
        for (int i = 0; i < relative.getNameCount(); i++) {
            String part = relative.getName(i).toString();
            if (part.startsWith(".")) {
                return false;
            }
            if (i < relative.getNameCount() - 1 && isSavedPageFolder(dir, part)) {
                return false;
            }
            dir = dir.resolve(part);
        }
        String name = file.getFileName().toString();
        if (Article.Format.of(name) == null || name.endsWith("~")) {
            return false;
        }
        return !Article.Format.needsSniffing(name) || org.dossier.article.feed.FeedArticles.isFeed(file);
    }

    /** {@code NAME_files} beside {@code NAME.html}: what a browser's "Web Page, complete" saves with the page. */
    private static boolean isSavedPageFolder(Path parent, String name) {
        if (!name.endsWith("_files") || name.length() == "_files".length()) {
            return false;
        }
        String page = name.substring(0, name.length() - "_files".length());
        return Files.exists(parent.resolve(page + ".html")) || Files.exists(parent.resolve(page + ".htm"))
                || Files.exists(parent.resolve(page + ".xhtml"));
    }

    /** The stable id of a file of this folder: its relative path with '/' separators. */
    public String idOf(Path file) {
        return folder.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /**
     * Reads the article with this id (see {@link #idOf}; {@code FILE#N} for a feed item or an
     * attachment); a file that is gone gives a broken article.
     */
    public Article read(String id) {
        Path file = folder.resolve(Article.fileIdOf(id)).normalize();
        if (Article.partOf(id) == 0) {
            return ArticleReader.read(file, id);
        }
        long[] st = stat(file);
        PartsOfFile last = lastParts.get();
        if (st == null || last == null || !last.file().equals(file) || last.size() != st[0] || last.modified() != st[1]) {
            if (st == null) {
                return ArticleReader.read(file, id);
            }
            last = new PartsOfFile(file, st[0], st[1], ArticleReader.readAll(file, Article.fileIdOf(id)));
            lastParts.set(last);
        }
        for (Article a : last.articles()) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        return ArticleReader.read(file, id);
    }

    private static long[] stat(Path file) {
        try {
            var a = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            return new long[] {a.size(), a.lastModifiedTime().toMillis()};
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Reads one file of this folder as one article: a message without its attachments; for a feed, a
     * broken article naming its items (use {@link #readAll}).
     */
    public Article read(Path file) {
        return ArticleReader.read(file, idOf(file));
    }

    /** Every article of one file of this folder (see {@link ArticleReader#readAll(Path, String)}). */
    public List<Article> readAll(Path file) {
        return ArticleReader.readAll(file, idOf(file));
    }
}
