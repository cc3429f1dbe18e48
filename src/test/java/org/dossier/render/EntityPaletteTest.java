package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The six entity colours, in both themes, as the reading pane and the legend define them: every pair
 * must stay apart for normal vision and for the three common colour-vision deficiencies (simulated
 * with Machado, Oliveira and Fernandes 2009, severity 1), each must stand out from the page, and
 * text on each must keep its contrast (WCAG).
 */
class EntityPaletteTest {
    private static final List<String> TYPES = List.of("person", "org", "location", "date", "quantity", "norp");
    /** CIEDE2000; about 2 is a just-noticeable difference, 10 is clearly another colour at a glance. */
    private static final double MIN_PAIR_DELTA = 10;
    private static final double MIN_PAGE_DELTA = 10;
    private static final Map<String, double[][]> VISION = Map.of(
            "normal", new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
            "protanopia", new double[][] {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}},
            "deuteranopia", new double[][] {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}},
            "tritanopia", new double[][] {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}});

    @ParameterizedTest(name = "{0} theme")
    @CsvSource({"light, ':root, .theme-light {', '.dossier.theme-light {', 7.0", "dark, '.theme-dark {', '.dossier.theme-dark {', 4.5"})
    void entityColoursStayApartForEveryoneAndKeepTextReadable(String theme, String readerBlock, String windowBlock,
                                                             double minContrast) throws IOException {
        Map<String, String> reader = properties(block(css("reader.css"), readerBlock), "--");
        Map<String, String> window = properties(block(css("../ui/dossier.css"), windowBlock), "-");
        Map<String, double[]> fills = new LinkedHashMap<>();
        for (String type : TYPES) {
            String colour = reader.get("entity-" + type);
            assertEquals(colour, window.get("entity-" + type), theme + " " + type + ": the legend shows the reading pane's colour");
            fills.put(type, rgb(colour));
        }
        double[] page = rgb(reader.get("bg"));
        double[] text = rgb(reader.get("fg"));
        for (var vision : VISION.entrySet()) {
            for (int i = 0; i < TYPES.size(); i++) {
                double[] a = lab(simulate(fills.get(TYPES.get(i)), vision.getValue()));
                double toPage = deltaE2000(a, lab(simulate(page, vision.getValue())));
                assertTrue(toPage >= MIN_PAGE_DELTA, theme + " " + TYPES.get(i) + " vs page, " + vision.getKey() + ": " + toPage);
                for (int j = i + 1; j < TYPES.size(); j++) {
                    double d = deltaE2000(a, lab(simulate(fills.get(TYPES.get(j)), vision.getValue())));
                    assertTrue(d >= MIN_PAIR_DELTA, theme + " " + TYPES.get(i) + " vs " + TYPES.get(j) + ", " + vision.getKey() + ": ΔE " + d);
                }
            }
        }
        for (String type : TYPES) {
            double c = contrast(fills.get(type), text);
            assertTrue(c >= minContrast, theme + " text on " + type + ": contrast " + c);
        }
    }

    /** Pairs 1 and 17 of Sharma, Wu and Dalal's test data: the formula is the published one. */
    @org.junit.jupiter.api.Test
    void deltaE2000MatchesThePublishedTestData() {
        assertEquals(2.0425, deltaE2000(new double[] {50, 2.6772, -79.7751}, new double[] {50, 0, -82.7485}), 1e-4);
        assertEquals(27.1492, deltaE2000(new double[] {50, 2.5, 0}, new double[] {73, 25, -18}), 1e-4);
    }

    private static String css(String name) throws IOException {
        try (InputStream in = ArticleRenderer.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Every block of {@code selector}, one after the other. */
    private static String block(String css, String selector) {
        StringBuilder blocks = new StringBuilder();
        for (int at = css.indexOf(selector); at >= 0; at = css.indexOf(selector, at + 1)) {
            blocks.append(css, at, css.indexOf('}', at));
        }
        assertTrue(blocks.length() > 0, "no " + selector);
        return blocks.toString();
    }

    private static Map<String, String> properties(String block, String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile(Pattern.quote(prefix) + "([a-z-]+):\\s*(#[0-9a-fA-F]{6})").matcher(block);
        while (m.find()) {
            out.put(m.group(1), m.group(2).toLowerCase());
        }
        return out;
    }

    private static double[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new double[] {(v >> 16 & 255) / 255.0, (v >> 8 & 255) / 255.0, (v & 255) / 255.0};
    }

    private static double linear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** Linear RGB as seen with the given deficiency. */
    private static double[] simulate(double[] srgb, double[][] m) {
        double[] l = {linear(srgb[0]), linear(srgb[1]), linear(srgb[2])};
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            out[i] = Math.min(1, Math.max(0, m[i][0] * l[0] + m[i][1] * l[1] + m[i][2] * l[2]));
        }
        return out;
    }

    private static double luminance(double[] srgb) {
        return 0.2126 * linear(srgb[0]) + 0.7152 * linear(srgb[1]) + 0.0722 * linear(srgb[2]);
    }

    private static double contrast(double[] a, double[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** CIE L*a*b* (D65) of linear RGB. */
    private static double[] lab(double[] l) {
        double x = (0.4124 * l[0] + 0.3576 * l[1] + 0.1805 * l[2]) / 0.95047;
        double y = 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
        double z = (0.0193 * l[0] + 0.1192 * l[1] + 0.9505 * l[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    /** CIEDE2000 colour difference (Sharma, Wu and Dalal 2005). */
    static double deltaE2000(double[] p, double[] q) {
        double c1 = Math.hypot(p[1], p[2]);
        double c2 = Math.hypot(q[1], q[2]);
        double cMean7 = Math.pow((c1 + c2) / 2, 7);
        double g = 0.5 * (1 - Math.sqrt(cMean7 / (cMean7 + Math.pow(25, 7))));
        double a1 = (1 + g) * p[1];
        double a2 = (1 + g) * q[1];
        double c1p = Math.hypot(a1, p[2]);
        double c2p = Math.hypot(a2, q[2]);
        double h1 = (Math.toDegrees(Math.atan2(p[2], a1)) + 360) % 360;
        double h2 = (Math.toDegrees(Math.atan2(q[2], a2)) + 360) % 360;
        double dL = q[0] - p[0];
        double dC = c2p - c1p;
        double dh = c1p * c2p == 0 ? 0 : h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 < -180 ? h2 - h1 + 360 : h2 - h1;
        double dH = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(dh / 2));
        double lMean = (p[0] + q[0]) / 2;
        double cMean = (c1p + c2p) / 2;
        double hMean = c1p * c2p == 0 ? h1 + h2 : Math.abs(h1 - h2) <= 180 ? (h1 + h2) / 2
                : h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
        double t = 1 - 0.17 * Math.cos(Math.toRadians(hMean - 30)) + 0.24 * Math.cos(Math.toRadians(2 * hMean))
                + 0.32 * Math.cos(Math.toRadians(3 * hMean + 6)) - 0.20 * Math.cos(Math.toRadians(4 * hMean - 63));
        double dTheta = 30 * Math.exp(-Math.pow((hMean - 275) / 25, 2));
        double rc = 2 * Math.sqrt(Math.pow(cMean, 7) / (Math.pow(cMean, 7) + Math.pow(25, 7)));
        double sl = 1 + 0.015 * Math.pow(lMean - 50, 2) / Math.sqrt(20 + Math.pow(lMean - 50, 2));
        double sc = 1 + 0.045 * cMean;
        double sh = 1 + 0.015 * cMean * t;
        double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;
        return Math.sqrt(Math.pow(dL / sl, 2) + Math.pow(dC / sc, 2) + Math.pow(dH / sh, 2) + rt * (dC / sc) * (dH / sh));
    }
}
