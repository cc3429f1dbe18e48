package org.dossier.fuzz;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Random;

/**
 * Seeded generator of hostile input for the parsers and the annotator: random bytes, text in mixed
 * scripts (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, CJK, Hangul as jamo, emoji beyond the
 * BMP, lone surrogates), names written decomposed (NFD), markup of each format (HTML tags, entities,
 * comments; Markdown quotes, lists, emphasis, links, fences; front matter), very deep nesting and
 * very long tokens. The same seed always gives the same input, so a failure names its case. Not
 * thread-safe: one per thread.
 */
public final class FuzzText {
    private static final String[] WORDS = {
        "Syria", "Geneva", "Zürich", "Genève", "São Paulo", "Erdoğan", "Recep Tayyip Erdoğan", "John Kerry",
        "Sergey Lavrov", "UN", "U.S.", "al-Assad", "de Mistura", "Friday", "July 8, 2017", "260,000", "17 countries",
        "Москва", "Путин", "Αθήνα", "دمشق", "בירושלים", "नई दिल्ली", "北京", "東京", "서울", "😀", "👩‍👩‍👧",
        "the", "of", "and", "said", "in", "Mr.", "O'Brien", "—", "“quoted”", "‘single’", "...", "?", "!", ";",
    };
    private static final String[] HTML = {
        "<p>", "</p>", "<div>", "</div>", "<article>", "</article>", "<main>", "<h1>", "</h1>", "<li>", "<ul>", "</ul>",
        "<blockquote>", "</blockquote>", "<em>", "</em>", "<b>", "<a href=\"http://example.com/x\">", "</a>",
        "<script>alert(1)</script>", "<style>p{}</style>", "<!--", "-->", "<![CDATA[", "]]>", "<br>", "<img src=x>",
        "&amp;", "&lt;", "&#x1F600;", "&#0;", "&#xD800;", "&nbsp;", "&unknown;", "<title>", "</title>",
        "<meta property=\"og:title\" content=\"T\">", "<time datetime=\"2017-07-08\">", "<", ">", "\"", "<p class=\"nav\">",
        "<svg><p>", "<table><tr><td>", "<pre>", "</pre>", "<noscript>", "<template>", "<iframe>",
    };
    private static final String[] MARKDOWN = {
        "# ", "## ", "> ", ">", "- ", "* ", "1. ", "*", "**", "_", "__", "`", "```\n", "~~~\n", "[", "](", ")", "![",
        "<div>", "</div>", "\\", "---\n", "***\n", "    ", "\t", "&amp;", "<!--", "-->", "[x]: http://e.com\n", "|", "===\n",
    };

    private final Random random;

    public FuzzText(long seed) {
        this.random = new Random(seed);
    }

    public Random random() {
        return random;
    }

    /** Any bytes at all. */
    public byte[] bytes(int max) {
        byte[] b = new byte[random.nextInt(max + 1)];
        random.nextBytes(b);
        return b;
    }

    /** Text of words in many scripts, punctuation, line breaks, some decomposed, some lone surrogates. */
    public String text(int maxChars) {
        StringBuilder sb = new StringBuilder();
        int target = random.nextInt(maxChars + 1);
        while (sb.length() < target) {
            int pick = random.nextInt(100);
            if (pick < 70) {
                String w = WORDS[random.nextInt(WORDS.length)];
                sb.append(random.nextInt(4) == 0 ? Normalizer.normalize(w, Normalizer.Form.NFD) : w);
            } else if (pick < 80) {
                sb.append((char) random.nextInt(0x10000)); // any UTF-16 unit, a lone surrogate included
            } else if (pick < 85) {
                sb.appendCodePoint(0x10000 + random.nextInt(0x100000));
            } else if (pick < 90) {
                sb.append("\u1100\u1161\u11A8".repeat(1 + random.nextInt(3))); // Hangul as jamo
            } else if (pick < 95) {
                sb.append(random.nextBoolean() ? "\n" : "\r\n");
            } else {
                sb.append("e\u0301\u0323\u0308".substring(0, 1 + random.nextInt(4))); // stacked marks
            }
            sb.append(random.nextInt(5) == 0 ? "" : " ");
        }
        return sb.toString();
    }

    /** Markup of a format mixed with text, sometimes nested thousands deep, sometimes with one huge token. */
    public String markup(String[] vocabulary, int maxChars) {
        StringBuilder sb = new StringBuilder();
        int target = random.nextInt(maxChars + 1);
        while (sb.length() < target) {
            int pick = random.nextInt(100);
            if (pick < 45) {
                sb.append(vocabulary[random.nextInt(vocabulary.length)]);
            } else if (pick < 90) {
                sb.append(text(40));
            } else if (pick < 95) {
                sb.append(vocabulary[random.nextInt(vocabulary.length)].repeat(100 + random.nextInt(3000)));
            } else if (pick < 98) {
                sb.append("x".repeat(1000 + random.nextInt(50_000)));
            } else {
                sb.append(random.nextBoolean() ? "\n\n" : "\u0000");
            }
        }
        return sb.toString();
    }

    public String html(int maxChars) {
        return markup(HTML, maxChars);
    }

    public String markdown(int maxChars) {
        String body = markup(MARKDOWN, maxChars);
        return random.nextInt(5) == 0 ? "---\ntitle: " + text(30).replace('\n', ' ') + "\ndate: 2017-07-08\n---\n" + body : body;
    }

    /** The bytes of {@code text}, as UTF-8 or (one time in five) as Latin-1, which is then rarely valid UTF-8. */
    public byte[] encode(String text) {
        return random.nextInt(5) == 0 ? text.getBytes(StandardCharsets.ISO_8859_1) : text.getBytes(StandardCharsets.UTF_8);
    }

    /** How many cases a fuzz test runs: a few hundred in the build, more with -Ddossier.fuzz.cases=N. */
    public static int cases(int inBuild) {
        return Integer.getInteger("dossier.fuzz.cases", inBuild);
    }

    /** The first seed; -Ddossier.fuzz.seed=S starts elsewhere (a failure prints its seed). */
    public static long firstSeed() {
        return Long.getLong("dossier.fuzz.seed", 17L);
    }
}
