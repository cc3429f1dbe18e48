package org.dossier.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Writes a news-like corpus for benchmarks: plain text, saved pages and Markdown, 1 KB to 200 KB,
 * with names, places, organisations, sources and dates drawn from the word lists in
 * {@code corpus-words.txt}. Article {@code i} depends only on the seed and {@code i} (each has its own
 * {@link Random}), so the same seed and count give the same bytes, and a smaller corpus is a prefix
 * of a larger one. Immutable; {@link #write} may run in parallel.
 */
public final class CorpusGenerator {
    public static final long DEFAULT_SEED = 7L;
    static final int MIN_BYTES = 1024;
    static final int MAX_BYTES = 200 * 1024;
    private static final LocalDate FIRST_DAY = LocalDate.of(2014, 1, 1);
    private static final int DAYS = 12 * 365;
    private static final Map<String, List<String>> WORDS = loadWords();

    private final long seed;
    /** Whether every tenth article is a PDF, an e-mail, a single-file page or a feed (in turn). */
    private final boolean formats;

    public CorpusGenerator(long seed) {
        this(seed, false);
    }

    /** With {@code formats}, PDFs, e-mails, single-file pages and feeds are mixed in (see {@link FormatCorpus}). */
    public CorpusGenerator(long seed, boolean formats) {
        this.seed = seed;
        this.formats = formats;
    }

    /** What was written. */
    public record Stats(int articles, long bytes) {
    }

    /** Writes articles {@code 0 … count-1} into {@code dir}, which must exist. */
    public Stats write(Path dir, int count) throws IOException {
        try {
            long bytes = IntStream.range(0, count).parallel().mapToLong(i -> {
                GeneratedArticle a = article(i);
                try {
                    byte[] content = a.bytes();
                    Files.write(dir.resolve(a.fileName()), content);
                    return content.length;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
            return new Stats(count, bytes);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * One generated article: its file name and content ({@code binary} for a PDF, null otherwise).
     * A feed's title and date are its first item's.
     */
    public record GeneratedArticle(String fileName, String content, String title, LocalDate date, String source,
                                   byte[] binary) {
        public GeneratedArticle(String fileName, String content, String title, LocalDate date, String source) {
            this(fileName, content, title, date, source, null);
        }

        /** What is written to the file. */
        public byte[] bytes() {
            return binary != null ? binary : content.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Article number {@code index} of this seed's corpus. */
    public GeneratedArticle article(int index) {
        Random r = new Random(seed * 0x9E3779B97F4A7C15L + index * 1_000_003L + 17);
        LocalDate date = FIRST_DAY.plusDays(r.nextInt(DAYS));
        String source = pick(r, "source");
        String place = pick(r, "place");
        String title = title(r, place);
        String author = person(r);
        int target = targetBytes(r, index);
        int kind = r.nextInt(10);
        String ext = kind < 5 ? "txt" : kind < 8 ? "html" : "md";
        int overhead = render(ext, new Random(0), title, date, author, source, List.of()).length();
        List<String> paragraphs = paragraphs(r, place, target - overhead);
        String content = render(ext, r, title, date, author, source, paragraphs);
        if (formats && index % 10 == 9) {
            return otherKind(index, title, date, author, source, paragraphs, content, ext);
        }
        String fileName = String.format(Locale.ROOT, "%05d-%s.%s", index, slug(title), ext);
        return new GeneratedArticle(fileName, content, title, date, source);
    }

    /** Every tenth article, in turn a PDF, an e-mail, a single-file page and a feed. */
    private static GeneratedArticle otherKind(int index, String title, LocalDate date, String author, String source,
                                              List<String> paragraphs, String rendered, String ext) {
        String name = String.format(Locale.ROOT, "%05d-%s", index, slug(title));
        return switch ((index / 10) % 4) {
            case 0 -> new GeneratedArticle(name + ".pdf", "", title, date, author,
                    FormatCorpus.pdf(title, date, author, source, paragraphs, index % 20 == 9));
            case 1 -> new GeneratedArticle(name + ".eml", FormatCorpus.eml(index, title, date, author, source, paragraphs),
                    title, date, author);
            case 2 -> new GeneratedArticle(name + ".mhtml", FormatCorpus.mhtml(index, title, date,
                    ext.equals("html") ? rendered : html(new Random(index), title, date, author, source, paragraphs)),
                    title, date, source);
            default -> new GeneratedArticle(name + ".rss", FormatCorpus.rss(title, date, author, source, paragraphs),
                    title, date, author);
        };
    }

    private static String render(String ext, Random r, String title, LocalDate date, String author, String source,
                                 List<String> paragraphs) {
        return switch (ext) {
            case "txt" -> text(title, date, author, source, paragraphs);
            case "html" -> html(r, title, date, author, source, paragraphs);
            default -> markdown(title, date, author, source, paragraphs);
        };
    }

    /**
     * Mostly news-sized (log-normal around 5 KB), clipped to 1–200 KB; every 250th article is long
     * (100–200 KB) and every 97th short, so both ends of the range are always present.
     */
    private static int targetBytes(Random r, int index) {
        if (index % 250 == 249) {
            return 100 * 1024 + r.nextInt(96 * 1024);
        }
        if (index % 97 == 96) {
            return MIN_BYTES + r.nextInt(512);
        }
        double kb = Math.exp(Math.log(5) + 0.9 * r.nextGaussian());
        return (int) Math.max(MIN_BYTES, Math.min(MAX_BYTES, kb * 1024));
    }

    private static String title(Random r, String place) {
        String p = capitalise(place);
        return switch (r.nextInt(5)) {
            case 0 -> p + " " + pick(r, "verbpast") + " " + pick(r, "adj") + " " + pick(r, "noun");
            case 1 -> capitalise(pick(r, "people")) + " in " + p + " " + pick(r, "verb") + " the " + pick(r, "noun");
            case 2 -> capitalise(pick(r, "adj")) + " " + pick(r, "noun") + " in " + p + " as " + org(r, place) + " meets";
            case 3 -> org(r, place) + " to " + pick(r, "verb") + " " + pick(r, "noun") + " " + pick(r, "timeframe");
            default -> "What the " + pick(r, "noun") + " means for " + p;
        };
    }

    /** Paragraphs of about {@code goal} characters in all (the last one may run over by a few sentences). */
    private static List<String> paragraphs(Random r, String place, int goal) {
        List<String> out = new ArrayList<>();
        int size = 0;
        while (size < goal || out.isEmpty()) {
            StringBuilder p = new StringBuilder();
            int sentences = 2 + r.nextInt(5);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    p.append(' ');
                }
                p.append(sentence(r, r.nextInt(4) == 0 ? pick(r, "place") : place));
            }
            out.add(p.toString());
            size += p.length() + 2;
        }
        return out;
    }

    private static String sentence(Random r, String place) {
        return switch (r.nextInt(8)) {
            case 0 -> person(r) + ", " + pick(r, "role") + " at the " + org(r, place) + ", said on "
                    + pick(r, "weekday") + " that the " + pick(r, "adj") + " " + pick(r, "noun") + " in " + place
                    + " would " + pick(r, "verb") + " the " + pick(r, "noun") + " " + pick(r, "timeframe") + ".";
            case 1 -> capitalise("officials in " + place) + " " + pick(r, "verbpast") + " the " + pick(r, "noun")
                    + " after " + (2 + r.nextInt(60)) + " days of " + pick(r, "noun") + " talks.";
            case 2 -> "The " + org(r, place) + " " + pick(r, "verbpast") + " " + withArticle(pick(r, "adj")) + " "
                    + pick(r, "noun") + " on " + pick(r, "weekday") + ", according to " + pick(r, "source") + ".";
            case 3 -> "\u201C" + pick(r, "quote") + ",\u201D said " + person(r) + ", " + withArticle(pick(r, "role"))
                    + " from " + place + ".";
            case 4 -> "The " + pick(r, "noun") + " has been " + pick(r, "verbpast") + " twice since "
                    + Month.of(1 + r.nextInt(12)).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", and "
                    + pick(r, "people") + " say the " + pick(r, "adj") + " " + pick(r, "noun") + " costs "
                    + (1 + r.nextInt(900)) + " million.";
            case 5 -> "In " + place + ", " + (20 + r.nextInt(5000)) + " " + pick(r, "people")
                    + " gathered near the " + pick(r, "building") + " to " + pick(r, "verb") + " the "
                    + pick(r, "noun") + ".";
            case 6 -> person(r) + " of the " + org(r, pick(r, "place")) + " and " + person(r)
                    + " are expected to " + pick(r, "verb") + " the " + pick(r, "adj") + " " + pick(r, "noun")
                    + " " + pick(r, "timeframe") + ".";
            default -> "Critics in " + place + " " + pick(r, "verbpast") + " the plan, while the "
                    + pick(r, "role") + " called it " + pick(r, "adj") + ".";
        };
    }

    private static String person(Random r) {
        return pick(r, "first") + " " + pick(r, "last");
    }

    private static String org(Random r, String place) {
        String p = place.startsWith("the ") ? place.substring(4) : place;
        return r.nextBoolean() ? p + " " + pick(r, "orgkind") : pick(r, "orgkind") + " of " + p;
    }

    private static String text(String title, LocalDate date, String author, String source, List<String> paragraphs) {
        StringBuilder b = new StringBuilder();
        b.append(title).append("\n\n").append("Posted ").append(dateline(date)).append("\n\n")
                .append("By ").append(author).append(", ").append(source).append("\n\n");
        b.append(String.join("\n\n", paragraphs)).append('\n');
        return b.toString();
    }

    private static String html(Random r, String title, LocalDate date, String author, String source,
                               List<String> paragraphs) {
        StringBuilder b = new StringBuilder(paragraphs.size() * 400 + 1500);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(esc(title)).append(" | ").append(esc(source)).append("</title>\n")
                .append("<meta property=\"og:title\" content=\"").append(esc(title)).append("\">\n")
                .append("<meta property=\"og:site_name\" content=\"").append(esc(source)).append("\">\n")
                .append("<meta property=\"article:published_time\" content=\"").append(date)
                .append(String.format(Locale.ROOT, "T%02d:%02d:00Z", r.nextInt(24), r.nextInt(60))).append("\">\n")
                .append("<meta name=\"author\" content=\"").append(esc(author)).append("\">\n")
                .append("<link rel=\"stylesheet\" href=\"/static/site.css\">\n</head>\n<body>\n")
                .append("<nav class=\"site-nav\"><a href=\"/\">Home</a> <a href=\"/world\">World</a> ")
                .append("<a href=\"/business\">Business</a> <a href=\"/opinion\">Opinion</a></nav>\n")
                .append("<div class=\"ad-slot\">Advertisement</div>\n<main>\n<article>\n")
                .append("<h1>").append(esc(title)).append("</h1>\n")
                .append("<p class=\"byline\">By ").append(esc(author)).append(" \u00B7 <time datetime=\"")
                .append(date).append("\">").append(dateline(date)).append("</time></p>\n");
        for (String p : paragraphs) {
            b.append("<p>").append(esc(p)).append("</p>\n");
        }
        b.append("</article>\n<aside class=\"related\"><h2>Related</h2><ul><li><a href=\"/a\">More from ")
                .append(esc(source)).append("</a></li></ul></aside>\n</main>\n")
                .append("<footer><p>\u00A9 ").append(date.getYear()).append(' ').append(esc(source))
                .append(". All rights reserved.</p><div class=\"newsletter\">Subscribe to our newsletter</div></footer>\n")
                .append("<script>window.dataLayer = [];</script>\n</body>\n</html>\n");
        return b.toString();
    }

    private static String markdown(String title, LocalDate date, String author, String source, List<String> paragraphs) {
        StringBuilder b = new StringBuilder();
        b.append("---\ntitle: \"").append(title).append("\"\ndate: ").append(date).append("\nsource: ")
                .append(source).append("\nauthor: ").append(author).append("\n---\n\n# ").append(title).append("\n\n");
        b.append(String.join("\n\n", paragraphs)).append('\n');
        return b.toString();
    }

    private static String dateline(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                + String.format(Locale.ROOT, " %02d, %d", d.getDayOfMonth(), d.getYear());
    }

    private static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.length() > 48 ? s.substring(0, 48).replaceAll("-[^-]*$", "") : s;
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String withArticle(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String pick(Random r, String list) {
        List<String> words = WORDS.get(list);
        return words.get(r.nextInt(words.size()));
    }

    private static Map<String, List<String>> loadWords() {
        Map<String, List<String>> words = new HashMap<>();
        try (InputStream in = CorpusGenerator.class.getResourceAsStream("corpus-words.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> current = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    current = words.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
                } else if (current != null) {
                    current.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(words);
    }
}
