package org.dossier.ui.timeline;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.dossier.analysis.Passage;

/** One passage of a bar: the article's title, then its sentence with the date marked. */
final class PassageCell extends ListCell<Passage> {
    private final Label title = new Label();
    private final Text before = new Text();
    private final Text mark = new Text();
    private final Text after = new Text();
    private final TextFlow sentence = new TextFlow(before, mark, after);
    private final VBox box = new VBox(2, title, sentence);

    PassageCell() {
        title.getStyleClass().add("timeline-passage-title");
        title.setStyle("-fx-font-weight: bold;");
        mark.getStyleClass().add("timeline-passage-mark");
        mark.setStyle("-fx-font-weight: bold; -fx-underline: true;");
        sentence.getStyleClass().add("timeline-passage");
        setPrefWidth(0); // wrap to the list's width rather than widen it
        sentence.maxWidthProperty().bind(widthProperty().subtract(24));
        sentence.prefWidthProperty().bind(widthProperty().subtract(24));
    }

    @Override
    protected void updateItem(Passage p, boolean empty) {
        super.updateItem(p, empty);
        if (empty || p == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        String text = p.text().replace('\n', ' ');
        title.setText(p.articleTitle());
        before.setText(text.substring(0, p.markStartInText()));
        mark.setText(text.substring(p.markStartInText(), p.markEndInText()));
        after.setText(text.substring(p.markEndInText()));
        before.fillProperty().bind(textFillProperty());
        mark.fillProperty().bind(textFillProperty());
        after.fillProperty().bind(textFillProperty());
        setText(null);
        setGraphic(box);
    }
}
