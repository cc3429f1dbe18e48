package org.dossier.ui.analysis;

import java.util.function.Consumer;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.dossier.analysis.Passage;

/**
 * One passage behind an analyst view, as the timeline and the network list them: the article's
 * title, then the sentence or paragraph with the mention marked, wrapped to the list's width. A
 * click or Enter opens it. Style classes {@code passage-title}, {@code passage}, {@code passage-mark},
 * each also with the view's prefix ({@code timeline-passage-mark}, …) for the view's own rules.
 */
public final class PassageCell extends ListCell<Passage> {
    private final Label title = new Label();
    private final Text before = new Text();
    private final Text mark = new Text();
    private final Text after = new Text();
    private final TextFlow sentence = new TextFlow(before, mark, after);
    private final VBox box = new VBox(2, title, sentence);
    private final int context;

    /**
     * @param view    the view's prefix for its style classes ("timeline", "network")
     * @param context chars kept on each side of the mention (a long paragraph is cut with "…")
     * @param onOpen  what a click on the passage does
     */
    public PassageCell(String view, int context, Consumer<Passage> onOpen) {
        this.context = context;
        title.getStyleClass().addAll("passage-title", view + "-passage-title");
        mark.getStyleClass().addAll("passage-mark", view + "-passage-mark");
        sentence.getStyleClass().addAll("passage", view + "-passage");
        title.setWrapText(true);
        setPrefWidth(0); // wrap to the list's width rather than widen it
        sentence.maxWidthProperty().bind(widthProperty().subtract(24));
        sentence.prefWidthProperty().bind(widthProperty().subtract(24));
        title.maxWidthProperty().bind(widthProperty().subtract(24));
        for (Text t : new Text[] {before, mark, after}) {
            t.fillProperty().bind(textFillProperty());
        }
        setOnMouseClicked(e -> {
            if (getItem() != null && e.getButton() == MouseButton.PRIMARY) {
                onOpen.accept(getItem());
            }
        });
    }

    @Override
    protected void updateItem(Passage p, boolean empty) {
        super.updateItem(p, empty);
        setText(null);
        if (empty || p == null) {
            setGraphic(null);
            return;
        }
        String text = p.text().replace('\n', ' ');
        int from = Math.max(0, p.markStartInText() - context);
        int to = Math.min(text.length(), p.markEndInText() + context);
        title.setText(p.articleTitle());
        before.setText((from > 0 ? "…" : "") + text.substring(from, p.markStartInText()));
        mark.setText(text.substring(p.markStartInText(), p.markEndInText()));
        after.setText(text.substring(p.markEndInText(), to) + (to < text.length() ? "…" : ""));
        setGraphic(box);
    }
}
