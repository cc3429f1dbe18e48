package org.dossier.ui.library;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import org.dossier.article.ArticleSummary;

/**
 * One row of the article list: title, then date · site · byline · words (and a message's attachments),
 * or the reason it cannot be read. The first item of a feed shows the feed's title above it; a feed's
 * items and a message's attachments are indented under their group.
 */
public final class ArticleCell extends ListCell<ArticleSummary> {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final Label group = new Label();
    private final Label title = new Label();
    private final Label meta = new Label();
    private final VBox box = new VBox(2, title, meta);
    private final VBox row = new VBox(2, group, box);

    private final java.util.Map<String, Integer> watchHits;

    public ArticleCell(java.util.Map<String, Integer> watchHits) {
        this.watchHits = watchHits;
        title.getStyleClass().add("article-title");
        group.getStyleClass().add("article-group");
        group.setWrapText(true);
        meta.getStyleClass().add("article-meta");
        title.setWrapText(true);
        box.getStyleClass().add("article-cell");
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ArticleSummary article, boolean empty) {
        super.updateItem(article, empty);
        if (empty || article == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        title.setText(article.title());
        boolean part = article.structure().part() > 0;
        String header = part && firstOfGroup(article) && article.format() == org.dossier.article.Article.Format.FEED_ITEM
                ? article.structure().group() : "";
        group.setText(header);
        group.setVisible(!header.isEmpty());
        group.setManaged(!header.isEmpty());
        box.getStyleClass().remove("article-part");
        if (part) {
            box.getStyleClass().add("article-part");
        }
        meta.getStyleClass().remove("problem");
        if (article.isBroken()) {
            meta.setText("⚠ " + article.problem());
            meta.getStyleClass().add("problem");
        } else {
            int hits = watchHits.getOrDefault(article.id(), 0);
            meta.setText((hits > 0 ? "★ " + hits + " watched · " : "") + metaLine(article));
        }
        setTooltip(new Tooltip(article.id()));
        setGraphic(row);
    }

    /** Whether the row above belongs to another file (or there is none). */
    private boolean firstOfGroup(ArticleSummary article) {
        int i = getIndex();
        if (getListView() == null || i <= 0 || i > getListView().getItems().size()) {
            return true;
        }
        return !getListView().getItems().get(i - 1).fileId().equals(article.fileId());
    }

    static String metaLine(ArticleSummary a) {
        List<String> parts = new ArrayList<>();
        parts.add(a.publishedOn().map(DATE::format).orElse("no date"));
        String site = a.site().isBlank() ? a.source() : a.site();
        if (!site.isBlank()) {
            parts.add(site);
        }
        if (!a.byline().isBlank() && !a.byline().equalsIgnoreCase(site)) {
            parts.add(a.byline());
        }
        parts.add(a.wordCount() + " words");
        List<String> attached = a.structure().attachments();
        if (!attached.isEmpty()) {
            parts.add("attached: " + String.join(", ", attached));
        }
        if (!a.warning().isEmpty()) {
            parts.add("⚠ " + a.warning());
        }
        return String.join(" · ", parts);
    }
}
