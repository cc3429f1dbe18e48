package org.dossier.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Collects the annotator's lists — the built-in resource files, then the user's entries — into
 * the tables of an immutable {@link Gazetteer}. Names can be added and removed while building
 * (a user's "never an entity" line takes a built-in name out); {@link #build()} then freezes
 * everything into presized hash tables. Each resource file is read once. Not thread-safe: one
 * builder per load, discarded after {@code build()}.
 */
final class GazetteerBuilder {
    private static final String DIR = "/org/dossier/annotate/";
    // Later files win over earlier ones for the same phrase: curated lists over generated ones.
    private static final String[] ENTITY_FILES = {
        "cities.tsv", "regions.tsv", "demonyms.tsv", "countries.tsv", "nationalities.tsv", "places.tsv",
        "organisations.tsv"};

    /** A name while building: its entry and the length of its key's first two tokens. */
    private record Name(Gazetteer.Entry entry, String key, String firstToken, int tokens, int pairEnd) {
    }

    private final Map<String, Name> exact = new LinkedHashMap<>(16_000);
    private final Map<String, Name> upper = new LinkedHashMap<>(16_000);
    private final Map<String, Boolean> titles = new HashMap<>();
    private final Map<String, Gazetteer.Word> words = new HashMap<>(64_000);
    private final Set<String> never = new HashSet<>();
    private final long[] pairs = new long[Gazetteer.PAIR_BITS / 64];
    private Set<String> stopUpper = Set.of();
    private final Set<String> common = new HashSet<>(64_000);

    /** The built-in lists. */
    GazetteerBuilder builtIn() {
        List<String> stop = lines("stopwords.txt");
        Set<String> stopUp = new HashSet<>();
        for (String w : stop) {
            stopUp.add(w.toUpperCase(Locale.ROOT));
        }
        stopUpper = stopUp;
        for (String file : ENTITY_FILES) {
            entityFile(file);
        }
        for (String t : lines("titles.txt")) {
            title(t);
        }
        flag(lines("given-names.txt"), Gazetteer.Word.GIVEN);
        flag(lines("name-starters.txt"), Gazetteer.Word.GIVEN | Gazetteer.Word.FAMILY_FIRST);
        common.addAll(lines("common-words.txt"));
        flag(lines("event-heads.txt"), Gazetteer.Word.EVENT_HEAD);
        flag(lines("place-heads.txt"), Gazetteer.Word.PLACE_HEAD);
        flag(lines("org-heads.txt"), Gazetteer.Word.ORG_HEAD);
        flag(stop, Gazetteer.Word.STOP);
        return this;
    }

    /** The user's entries, which win over the built-in lists. */
    GazetteerBuilder user(List<UserGazetteer.Line> userLines) {
        for (UserGazetteer.Line u : userLines) {
            if (u.type() == null) {
                removeName(u.names().get(0));
            } else {
                for (String name : u.names()) {
                    addName(name, new Gazetteer.Entry(u.type(), u.names().get(0), "user"));
                }
            }
        }
        return this;
    }

    Gazetteer build() {
        markAmbiguous(exact);
        markAmbiguous(upper);
        PhraseTable<Gazetteer.Entry> exactTable = new PhraseTable<>(exact.size());
        exact.forEach((k, n) -> exactTable.put(k, n.entry()));
        PhraseTable<Gazetteer.Entry> upperTable = new PhraseTable<>(upper.size());
        upper.forEach((k, n) -> upperTable.put(k, n.entry()));
        PhraseTable<Boolean> commonTable = new PhraseTable<>(common.size());
        for (String w : common) {
            commonTable.put(Character.toUpperCase(w.charAt(0)) + w.substring(1), Boolean.TRUE);
        }
        PhraseTable<Boolean> titleTable = new PhraseTable<>(titles.size());
        titles.forEach(titleTable::put);
        PhraseTable<Boolean> neverTable = new PhraseTable<>(never.size());
        never.forEach(n -> neverTable.put(n, Boolean.TRUE));
        // How long the names starting with a token are, from the names left after removals.
        for (Name n : exact.values()) {
            Gazetteer.Word w = word(n.firstToken());
            w.nameMax = Math.max(w.nameMax, n.tokens());
            if (n.tokens() == 1) {
                w.single = n.entry();
            }
            if (n.tokens() >= 2) {
                markPair(n.key(), n.pairEnd());
            }
        }
        for (Name n : upper.values()) {
            Gazetteer.Word w = word(n.firstToken());
            w.upperMax = Math.max(w.upperMax, n.tokens());
            if (n.tokens() == 1) {
                w.singleUpper = n.entry();
            }
            if (n.tokens() >= 2) {
                markPair(n.key(), n.pairEnd());
            }
        }
        PhraseTable<Gazetteer.Word> wordTable = new PhraseTable<>(words.size());
        words.forEach(wordTable::put);
        return new Gazetteer(exactTable, upperTable, titleTable, wordTable, neverTable, pairs.clone(), commonTable);
    }

    /**
     * A one-word place from the generated lists that is also a common English word or a given
     * name ("Man", "Nelson") is ambiguous: the rules ask its context for evidence.
     */
    private void markAmbiguous(Map<String, Name> names) {
        for (Map.Entry<String, Name> e : names.entrySet()) {
            Name n = e.getValue();
            if (n.tokens() != 1 || !n.entry().generated() || n.entry().ambiguous()) {
                continue;
            }
            String lower = e.getKey().toLowerCase(Locale.ROOT);
            String capitalised = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
            Gazetteer.Word w = words.get(capitalised);
            if (common.contains(lower) || w != null && w.is(Gazetteer.Word.GIVEN)) {
                e.setValue(new Name(n.entry().asAmbiguous(), n.key(), n.firstToken(), n.tokens(), n.pairEnd()));
            }
        }
    }

    private void entityFile(String file) {
        // Generated lists hold places named like common words ("West", "Central"): drop those.
        boolean generated = file.equals("cities.tsv") || file.equals("regions.tsv");
        String source = "gazetteer:" + file.substring(0, file.indexOf('.'));
        for (String line : lines(file)) {
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                continue;
            }
            EntityType type = EntityType.valueOf(cols[0]);
            Gazetteer.Entry entry = new Gazetteer.Entry(type, cols[1], source);
            for (int i = 1; i < cols.length; i++) {
                if (generated && stopUpper.contains(cols[i].toUpperCase(Locale.ROOT))) {
                    continue;
                }
                if (!cols[i].startsWith("#")) {
                    addName(cols[i], entry);
                    if (file.equals("demonyms.tsv")) {
                        addPlural(cols[i], entry);
                    }
                }
            }
        }
    }

    /**
     * "Austrians", "Iraqis", "Afghans": the people of a country named in the plural, which the
     * demonym list gives in the singular. Not for demonyms that take no -s ("Swiss", "British",
     * "Chinese"), and never over a name an earlier list gives (a town called so).
     */
    private void addPlural(String demonym, Gazetteer.Entry entry) {
        if (demonym.indexOf(' ') >= 0 || demonym.endsWith("s") || demonym.endsWith("sh") || demonym.endsWith("ch")
                || demonym.endsWith("ese") || demonym.endsWith("y")) {
            return;
        }
        String plural = demonym + "s";
        if (!exact.containsKey(plural)) {
            addName(plural, entry);
        }
    }

    private void title(String t) {
        Tokens tt = Tokens.of(t.strip());
        if (tt.n == 0) {
            return;
        }
        KeyBuffer b = new KeyBuffer();
        b.set(tt, 0, tt.n);
        String key = new String(b.chars, 0, b.length);
        titles.put(key, Boolean.TRUE);
        if (tt.n >= 2) {
            b.set(tt, 0, 2);
            markPair(key, b.length);
        }
        Gazetteer.Word w = word(tt.str(0));
        w.titleMax = Math.max(w.titleMax, tt.n);
        w.singleTitle |= tt.n == 1;
    }

    private void flag(List<String> list, int flag) {
        for (String n : list) {
            word(n).flags |= flag;
        }
    }

    void addName(String name, Gazetteer.Entry entry) {
        String key;
        String firstToken;
        int tokens;
        int pairEnd; // where the key's first two tokens end
        int plain = plainWords(name);
        if (plain > 0) {
            // Most names are words and single spaces: their key is the name itself.
            key = name;
            tokens = plain;
            int space = name.indexOf(' ');
            firstToken = space < 0 ? name : name.substring(0, space);
            int second = space < 0 ? -1 : name.indexOf(' ', space + 1);
            pairEnd = second < 0 ? name.length() : second;
        } else {
            Tokens t = Tokens.of(name.strip());
            if (t.n == 0) {
                return;
            }
            KeyBuffer b = new KeyBuffer();
            b.set(t, 0, t.n);
            key = new String(b.chars, 0, b.length);
            tokens = t.n;
            firstToken = t.str(0);
            b.set(t, 0, Math.min(2, t.n));
            pairEnd = b.length;
        }
        exact.put(key, new Name(entry, key, firstToken, tokens, pairEnd));
        // Short all-capital aliases ("IS", "AP") are ordinary words in a headline written in capitals.
        boolean shortAcronym = key.length() <= 2 && key.equals(key.toUpperCase(Locale.ROOT));
        if (!shortAcronym || "US".equals(key) || "UN".equals(key) || "EU".equals(key) || "UK".equals(key)) {
            String up = key.toUpperCase(Locale.ROOT);
            if (up.length() == key.length()) {
                // Upper case can change how dotted abbreviations split, so such keys are split again.
                Tokens ut = key.indexOf('.') >= 0 ? Tokens.of(up) : null;
                String first = ut == null ? firstToken.toUpperCase(Locale.ROOT) : ut.str(0);
                int upTokens = ut == null ? tokens : ut.n;
                int upPairEnd = pairEnd;
                if (ut != null && upTokens >= 2) {
                    KeyBuffer ub = new KeyBuffer();
                    ub.set(ut, 0, 2);
                    upPairEnd = ub.length;
                }
                upper.put(up, new Name(entry, up, first, upTokens, upPairEnd));
            }
        }
    }

    /** "Never an entity": the text is dropped from the name tables and its mentions suppressed. */
    void removeName(String text) {
        never.add(text);
        String key = KeyBuffer.key(text);
        exact.remove(key);
        upper.remove(key.toUpperCase(Locale.ROOT));
    }

    private void markPair(String key, int end) {
        int bit = Gazetteer.pairBit(key.substring(0, end).hashCode());
        pairs[bit >>> 6] |= 1L << bit;
    }

    /** The number of words of a name made only of letters or digits and single inner spaces, else 0. */
    private static int plainWords(String name) {
        int words = 1;
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (ch == ' ') {
                if (i == 0 || i == name.length() - 1 || name.charAt(i - 1) == ' ') {
                    return 0;
                }
                words++;
            } else if (!Tokens.isWordChar(ch)) {
                return 0;
            }
        }
        return name.isEmpty() ? 0 : words;
    }

    private Gazetteer.Word word(String token) {
        return words.computeIfAbsent(token, k -> new Gazetteer.Word());
    }

    static List<String> lines(String file) {
        List<String> out = new ArrayList<>();
        try (InputStream in = GazetteerBuilder.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DIR + file);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
