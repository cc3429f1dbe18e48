package org.dossier.search;

import static org.dossier.search.IndexDocuments.F_DATE;
import static org.dossier.search.IndexDocuments.F_ENTITY;
import static org.dossier.search.IndexDocuments.F_ENTITY_TYPE;
import static org.dossier.search.IndexDocuments.F_SOURCE_KEY;
import static org.dossier.search.IndexDocuments.F_TEXT;
import static org.dossier.search.IndexDocuments.F_TITLE;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what the user asked into Lucene queries: a {@link SearchQuery} (the text in the classic
 * syntax — {@code "phrases"}, {@code OR}, {@code -word}, {@code word*} — over title and text, bare
 * words as word forms too, title words counting double, plus its filters), the article list's words-as-prefixes filter, and the
 * positive part of a query that the reading pane marks. Thread-safe (the analyzer is; parsers are
 * made per call).
 */
final class QueryParsing {
    private final Analyzer analyzer;

    QueryParsing(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * The Lucene query: the parsed text (title and text, as written and as word forms in each of
     * {@code languages}, see {@link WordFormQueryParser}) plus the filters as non-scoring clauses.
     */
    Query toLucene(SearchQuery q, Collection<String> languages) throws QuerySyntaxException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (q.hasText()) {
            b.add(parse(q.text(), WordFormQueryParser.create(analyzer, languages, true)), BooleanClause.Occur.MUST);
        } else {
            b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        if (q.entityId() != null) {
            b.add(new TermQuery(new Term(F_ENTITY, q.entityId())), BooleanClause.Occur.FILTER);
        }
        if (q.entityType() != null) {
            b.add(new TermQuery(new Term(F_ENTITY_TYPE, SearchQuery.normalise(q.entityType()))), BooleanClause.Occur.FILTER);
        }
        if (q.source() != null) {
            b.add(new TermQuery(new Term(F_SOURCE_KEY, SearchQuery.normalise(q.source()))), BooleanClause.Occur.FILTER);
        }
        if (q.from() != null || q.to() != null) {
            long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
            long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
            if (from > to) {
                throw new QuerySyntaxException("The start date " + q.from() + " is after the end date " + q.to() + ".");
            }
            b.add(LongPoint.newRangeQuery(F_DATE, from, to), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /**
     * The query's text over the text of an article in {@code language} (as written, and as word
     * forms when that language has them), excluded words dropped and the rest optional: what to mark.
     */
    Query marked(SearchQuery q, String language) throws QuerySyntaxException {
        List<String> languages = language == null ? List.of() : List.of(language);
        return positiveOnly(parse(q.text(), WordFormQueryParser.create(analyzer, languages, false)));
    }

    /**
     * Every one of {@code words} as a prefix of some word of the title or text; null when the words
     * hold no term at all (nothing to filter by).
     */
    Query allAsPrefixes(List<String> words) throws IOException {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : words) {
            for (String term : analyzedTerms(word)) {
                BooleanQuery.Builder either = new BooleanQuery.Builder();
                either.add(new PrefixQuery(new Term(F_TEXT, term)), BooleanClause.Occur.SHOULD);
                either.add(new PrefixQuery(new Term(F_TITLE, term)), BooleanClause.Occur.SHOULD);
                all.add(either.build(), BooleanClause.Occur.FILTER);
                clauses++;
            }
        }
        return clauses == 0 ? null : all.build();
    }

    /** {@code text} split and normalised by the index's analyzer. */
    private List<String> analyzedTerms(String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(F_TEXT, text)) {
            var term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        }
        return terms;
    }

    /** Deeper than anyone groups a query; Lucene's parser recurses once a level and would overflow. */
    static final int MAX_QUERY_DEPTH = 32;

    private static Query parse(String text, QueryParser parser) throws QuerySyntaxException {
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        String quoted = text.length() <= 80 ? text : text.substring(0, 77) + "...";
        if (nesting(text) > MAX_QUERY_DEPTH) {
            throw new QuerySyntaxException("The query “" + quoted + "” nests parentheses more than "
                    + MAX_QUERY_DEPTH + " levels deep: group it more simply.");
        }
        try {
            return parser.parse(text);
        } catch (ParseException | IllegalArgumentException e) {
            throw new QuerySyntaxException(QueryErrors.explain(quoted, e.getMessage()));
        } catch (org.apache.lucene.util.automaton.TooComplexToDeterminizeException e) {
            throw new QuerySyntaxException("The query “" + quoted + "” has a wildcard pattern too complex to search "
                    + "for: use fewer * and ? in one word.");
        } catch (StackOverflowError e) {
            throw new QuerySyntaxException("The query “" + quoted + "” is too complex to read: make it shorter.");
        }
    }

    /** The deepest parenthesis nesting outside quotes. */
    private static int nesting(String text) {
        int depth = 0;
        int deepest = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                deepest = Math.max(deepest, ++depth);
            } else if (!quoted && c == ')') {
                depth = Math.max(0, depth - 1);
            }
        }
        return deepest;
    }

    /** The query with its excluded clauses dropped and required ones made optional, so any match counts. */
    static Query positiveOnly(Query q) {
        if (q instanceof BoostQuery boost) {
            return positiveOnly(boost.getQuery());
        }
        if (q instanceof BooleanQuery bool) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            for (BooleanClause c : bool.clauses()) {
                if (c.getOccur() != BooleanClause.Occur.MUST_NOT) {
                    b.add(positiveOnly(c.getQuery()), BooleanClause.Occur.SHOULD);
                }
            }
            return b.build();
        }
        return q;
    }
}
