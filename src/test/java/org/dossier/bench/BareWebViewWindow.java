package org.dossier.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.web.WebView;
import javafx.stage.Stage;

import org.dossier.base.StartupClock;

/**
 * The yardstick for Dossier's start-up (issue 7): a bare JavaFX window holding one WebView that loads
 * a small HTML string. Prints the same marks as {@code dossier.jar --measure-startup} ("window shown"
 * after {@code stage.show()}, "first article rendered" when the page has loaded) and exits. Run by
 * {@code src/test/bench/startup.sh}. A plain main class (not an {@code Application}) so it runs with
 * JavaFX on the class path.
 */
public final class BareWebViewWindow {
    private BareWebViewWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window itself. */
    public static final class App extends Application {
        private static final String PAGE = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Bare</title>"
                + "<style>body{font-family:serif;max-width:34em;margin:2em auto}</style></head><body>"
                + "<h1>A bare WebView</h1><p>One paragraph of text, to compare start-up times with.</p></body></html>";

        @Override
        public void start(Stage stage) {
            StartupClock clock = new StartupClock();
            WebView web = new WebView();
            web.getEngine().getLoadWorker().stateProperty().addListener((obs, old, state) -> {
                if (state == Worker.State.SUCCEEDED) {
                    clock.mark("first article rendered");
                    clock.print(System.out);
                    Platform.exit();
                }
            });
            stage.setScene(new Scene(web, 1200, 800));
            stage.setTitle("Bare WebView");
            stage.show();
            clock.mark("window shown");
            web.getEngine().loadContent(PAGE);
        }
    }
}
