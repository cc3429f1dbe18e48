package org.dossier.search;

import static org.dossier.search.IndexDocuments.F_TEXT;
import static org.dossier.search.IndexDocuments.F_TITLE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;

/**
 * The classic query syntax over both views of the words ({@link LanguageFields}): a bare word
 * matches its word forms in the word-form fields of the given languages and the word as written in
 * the surface fields; a quoted phrase, a prefix ({@code word*}), a wildcard, a fuzzy word or a range
 * matches the surface fields only, so quotes ask for exactly what is written. {@code title:word}
 * and {@code text:word} reach the word-form fields of that part too. Title fields count double when
 * {@code titles} is set. Not thread-safe: make one per parse.
 */
final class WordFormQueryParser extends MultiFieldQueryParser {
    /** The surface-only parser that quoted and pattern parts go to; null in that parser itself. */
    private final WordFormQueryParser surface;
    /** Per logical field ("title", "text"): a parser over that part's surface and word-form fields. */
    private final Map<String, WordFormQueryParser> parts;

    /**
     * @param languages the languages whose word-form fields to search (those the index holds)
     * @param titles    whether to search the title fields (title words counting double) besides the text
     */
    static WordFormQueryParser create(Analyzer analyzer, Collection<String> languages, boolean titles) {
        Map<String, WordFormQueryParser> parts = new HashMap<>();
        WordFormQueryParser surface = new WordFormQueryParser(analyzer, titles ? new String[] {F_TITLE, F_TEXT}
                : new String[] {F_TEXT}, null, Map.of());
        WordFormQueryParser titleSurface = new WordFormQueryParser(analyzer, new String[] {F_TITLE}, null, Map.of());
        WordFormQueryParser textSurface = new WordFormQueryParser(analyzer, new String[] {F_TEXT}, null, Map.of());
        List<String> titleFields = new ArrayList<>(List.of(F_TITLE));
        List<String> textFields = new ArrayList<>(List.of(F_TEXT));
        for (String l : languages) {
            titleFields.add(LanguageFields.title(l));
            textFields.add(LanguageFields.text(l));
        }
        parts.put(F_TITLE, new WordFormQueryParser(analyzer, titleFields.toArray(String[]::new), titleSurface, Map.of()));
        parts.put(F_TEXT, new WordFormQueryParser(analyzer, textFields.toArray(String[]::new), textSurface, Map.of()));
        List<String> all = new ArrayList<>(textFields);
        if (titles) {
            all.addAll(0, titleFields);
        }
        return new WordFormQueryParser(analyzer, all.toArray(String[]::new), surface, parts);
    }

    private WordFormQueryParser(Analyzer analyzer, String[] fields, WordFormQueryParser surface,
                                Map<String, WordFormQueryParser> parts) {
        super(fields, analyzer, boosts(fields));
        this.surface = surface;
        this.parts = parts;
        setDefaultOperator(Operator.AND);
        setAllowLeadingWildcard(false);
    }

    private static Map<String, Float> boosts(String[] fields) {
        Map<String, Float> boosts = new HashMap<>();
        boolean both = false;
        for (String f : fields) {
            both |= f.equals(F_TEXT) || f.startsWith(F_TEXT + "_");
        }
        for (String f : fields) {
            boolean title = f.equals(F_TITLE) || f.startsWith(F_TITLE + "_");
            boosts.put(f, title && both ? 2f : 1f);
        }
        return boosts;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        if (surface != null) {
            if (quoted) {
                return surface.getFieldQuery(field, queryText, true);
            }
            if (field != null && parts.containsKey(field)) {
                return parts.get(field).getFieldQuery(null, queryText, false);
            }
        }
        return super.getFieldQuery(field, queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        return surface != null ? surface.getFieldQuery(field, queryText, slop) : super.getFieldQuery(field, queryText, slop);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        return surface != null ? surface.getPrefixQuery(field, termStr) : super.getPrefixQuery(field, termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        return surface != null ? surface.getWildcardQuery(field, termStr) : super.getWildcardQuery(field, termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        return surface != null ? surface.getFuzzyQuery(field, termStr, minSimilarity)
                : super.getFuzzyQuery(field, termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        return surface != null ? surface.getRegexpQuery(field, termStr) : super.getRegexpQuery(field, termStr);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        return surface != null ? surface.getRangeQuery(field, part1, part2, startInclusive, endInclusive)
                : super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }
}
