package org.dossier.ui.notebook;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.dossier.ui.session.Dialogs;

/**
 * The small editor that opens when a passage is bookmarked: the quote, a note, and tags with
 * completion from the tags already in the notebook. The caret starts in the note; Tab and Shift+Tab
 * move between the fields; Enter (or Ctrl+Enter) saves, Shift+Enter starts a new line in the note;
 * Esc cancels. The dialog is modal: no key reaches the main window while it is open.
 */
final class BookmarkEditor {
    /** What the user typed. */
    record Result(String note, List<String> tags) {
    }

    private BookmarkEditor() {
    }

    static Optional<Result> show(Window owner, String quote, String note, List<String> tags,
                                 Function<String, Set<String>> tagsStartingWith) {
        Dialog<Result> dialog = new Dialog<>();
        Dialogs.styleLike(dialog, owner);
        dialog.setTitle("Bookmark — Dossier");
        dialog.setHeaderText(null);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);

        Label passage = new Label("“" + abbreviate(quote, 240) + "”");
        passage.setWrapText(true);
        passage.setMaxWidth(420);
        passage.getStyleClass().add("bookmark-quote");
        TextArea noteField = new TextArea(note);
        noteField.setId("bookmark-note");
        noteField.setPromptText("Note");
        noteField.setPrefRowCount(3);
        noteField.setWrapText(true);
        TextField tagField = new TextField(String.join(", ", tags));
        tagField.setId("bookmark-tags");
        tagField.setPromptText("Tags, separated by commas");
        completeTags(tagField, tagsStartingWith);

        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        Button cancelButton = (Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
        // In the note: Enter or Ctrl+Enter saves, Shift+Enter keeps a line break, and Tab / Shift+Tab
        // move between the fields (a TextArea would insert a tab and the tags would end up in the note).
        noteField.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShiftDown()) {
                e.consume(); // the TextArea itself ignores Shift+Enter
                noteField.replaceSelection("\n");
            } else if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                saveButton.fire();
            } else if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                (e.isShiftDown() ? cancelButton : tagField).requestFocus();
            }
        });
        VBox box = new VBox(8, passage, noteField, tagField);
        box.setPadding(new Insets(10));
        dialog.getDialogPane().setContent(box);
        focusNoteWhenShown(dialog, noteField);
        dialog.setResultConverter(button -> button == save ? new Result(noteField.getText().strip(), parseTags(tagField.getText())) : null);
        return dialog.showAndWait();
    }

    /**
     * Puts the caret in the note as soon as the dialog can take keys, so that typing at once goes
     * there. Focusing it in {@code onShown} alone is not enough: the dialog then gives the focus to
     * its default button (Save), where the first space would save an empty bookmark. So the note
     * asks again once the window has settled, and whenever the window gains the focus while nothing
     * in it has been chosen yet.
     */
    private static void focusNoteWhenShown(Dialog<?> dialog, TextArea noteField) {
        dialog.setOnShown(e -> {
            Window window = dialog.getDialogPane().getScene().getWindow();
            window.requestFocus();
            noteField.requestFocus();
            Platform.runLater(noteField::requestFocus);
            window.focusedProperty().addListener((o, was, focused) -> {
                Node owner = dialog.getDialogPane().getScene().getFocusOwner();
                if (focused && (owner == null || owner instanceof Button)) {
                    noteField.requestFocus();
                }
            });
        });
    }

    /** "Russia, talks ,,Geneva" → [Russia, talks, Geneva]. */
    static List<String> parseTags(String text) {
        Set<String> tags = new LinkedHashSet<>();
        Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(tags::add);
        return List.copyOf(tags);
    }

    /** Suggests existing tags for the tag being typed (the text after the last comma). */
    private static void completeTags(TextField field, Function<String, Set<String>> tagsStartingWith) {
        ContextMenu suggestions = new ContextMenu();
        suggestions.setId("tag-suggestions");
        field.textProperty().addListener((o, a, text) -> {
            int comma = text.lastIndexOf(',');
            String typed = text.substring(comma + 1).strip();
            suggestions.getItems().clear();
            if (typed.isEmpty() || !field.isFocused()) {
                suggestions.hide();
                return;
            }
            for (String tag : tagsStartingWith.apply(typed)) {
                if (tag.equals(typed) || suggestions.getItems().size() >= 8) {
                    continue;
                }
                MenuItem item = new MenuItem(tag);
                item.setOnAction(e -> {
                    field.setText(text.substring(0, comma + 1) + (comma >= 0 ? " " : "") + tag + ", ");
                    field.positionCaret(field.getText().length());
                });
                suggestions.getItems().add(item);
            }
            if (suggestions.getItems().isEmpty()) {
                suggestions.hide();
            } else if (!suggestions.isShowing()) {
                suggestions.show(field, javafx.geometry.Side.BOTTOM, 0, 0);
            }
        });
    }

    static String abbreviate(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
