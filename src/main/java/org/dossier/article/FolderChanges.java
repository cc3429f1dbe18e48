package org.dossier.article;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a batch of watched paths means for the library: the articles added or changed (read again),
 * the ids removed, or — when the folder itself is among them (a new sub-folder, lost events) — that
 * the whole folder must be read again. Immutable.
 *
 * @param updated articles that were added or changed, freshly read
 * @param removed ids of articles that are gone
 * @param rescan  true when only a full re-read can tell what changed
 */
public record FolderChanges(List<Article> updated, List<String> removed, boolean rescan) {
    public FolderChanges {
        updated = List.copyOf(updated);
        removed = List.copyOf(removed);
    }

    /** Reads the changed files of {@code library} (off the UI thread: this touches the disk). */
    public static FolderChanges read(ArticleLibrary library, Set<Path> changed) {
        return read(library, changed, fileId -> List.of());
    }

    /**
     * Reads the changed files of {@code library}; {@code knownIds} tells which ids were listed for a
     * file before (a feed's items, a message's attachments), so that those the file no longer has,
     * and every part of a deleted file, are among the removed.
     */
    public static FolderChanges read(ArticleLibrary library, Set<Path> changed,
                                     java.util.function.Function<String, java.util.Collection<String>> knownIds) {
        if (changed.contains(library.folder())) {
            return new FolderChanges(List.of(), List.of(), true);
        }
        List<Article> updated = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (Path p : changed) {
            String fileId = library.idOf(p);
            java.util.Set<String> gone = new java.util.LinkedHashSet<>(knownIds.apply(fileId));
            // Anything standing there is read: a pipe or a looping link is listed with its reason.
            if (Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                for (Article a : library.readAll(p)) {
                    updated.add(a);
                    gone.remove(a.id());
                }
            } else {
                gone.add(fileId);
            }
            removed.addAll(gone);
        }
        return new FolderChanges(updated, removed, false);
    }
}
