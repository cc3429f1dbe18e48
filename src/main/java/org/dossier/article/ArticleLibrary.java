package org.dossier.article;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * An articles folder: which files in it are articles, and their ids. Sub-folders are included (up to
 * {@link #MAX_DEPTH} levels); hidden files and folders are not, nor the {@code NAME_files/} folder a
 * browser saves beside {@code NAME.html} (its pictures, scripts and frames). Links are followed, each
 * folder once: a link back to a folder above it is not entered. A {@code .xml} file is an article file
 * only when it is a feed. A feed or an e-mail file holds several articles, with ids {@code FILE#N}.
 * Safe from any thread (it remembers only the articles of the last file read for one of its parts).
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
     * The entries of the folder to list, sorted by id: its article files, and also every entry that
     * stands where an article or its folder would but cannot be read as one — a named pipe, device or
     * socket with an article's name, a link that loops or points nowhere, a sub-folder that cannot be
     * opened or a link back to a folder above it. {@link #read} gives each of those a broken article
     * saying why, so one bad entry is listed with its reason instead of stopping the scan. Never opens
     * an entry other than a folder.
     *
     * @throws NoSuchFileException   when the folder does not exist
     * @throws NotDirectoryException when it is a file
     * @throws IOException           when the folder itself cannot be listed (e.g. permission denied)
     */
    public List<Path> scan() throws IOException {
        if (!Files.exists(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "the folder does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw new NotDirectoryException(folder.toString());
        }
        List<Path> found = new ArrayList<>();
        // walkFileTree rather than Files.walk: it hands each failure (a loop, a folder that cannot be
        // opened) to visitFileFailed for that entry instead of ending the whole walk with it.
        Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.equals(folder) || !isHidden(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                // Folders at the depth limit arrive here too: they are not entered, and not listed.
                if (!attrs.isDirectory() && isArticleName(file)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(folder)) {
                    throw e;
                }
                boolean folderEntry = e instanceof FileSystemLoopException || Files.isDirectory(file);
                if (!isHidden(file) && (folderEntry || isArticleName(file))) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(Comparator.comparing(this::idOf));
        return found;
    }

    /** Whether {@code file} is an article of this folder: a readable format, not hidden. */
    public boolean isArticleFile(Path file) {
        return !Files.isDirectory(file) && isArticleName(file);
    }

    private boolean isArticleName(Path file) {
        if (!file.startsWith(folder) || file.equals(folder) || isHidden(file)) {
            return false;
        }
        Path relative = folder.relativize(file);
        Path dir = folder;
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            String part = relative.getName(i).toString();
            if (isSavedPageFolder(dir, part)) {
                return false;
            }
            dir = dir.resolve(part);
        }
        String name = file.getFileName().toString();
        if (Article.Format.of(name) == null || name.endsWith("~")) {
            return false;
        }
        // Sniffing opens the file: only a regular one (a named pipe "x.xml" would block the scan).
        return !Article.Format.needsSniffing(name)
                || Files.isRegularFile(file) && isOfFormat(file, Article.Format.of(name));
    }

    private static boolean isOfFormat(Path file, Article.Format format) {
        FormatReader reader = FormatReaders.of(format);
        return reader != null && reader.isOfFormat(file);
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

    private boolean isHidden(Path file) {
        for (Path part : folder.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
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
     * Reads one entry of this folder as one article (a bad entry of {@link #scan} gives a broken
     * article saying why): a message without its attachments; for a feed, a broken article naming its
     * items (use {@link #readAll}).
     */
    public Article read(Path file) {
        return ArticleReader.read(file, idOf(file));
    }

    /**
     * Every article of one file of this folder (see {@link ArticleReader#readAll(Path, String)}): one
     * for most files, the items of a feed or a message and its attachments ({@code FILE#1}…); never
     * empty, never throws for a bad file (it gives a broken article with the reason).
     */
    public List<Article> readAll(Path file) {
        return ArticleReader.readAll(file, idOf(file));
    }
}
