package org.dossier.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.util.BytesRef;
import org.dossier.article.Article;
import org.dossier.article.FileStamp;

/**
 * What the index stores of an article: its fields, the document made of an article, and the
 * per-document file stamp (size, modification time, tagger version, as doc values) that syncing
 * compares without reading a stored field. Stateless.
 */
final class IndexDocuments {
    /** Bumped whenever the fields change: an index of another version is rebuilt. */
    static final String SCHEMA = "4";
    static final String F_ID = "id";
    static final String F_TITLE = "title";
    static final String F_TEXT = "text";
    static final String F_DATE = "date";
    static final String F_SOURCE = "source";
    static final String F_SOURCE_KEY = "source_key";
    static final String F_FORMAT = "format";
    static final String F_ENTITY = "entity";
    static final String F_ENTITY_TYPE = "entity_type";
    static final String F_SIZE = "size";
    static final String F_MTIME = "mtime";
    static final String F_TAGGER = "tagger";
    /** The language whose word-form fields the article fills ({@link LanguageFields}), "" for none. */
    static final String F_LANG = "lang";
    /**
     * Only this many leading characters of an article are indexed (and tagged): a 10 MB article's
     * postings, stored text and entity mentions took more than the window's whole heap while it was
     * being added. A million characters is some 160,000 words, far beyond any news article.
     */
    static final int MAX_INDEXED_CHARS = 1_000_000;
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets(TextField.TYPE_STORED);
    private static final FieldType WORD_FORMS_WITH_OFFSETS = textWithOffsets(TextField.TYPE_NOT_STORED);

    private IndexDocuments() {
    }

    /** What the index knows of one article's file. */
    record Indexed(long size, long mtime, String tagger) {
        FileStamp stamp() {
            return new FileStamp(size, mtime);
        }
    }

    /** The part of an article's text that is indexed: its first {@value #MAX_INDEXED_CHARS} characters. */
    static String indexedText(Article article) {
        String text = article.text();
        return text.length() <= MAX_INDEXED_CHARS ? text : text.substring(0, MAX_INDEXED_CHARS);
    }

    static Document of(Article article, FileStamp stamp, EntityTagger.Tags tags, String taggerVersion) {
        Document doc = new Document();
        doc.add(new StringField(F_ID, article.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(F_ID, new BytesRef(article.id())));
        String text = indexedText(article);
        doc.add(new TextField(F_TITLE, article.title(), Field.Store.YES));
        doc.add(new Field(F_TEXT, text, TEXT_WITH_OFFSETS));
        String language = LanguageFields.stemmed(language(article, tags));
        if (language != null) {
            doc.add(new TextField(LanguageFields.title(language), article.title(), Field.Store.NO));
            // Offsets in the postings let snippets mark word forms from the text stored once, under F_TEXT.
            doc.add(new Field(LanguageFields.text(language), text, WORD_FORMS_WITH_OFFSETS));
        }
        doc.add(new StringField(F_LANG, language == null ? "" : language, Field.Store.YES));
        if (article.date() != null) {
            long day = article.date().toEpochDay();
            doc.add(new LongPoint(F_DATE, day));
            doc.add(new NumericDocValuesField(F_DATE, day));
            doc.add(new StoredField(F_DATE, day));
        }
        doc.add(new StoredField(F_SOURCE, article.source()));
        if (!article.source().isBlank()) {
            doc.add(new StringField(F_SOURCE_KEY, SearchQuery.normalise(article.source()), Field.Store.NO));
        }
        doc.add(new StringField(F_FORMAT, article.format().name().toLowerCase(Locale.ROOT), Field.Store.YES));
        for (String id : tags.entityIds()) {
            doc.add(new StringField(F_ENTITY, id, Field.Store.NO));
        }
        for (String type : tags.entityTypes()) {
            doc.add(new StringField(F_ENTITY_TYPE, SearchQuery.normalise(type), Field.Store.NO));
        }
        doc.add(new NumericDocValuesField(F_SIZE, stamp.size()));
        doc.add(new NumericDocValuesField(F_MTIME, stamp.modifiedMillis()));
        doc.add(new SortedDocValuesField(F_TAGGER, new BytesRef(taggerVersion)));
        return doc;
    }

    /** The article's language: what its tagger found, else what the article declares, else "" (unknown). */
    static String language(Article article, EntityTagger.Tags tags) {
        return !tags.language().isBlank() ? tags.language() : article.meta().lang();
    }

    /** The term of one article's document. */
    static Term idTerm(String articleId) {
        return new Term(F_ID, articleId);
    }

    /** The documents of the items of a file that holds several ({@code FILE#n}). */
    static Query itemsOf(String fileId) {
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < fileId.length(); ) {
            int c = fileId.codePointAt(i);
            if (!Character.isLetterOrDigit(c)) {
                escaped.append('\\');
            }
            escaped.appendCodePoint(c);
            i += Character.charCount(c);
        }
        // '#' is an operator of Lucene's regular expressions (the empty language): it must be escaped too.
        return new RegexpQuery(new Term(F_ID, escaped + "\\#[0-9]+"));
    }

    /** id → size, mtime and tagger version of every live document, from doc values (no stored fields are read). */
    static Map<String, Indexed> indexed(IndexReader reader) throws IOException {
        Map<String, Indexed> out = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedDocValues ids = leaf.reader().getSortedDocValues(F_ID);
            NumericDocValues sizes = leaf.reader().getNumericDocValues(F_SIZE);
            NumericDocValues mtimes = leaf.reader().getNumericDocValues(F_MTIME);
            SortedDocValues taggers = leaf.reader().getSortedDocValues(F_TAGGER);
            if (ids == null || sizes == null || mtimes == null) {
                continue;
            }
            var live = leaf.reader().getLiveDocs();
            for (int doc = ids.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                long size = sizes.advanceExact(doc) ? sizes.longValue() : -1;
                long mtime = mtimes.advanceExact(doc) ? mtimes.longValue() : -1;
                String taggedBy = taggers != null && taggers.advanceExact(doc)
                        ? taggers.lookupOrd(taggers.ordValue()).utf8ToString() : "";
                out.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), new Indexed(size, mtime, taggedBy));
            }
        }
        return out;
    }

    private static FieldType textWithOffsets(FieldType base) {
        FieldType t = new FieldType(base);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }
}
