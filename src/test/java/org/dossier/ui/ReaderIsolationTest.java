package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

import org.dossier.render.ArticleRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Article HTML is untrusted: rendering an article whose every element points at a server on loopback
 * must send that server nothing. A control run proves the server would have seen the fetches.
 */
class ReaderIsolationTest extends AppHarness {
    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private String base;

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().toString());
            exchange.sendResponseHeaders(200, 0);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopAll() throws Exception {
        server.stop(0);
        stop();
    }

    private String hostileBody(String phase) {
        String base = this.base + "/" + phase;
        return "<img src='" + base + "/img.png'>"
                + "<script src='" + base + "/script.js'></script>"
                + "<iframe src='" + base + "/frame.html'></iframe>"
                + "<link rel='stylesheet' href='" + base + "/style.css'>"
                + "<style>body { background: url(" + base + "/css-url.png); }</style>"
                + "<div style=\"background-image:url('" + base + "/inline-url.png')\">Styled</div>"
                + "<img src='missing' onerror=\"new Image().src='" + base + "/onerror'\">"
                + "<script>new Image().src='" + base + "/inline-script';</script>"
                + "<p>Ceasefire talks resumed in Geneva on Monday, the envoy said.</p>";
    }

    @Test
    void renderingAHostileArticleFetchesNothing() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("articles"));
        Files.writeString(folder.resolve("hostile.html"), "<html><head><title>Hostile article</title>"
                + "<link rel='stylesheet' href='" + base + "/head.css'></head><body><article>" + hostileBody("article")
                + "</article></body></html>");
        start(temp.resolve("home"), "--articles", folder.toString());
        waitForReaderTitle("Hostile article");
        assertTrue(((String) script("document.getElementById('dossier-text').textContent")).contains("Ceasefire talks"));
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        assertEquals(List.of(), requests);
    }

    @Test
    void theContentSecurityPolicyAloneBlocksEveryFetch() throws Exception {
        start(temp.resolve("home"), "--articles", SEEDS.toString());
        waitUntil(() -> readerTitle() != null);

        // Control: the same markup without our policy does reach the server, so silence below means something.
        load("<html><head><title>control</title></head><body>" + hostileBody("control") + "</body></html>");
        waitUntil(() -> !requests.isEmpty());

        load("<html><head><meta http-equiv='Content-Security-Policy' content=\"" + ArticleRenderer.CSP + "\">"
                + "<title>guarded</title></head><body>" + hostileBody("guarded") + "</body></html>");
        waitForReaderTitle("guarded");
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        assertEquals(List.of(), requests.stream().filter(r -> r.startsWith("/guarded")).toList());
        assertEquals(4, script("2 + 2"), "our own Java-side calls still work under the policy");
    }

    private void load(String html) throws Exception {
        fx(() -> {
            webView().getEngine().loadContent(html);
            return null;
        });
    }
}
