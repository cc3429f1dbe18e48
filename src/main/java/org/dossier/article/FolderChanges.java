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
        if (changed.contains(library.folder())) {
            return new FolderChanges(List.of(), List.of(), true);
        }
        List<Article> updated = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (Path p : changed) {
            // Anything standing there is read: a pipe or a looping link is listed with its reason.
            if (Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                updated.add(library.read(p));
            } else {
                removed.add(library.idOf(p));
            }
        }
        return new FolderChanges(updated, removed, false);
    }
}
