package org.dossier.render;

import java.util.Map;

import org.dossier.annotate.EntityType;

/**
 * Why a highlight was found, in the reader's words, from a mention's {@code source} (the annotator's
 * list or rule id: {@code gazetteer:cities}, {@code rule:title}, {@code memory:surname}, …). The one
 * place that wording is made; {@code annotate --explain} keeps the ids. Every source the annotator
 * gives has its own sentence (tested against the annotator's code); one this class does not know
 * still reads as words, never as an id. Stateless.
 */
public final class FoundBy {
    /** The annotator's rules, each by what it looks at. */
    private static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("date", "a date by its form"),
            Map.entry("quantity", "an amount by its form (a number with a unit, a sum, a percentage)"),
            Map.entry("results-table", "a team's name in a table of results"),
            Map.entry("place-head", "a name ending in a word for a place (“… Province”, “… River”)"),
            Map.entry("place-prefix", "a name starting with a word for a place (“Lake …”, “Mount …”, “Port …”)"),
            Map.entry("org-head", "a name ending in a word for an organisation (“… Ministry”, “… Party”)"),
            Map.entry("team", "a place's name followed by a team's name"),
            Map.entry("given-name", "a name that starts with a known first name"),
            Map.entry("dateline", "the place of the article's dateline"),
            Map.entry("org-noun", "a name next to a word like “company”, “firm” or “newspaper”"),
            Map.entry("org-prefix", "a name starting with a word for a broadcaster or a bank (“Radio …”, “Bank …”)"),
            Map.entry("title", "a name after a title (“President”, “Dr”, “Minister”)"),
            Map.entry("role", "a name after a role (“president …”, “striker …”, “spokesman …”)"),
            Map.entry("said", "a name before “said” or “says”"),
            Map.entry("acronym", "an acronym (a short word in capitals)"),
            Map.entry("place-cue", "a name after a word that leads to a place (“in”, “near”, “outside”)"),
            Map.entry("org-cue", "a name near a word for shares or a stock exchange"),
            Map.entry("person-verb", "a name before something people do (“told”, “met with”)"),
            Map.entry("the-plural", "“the” and a plural name (a team or a band)"),
            Map.entry("company", "a name with the words of a company (“… CEO”, “… 's shareholders”)"),
            Map.entry("team-context", "a team's name where a sports report names a side (“beat …”, “… 's lead”)"),
            Map.entry("venue", "the place where a match is played"),
            Map.entry("coordination", "listed with names of the same kind (“A, B and C”)"));

    /** The built-in lists, by their file names. */
    private static final Map<String, String> LISTS = Map.ofEntries(
            Map.entry("cities", "cities"),
            Map.entry("regions", "regions and provinces"),
            Map.entry("countries", "countries"),
            Map.entry("places", "places"),
            Map.entry("organisations", "organisations"),
            Map.entry("nationalities", "nationalities"),
            Map.entry("demonyms", "names for a country's people"),
            Map.entry("languages", "languages"));

    private FoundBy() {
    }

    /** "found in the list of cities", "a name after a title (…)", "you marked it as this type", … */
    public static String of(String source) {
        if (source == null || source.isBlank()) {
            return "found by the annotator";
        }
        if (source.equals("user")) {
            return "you marked it as this type";
        }
        if (source.equals("guess")) {
            return "a guess from the name's form and what surrounds it";
        }
        if (source.equals("memory")) {
            return "named like this elsewhere in the article";
        }
        if (source.equals("memory:surname")) {
            return "the surname of someone the article names in full";
        }
        if (source.equals("memory:headline")) {
            return "a name the article gives, here in a headline's capitals";
        }
        if (source.equals("memory:organisation")) {
            return "an organisation, as the article shows elsewhere (its chief executive, its shares…)";
        }
        if (source.startsWith("memory:")) {
            return "named like this elsewhere in the article, as " + of(source.substring("memory:".length()));
        }
        if (source.startsWith("gazetteer:")) {
            String list = source.substring("gazetteer:".length());
            return "found in the list of " + LISTS.getOrDefault(list, list.replace('-', ' '));
        }
        if (source.startsWith("rule:")) {
            String rule = RULES.get(source.substring("rule:".length()));
            return rule != null ? rule : "found by a rule on the name's form and what surrounds it";
        }
        return "found by the annotator";
    }

    /** Whether {@link #of} has a sentence of its own for {@code source} (not a fallback). */
    static boolean knows(String source) {
        boolean own = source.equals("memory:surname") || source.equals("memory:headline")
                || source.equals("memory:organisation");
        String s = source.startsWith("memory:") && !own ? source.substring("memory:".length()) : source;
        if (s.equals("user") || s.equals("guess") || s.equals("memory") || own) {
            return true;
        }
        if (s.startsWith("gazetteer:")) {
            return LISTS.containsKey(s.substring("gazetteer:".length()));
        }
        return s.startsWith("rule:") && RULES.containsKey(s.substring("rule:".length()));
    }

    /** The type as the reader says it: "Person", "Organisation", "Place", … */
    public static String typeName(EntityType type) {
        return switch (type) {
            case PERSON -> "Person";
            case ORG -> "Organisation";
            case LOCATION -> "Place";
            case DATE -> "Date";
            case QUANTITY -> "Quantity";
            case NORP -> "Nationality or group";
        };
    }
}
