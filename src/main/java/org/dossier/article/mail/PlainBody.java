package org.dossier.article.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.dossier.article.Article;
import org.dossier.article.TextBuilder;

/**
 * A {@code text/plain} e-mail body as blocks: hard-wrapped lines joined into paragraphs, short lines
 * (a signature, an address) kept one block each, and quoted replies — lines starting with {@code >},
 * with the "On … wrote:" line before them, or everything below an Outlook "Original Message" rule —
 * made {@link Article.Block.Kind#QUOTE} blocks without their {@code >} marks, which the reading pane
 * folds away. Stateless.
 */
final class PlainBody {
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?i)^(on\\s.+(wrote|writes)|.+\\s(wrote|schrieb|a écrit|escribió|scrisse)|.+<[^>]+@[^>]+>\\s+wrote)\\s*:\\s*$");
    private static final Pattern ORIGINAL = Pattern.compile("(?i)^\\s*-{2,}\\s*(original message|forwarded message|ursprüngliche nachricht|message d'origine)\\s*-{2,}\\s*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*([-*•]|\\d{1,3}[.)])\\s+\\S.*");
    /** "From: …", "Sent: …": the header lines of a forwarded or quoted original, one block each. */
    private static final Pattern HEADER_LINE = Pattern.compile("^[A-Z][A-Za-z-]{1,24}:\\s.*");
    /** A paragraph whose longest line is at least this long was wrapped by the mailer. */
    private static final int WRAPPED_LINE = 45;

    private PlainBody() {
    }

    static void append(TextBuilder out, String body) {
        String[] lines = body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> run = new ArrayList<>();
        boolean quoted = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (ORIGINAL.matcher(line).matches()) {
                flush(out, run, quoted);
                List<String> rest = new ArrayList<>();
                for (int j = i; j < lines.length; j++) {
                    rest.add(lines[j]);
                }
                flush(out, rest, true);
                return;
            }
            boolean isQuote = line.startsWith(">");
            boolean startsQuote = !isQuote && ATTRIBUTION.matcher(line.strip()).matches() && nextIsQuote(lines, i + 1);
            if (startsQuote) {
                flush(out, run, quoted);
                quoted = true;
                out.add(Article.Block.Kind.QUOTE, line);
            } else if (isQuote) {
                if (!quoted) {
                    flush(out, run, false);
                    quoted = true;
                }
                run.add(line.replaceFirst("^(>\\s?)+", ""));
            } else if (quoted && line.isBlank() && nextIsQuote(lines, i + 1)) {
                run.add("");
            } else {
                if (quoted) {
                    flush(out, run, true);
                    quoted = false;
                }
                run.add(line);
            }
        }
        flush(out, run, quoted);
    }

    private static boolean nextIsQuote(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return lines[i].startsWith(">");
            }
        }
        return false;
    }

    /** Writes a run of lines as paragraphs (split at blank lines), then empties it. */
    private static void flush(TextBuilder out, List<String> run, boolean quote) {
        Article.Block.Kind kind = quote ? Article.Block.Kind.QUOTE : Article.Block.Kind.PARAGRAPH;
        List<String> paragraph = new ArrayList<>();
        for (String line : run) {
            if (line.isBlank()) {
                paragraph(out, paragraph, kind);
                paragraph.clear();
            } else {
                paragraph.add(line);
            }
        }
        paragraph(out, paragraph, kind);
        run.clear();
    }

    private static void paragraph(TextBuilder out, List<String> lines, Article.Block.Kind kind) {
        if (lines.isEmpty()) {
            return;
        }
        int longest = 0;
        for (String l : lines) {
            longest = Math.max(longest, l.strip().length());
        }
        String first = lines.get(0).strip();
        boolean headers = lines.size() >= 2 && (ORIGINAL.matcher(first).matches()
                || HEADER_LINE.matcher(first).matches() && HEADER_LINE.matcher(lines.get(1).strip()).matches());
        if (longest < WRAPPED_LINE || headers) {
            for (String l : lines) {
                out.add(kind, l.strip());
            }
            return;
        }
        StringBuilder joined = new StringBuilder();
        for (String l : lines) {
            String s = l.strip();
            if (joined.length() > 0 && LIST_ITEM.matcher(s).matches()) {
                out.add(kind, joined.toString());
                joined.setLength(0);
            }
            if (joined.length() > 0) {
                joined.append(' ');
            }
            joined.append(s);
        }
        out.add(kind, joined.toString());
    }
}
