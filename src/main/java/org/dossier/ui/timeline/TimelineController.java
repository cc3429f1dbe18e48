package org.dossier.ui.timeline;

import javafx.scene.control.Label;
import javafx.scene.control.Tab;

import org.dossier.ui.analysis.LibraryAnalysis;
import org.dossier.ui.reader.ReaderPane;
import org.dossier.ui.session.ReadingSession;

/** The Timeline tab: the library's articles by publication date and its events by mentioned date. */
public final class TimelineController {
    private final Tab tab = new Tab("Timeline", new Label("The timeline is being built."));

    public TimelineController(ReadingSession session, ReaderPane reader, LibraryAnalysis analysis) {
        tab.setClosable(false);
    }

    public Tab tab() {
        return tab;
    }
}
