package org.dossier.annotate;

import java.util.Locale;

/**
 * The language an article was annotated as, and how that was decided. The English rules (titles,
 * verbs of speech, given names, capitalisation cues, English dates and quantities) run only on
 * English text; on other languages only the language-neutral findings are kept: listed places
 * and organisations, the user's own entries, ISO dates and percentages. Immutable.
 *
 * @param code   BCP 47 primary language tag ("en", "fr"), or "" when it could not be told
 * @param source how the language was decided
 */
public record Language(String code, Source source) {
    /** How the language was decided. */
    public enum Source {
        /** the article says so (a page's {@code lang}) */
        DECLARED,
        /** from the text's most frequent function words */
        DETECTED,
        /** too little text to tell: taken as English */
        ASSUMED
    }

    /** Too little text to tell: annotated as English. */
    public static final Language ASSUMED_ENGLISH = new Language("en", Source.ASSUMED);

    public Language {
        code = code == null ? "" : code.toLowerCase(Locale.ROOT);
    }

    /** Whether the English rules ran. */
    public boolean english() {
        return code.equals("en") || code.isEmpty();
    }

    /** The language's English name ("French"), or "" when unknown. */
    public String name() {
        if (code.isEmpty()) {
            return "";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }

    /**
     * What the user should be told about this article's highlights, e.g. "French article: names
     * found from lists only"; "" for English.
     */
    public String statusMessage() {
        return english() ? "" : name() + " article: names found from lists only";
    }

    /** A declared language tag ("fr-FR", "en_GB") as the language of a declaration, or null when blank or malformed. */
    static Language declared(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        if (primary.length() < 2 || primary.length() > 3 || !primary.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return null;
        }
        return new Language(primary, Source.DECLARED);
    }
}
