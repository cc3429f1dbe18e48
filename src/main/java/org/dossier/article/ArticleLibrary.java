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
 * {@link #MAX_DEPTH} levels); hidden files and folders are not. Links are followed, each folder once:
 * a link back to a folder above it is not entered. Stateless; safe from any thread.
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
        String name = file.getFileName().toString();
        return Article.Format.of(name) != null && !name.endsWith("~");
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

    /** Reads the article with this id (see {@link #idOf}); a file that is gone gives a broken article. */
    public Article read(String id) {
        return ArticleReader.read(folder.resolve(id).normalize(), id);
    }

    /** Reads one entry of this folder (a bad entry of {@link #scan} gives a broken article saying why). */
    public Article read(Path file) {
        return ArticleReader.read(file, idOf(file));
    }
}
