package org.dossier.article;

import java.nio.file.Path;
import java.util.List;

/** TODO(reader issue): being written. */
final class HtmlArticleParser {
    private HtmlArticleParser() {
    }

    static Article parse(String id, Path file, String content, List<String> warnings) {
        return Article.broken(id, file, Article.Format.TEXT, "not yet supported");
    }
}
