package org.dossier.article.pdf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

import org.dossier.base.Datelines;

/**
 * What a PDF says about itself: title, author, subject, creation and modification times, language,
 * from the document information dictionary, else its XMP metadata. Titles that producers write
 * instead of a real one ("Microsoft Word - draft3.docx", "untitled") are ignored. Immutable.
 */
record PdfMetadata(String title, String author, String subject, String created, String modified, String language) {
    private static final Pattern JUNK_TITLE = Pattern.compile(
            "(?i)^(untitled.*|microsoft (word|powerpoint|excel) - .*|.*\\.(docx?|pdf|indd|qxd|rtf|odt|pptx?|xlsx?|tex|dvi)|slide \\d+|document\\d*|\\W*)$");

    static PdfMetadata of(PDDocument doc) {
        PDDocumentInformation info = doc.getDocumentInformation();
        String xmp = xmp(doc);
        String title = clean(info.getTitle());
        if (title.isEmpty()) {
            title = clean(xmpValue(xmp, "dc:title"));
        }
        if (JUNK_TITLE.matcher(title).matches()) {
            title = "";
        }
        String author = clean(info.getAuthor());
        if (author.isEmpty()) {
            author = clean(xmpValue(xmp, "dc:creator"));
        }
        String created = iso(info.getCreationDate());
        if (created.isEmpty()) {
            created = clean(xmpValue(xmp, "xmp:CreateDate"));
        }
        String modified = iso(info.getModificationDate());
        String language = doc.getDocumentCatalog().getLanguage() == null ? "" : doc.getDocumentCatalog().getLanguage();
        int dash = language.indexOf('-');
        return new PdfMetadata(title, author, clean(info.getSubject()), created, modified,
                (dash > 0 ? language.substring(0, dash) : language).toLowerCase(java.util.Locale.ROOT));
    }

    /** The creation date as written (in its own time zone), or null. */
    LocalDate createdOn() {
        return created.isEmpty() ? null : Datelines.metadata(created);
    }

    private static String iso(Calendar c) {
        if (c == null) {
            return "";
        }
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(c.getTimeZone().getOffset(c.getTimeInMillis()) / 1000);
        return OffsetDateTime.ofInstant(c.toInstant(), offset).toString();
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\u0000', ' ').replaceAll("\\s+", " ").strip();
    }

    private static String xmp(PDDocument doc) {
        PDMetadata m = doc.getDocumentCatalog().getMetadata();
        if (m == null) {
            return "";
        }
        try {
            byte[] bytes = m.toByteArray();
            return bytes.length > 1_000_000 ? "" : new String(bytes, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    /** A property's first value in XMP (element, {@code rdf:li} inside it, or attribute form). */
    private static String xmpValue(String xmp, String property) {
        if (xmp.isEmpty()) {
            return "";
        }
        Matcher element = Pattern.compile("<" + Pattern.quote(property) + "(?:\\s[^>]*)?>(.*?)</" + Pattern.quote(property) + ">",
                Pattern.DOTALL).matcher(xmp);
        if (element.find()) {
            String inner = element.group(1);
            Matcher li = Pattern.compile("<rdf:li[^>]*>(.*?)</rdf:li>", Pattern.DOTALL).matcher(inner);
            return unescape(li.find() ? li.group(1) : inner.replaceAll("<[^>]+>", ""));
        }
        Matcher attribute = Pattern.compile(Pattern.quote(property) + "=\"([^\"]*)\"").matcher(xmp);
        return attribute.find() ? unescape(attribute.group(1)) : "";
    }

    private static String unescape(String s) {
        return org.jsoup.parser.Parser.unescapeEntities(s, true);
    }
}
