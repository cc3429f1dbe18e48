package org.dossier.article;

import java.nio.file.Path;
import java.util.List;

/** TODO(reader issue): being written. */
final class MarkdownArticleParser {
    private MarkdownArticleParser() {
    }

    static Article parse(String id, Path file, String content, List<String> warnings) {
        return Article.broken(id, file, Article.Format.TEXT, "not yet supported");
    }
}
