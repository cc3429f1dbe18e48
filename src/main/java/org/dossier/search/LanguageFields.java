package org.dossier.search;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * The index's two views of an article's words (decision 0095). The surface fields ({@code title},
 * {@code text}) hold the words as written, lower-cased (Lucene's standard analyzer): quoted
 * phrases, prefixes and wildcards match there, exactly. The word-form fields ({@code title_fr},
 * {@code text_fr}, one pair per language) hold the words as the language's Lucene analyzer stems
 * them, so "sanction" finds "Sanctions" and "baleine" finds "baleines"; an article fills the pair of
 * its own language only. Text of unknown language is taken as English, as the annotator does; a
 * language Lucene has no analyzer for gets surface fields only. Stateless; the analyzer it makes is
 * thread-safe.
 */
final class LanguageFields {
    /** The language of text whose language is not known. */
    static final String DEFAULT_LANGUAGE = "en";
    private static final String TITLE_PREFIX = IndexDocuments.F_TITLE + "_";
    private static final String TEXT_PREFIX = IndexDocuments.F_TEXT + "_";

    /** The languages whose analyzer Lucene's analysis-common module has, by BCP 47 primary tag. */
    private static final Map<String, Supplier<Analyzer>> STEMMERS = Map.ofEntries(
            Map.entry("en", EnglishAnalyzer::new), Map.entry("fr", FrenchAnalyzer::new),
            Map.entry("de", GermanAnalyzer::new), Map.entry("es", SpanishAnalyzer::new),
            Map.entry("it", ItalianAnalyzer::new), Map.entry("pt", PortugueseAnalyzer::new),
            Map.entry("nl", DutchAnalyzer::new), Map.entry("sv", SwedishAnalyzer::new),
            Map.entry("da", DanishAnalyzer::new), Map.entry("no", NorwegianAnalyzer::new),
            Map.entry("fi", FinnishAnalyzer::new),
            Map.entry("cs", CzechAnalyzer::new), Map.entry("hu", HungarianAnalyzer::new),
            Map.entry("ro", RomanianAnalyzer::new), Map.entry("tr", TurkishAnalyzer::new),
            Map.entry("id", IndonesianAnalyzer::new), Map.entry("ru", RussianAnalyzer::new),
            Map.entry("el", GreekAnalyzer::new), Map.entry("ca", CatalanAnalyzer::new),
            Map.entry("bg", BulgarianAnalyzer::new), Map.entry("ar", ArabicAnalyzer::new));

    private LanguageFields() {
    }

    /**
     * The language whose word-form fields an article of language {@code code} fills ("fr-CA" →
     * "fr"; "" → English), or null when Lucene has no analyzer for it.
     */
    static String stemmed(String code) {
        String primary = code == null ? "" : code.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        if (primary.isEmpty()) {
            return DEFAULT_LANGUAGE;
        }
        if (primary.equals("nb") || primary.equals("nn")) {
            primary = "no"; // Bokmål and Nynorsk: Lucene's Norwegian analyzer stems both
        }
        return STEMMERS.containsKey(primary) ? primary : null;
    }

    static String title(String language) {
        return TITLE_PREFIX + language;
    }

    static String text(String language) {
        return TEXT_PREFIX + language;
    }

    /** The language of a word-form text field ("text_fr" → "fr"), or null for any other field. */
    static String languageOfTextField(String field) {
        return field.startsWith(TEXT_PREFIX) && STEMMERS.containsKey(field.substring(TEXT_PREFIX.length()))
                ? field.substring(TEXT_PREFIX.length()) : null;
    }

    /** Every language with word-form fields, sorted. */
    static Set<String> languages() {
        return new TreeSet<>(STEMMERS.keySet());
    }

    /** The word-form text field of every language (what snippets are taken from besides {@code text}). */
    static Set<String> allTextFields() {
        Set<String> fields = new TreeSet<>();
        STEMMERS.keySet().forEach(l -> fields.add(text(l)));
        return fields;
    }

    /** The analyzer for indexing and querying: each word-form field its language's, every other field the standard one. */
    static Analyzer analyzer() {
        Map<String, Analyzer> perField = new HashMap<>();
        for (var e : STEMMERS.entrySet()) {
            Analyzer a = e.getValue().get();
            perField.put(title(e.getKey()), a);
            perField.put(text(e.getKey()), a);
        }
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
    }
}
