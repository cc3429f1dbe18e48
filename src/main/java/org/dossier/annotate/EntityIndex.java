package org.dossier.annotate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Every entity of a library: which articles mention it and how often. Aliases the annotator
 * collapsed share an entity id; beyond that, entities the library shows to be one are merged
 * ({@link EntityMerger}: "Obama" and "Barack Obama", "Bashar Assad" and "Bashar al-Assad",
 * "S. Warne" and "Shane Warne", "SDF" and "Syrian Democratic Forces"), each merge with its
 * reason, and the user's {@link MergeCorrections} applied. Any merged id still finds its entity.
 * Immutable once built, so safe to share between threads.
 */
public final class EntityIndex {
    /** One entity id merged into an entry, and why. */
    public record Merge(String id, String name, String reason, boolean byUser) {
    }

    /**
     * One entity of the library, or of one article.
     *
     * @param aliases the other surface forms and names merged into it
     * @param merges  the entity ids merged into it, with their reasons (empty when none)
     */
    public record Entry(String id, EntityType type, String name, int articles, int mentions, List<String> aliases,
                        List<Merge> merges) {
        public Entry {
            aliases = List.copyOf(aliases);
            merges = List.copyOf(merges);
        }

        public Entry(String id, EntityType type, String name, int articles, int mentions) {
            this(id, type, name, articles, mentions, List.of(), List.of());
        }

        /** People, organisations, places and groups; not dates and quantities. */
        public boolean isName() {
            return type != EntityType.DATE && type != EntityType.QUANTITY;
        }
    }

    /** The types that are names, as the entity index lists them by default. */
    public static final Set<EntityType> NAMES = Collections.unmodifiableSet(
            java.util.EnumSet.of(EntityType.PERSON, EntityType.ORG, EntityType.LOCATION, EntityType.NORP));

    private static final int MAX_FORMS = 8;

    private final Map<String, Entry> entries;
    /** Every id, merged or not, to the id of its entry. */
    private final Map<String, String> canonical;
    /**
     * Per entry, the sorted ids of the articles that mention it. Arrays of shared id strings rather
     * than sets: 10,000 news articles give about a million (entity, article) pairs, which as
     * {@code TreeSet}s took 46 MB and as arrays take 5.
     */
    private final Map<String, String[]> articlesById;

    private EntityIndex(Map<String, Entry> entries, Map<String, String> canonical, Map<String, String[]> articlesById) {
        this.entries = entries;
        this.canonical = canonical;
        this.articlesById = articlesById;
    }

    /** Builds the index from each article id's mentions. */
    public static EntityIndex of(Map<String, List<Mention>> mentionsByArticle) {
        Builder builder = new Builder();
        mentionsByArticle.forEach(builder::add);
        return builder.build();
    }

    /**
     * Builds an index one article at a time, keeping only what the index needs (no mentions), so
     * a big library can be indexed while reading one article after another. Not thread-safe.
     */
    public static final class Builder {
        /** What the index keeps of one entity id while building: one hash lookup per mention. */
        private static final class Acc {
            final EntityType type;
            final List<String> articles = new ArrayList<>(2);
            int mentions;
            /** Its first few surface forms other than its name (most ids have none). */
            List<String> forms;

            Acc(EntityType type) {
                this.type = type;
            }

            void article(String articleId) {
                if (articles.isEmpty() || !articles.get(articles.size() - 1).equals(articleId)) {
                    articles.add(articleId); // an entity may come once per mention or per surface form
                }
            }

            void form(Mention m) {
                String text = m.text();
                String id = m.entityId();
                if (id.length() - text.length() == id.indexOf(':') + 1 && id.endsWith(text)) {
                    return; // written as the entity's name: most mentions are, and cost nothing here
                }
                if (forms == null) {
                    forms = new ArrayList<>(1);
                }
                if (forms.size() < MAX_FORMS && !forms.contains(text)) {
                    forms.add(text);
                }
            }
        }

        private final Map<String, Acc> byId = new HashMap<>();
        private MergeCorrections corrections = MergeCorrections.none();
        private boolean merge = true;

        private Acc acc(Mention m) {
            Acc a = byId.get(m.entityId());
            if (a == null) {
                a = new Acc(m.type());
                byId.put(m.entityId(), a);
            }
            return a;
        }

        /** Adds one article's mentions; each article once. */
        public Builder add(String articleId, List<Mention> mentions) {
            for (Mention m : mentions) {
                Acc a = acc(m);
                a.article(articleId);
                a.mentions++;
                a.form(m);
            }
            return this;
        }

        /**
         * Adds one article given as its distinct entities (or entities and surface forms) and how
         * often each is mentioned; each article once.
         */
        public Builder add(String articleId, Mention[] distinct, int[] mentionCounts) {
            for (int i = 0; i < distinct.length; i++) {
                Mention m = distinct[i];
                Acc a = acc(m);
                a.article(articleId);
                a.mentions += mentionCounts[i];
                a.form(m);
            }
            return this;
        }

        /** The user's corrections to the merges. */
        public Builder corrections(MergeCorrections corrections) {
            this.corrections = corrections;
            return this;
        }

        /** Whether entities the library shows to be one are merged (default true). */
        public Builder merging(boolean merge) {
            this.merge = merge;
            return this;
        }

        public EntityIndex build() {
            Map<String, EntityMerger.Node> nodes = new LinkedHashMap<>();
            byId.keySet().stream().sorted().forEach(id -> {
                String[] ids = byId.get(id).articles.toArray(String[]::new);
                if (!sorted(ids)) {
                    ids = new TreeSet<>(Arrays.asList(ids)).toArray(String[]::new);
                }
                nodes.put(id, new EntityMerger.Node(id, byId.get(id).type, nameOf(id), ids));
            });
            Map<String, EntityMerger.Link> links = merge ? new EntityMerger(nodes, corrections).merge() : Map.of();
            Map<String, List<String>> members = new LinkedHashMap<>();
            for (String id : nodes.keySet()) {
                EntityMerger.Link l = links.get(id);
                members.computeIfAbsent(l == null ? id : l.into(), k -> new ArrayList<>(1)).add(id);
            }
            Map<String, Entry> entries = new LinkedHashMap<>();
            Map<String, String> canonical = new HashMap<>(nodes.size() * 2);
            Map<String, String[]> articleIds = new HashMap<>();
            members.forEach((root, ids) -> {
                EntityMerger.Node r = nodes.get(root);
                String[] arts = r.articles;
                int mentions = 0;
                Set<String> aliases = new LinkedHashSet<>();
                List<Merge> merges = new ArrayList<>(0);
                for (String id : ids) {
                    EntityMerger.Node n = nodes.get(id);
                    Acc acc = byId.get(id);
                    mentions += acc.mentions;
                    canonical.put(id, root);
                    if (!id.equals(root)) {
                        arts = union(arts, n.articles);
                        EntityMerger.Link l = links.get(id);
                        merges.add(new Merge(id, n.name, l.reason(), l.byUser()));
                        aliases.add(n.name);
                    }
                    if (acc.forms != null) {
                        aliases.addAll(acc.forms);
                    }
                }
                aliases.remove(r.name);
                articleIds.put(root, arts);
                entries.put(root, new Entry(root, r.type, r.name, arts.length, mentions, new ArrayList<>(aliases), merges));
            });
            return new EntityIndex(entries, canonical, articleIds);
        }
    }

    /** Strictly ascending: articles are usually added in id order, so sorting is mostly spared. */
    private static boolean sorted(String[] ids) {
        for (int i = 1; i < ids.length; i++) {
            if (ids[i - 1].compareTo(ids[i]) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static String[] union(String[] a, String[] b) {
        String[] out = new String[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            int c = i == a.length ? 1 : j == b.length ? -1 : a[i].compareTo(b[j]);
            if (c <= 0) {
                out[n++] = a[i++];
                if (c == 0) {
                    j++;
                }
            } else {
                out[n++] = b[j++];
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** One article's entities, most mentioned first, as the entity panel lists them (no merging). */
    public static List<Entry> ofArticle(String articleId, List<Mention> mentions) {
        return new Builder().merging(false).add(articleId, mentions).build().find(null, "");
    }

    /** The readable name in an entity id: {@code "PERSON:Sergey Lavrov"} → {@code "Sergey Lavrov"}. */
    public static String nameOf(String entityId) {
        int colon = entityId.indexOf(':');
        return colon >= 0 ? entityId.substring(colon + 1) : entityId;
    }

    /**
     * Entries of {@code type} (null: any) whose name or an alias contains {@code text}
     * (case-insensitive), the most widespread first (articles, then mentions, then name).
     */
    public List<Entry> find(EntityType type, String text) {
        return findAmong(type == null ? null : java.util.EnumSet.of(type), text);
    }

    /** Entries of any of {@code types} (null: any) whose name or an alias contains {@code text}, most widespread first. */
    public List<Entry> findAmong(Set<EntityType> types, String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        List<Entry> found = new ArrayList<>();
        for (Entry e : entries.values()) {
            if ((types == null || types.contains(e.type())) && matches(e, needle)) {
                found.add(e);
            }
        }
        found.sort(Comparator.comparingInt(Entry::articles).reversed()
                .thenComparing(Comparator.comparingInt(Entry::mentions).reversed())
                .thenComparing(Entry::name));
        return found;
    }

    private static boolean matches(Entry e, String needle) {
        if (needle.isEmpty() || e.name().toLowerCase(Locale.ROOT).contains(needle)) {
            return true;
        }
        for (String a : e.aliases()) {
            if (a.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    /** The ids of the articles that mention the entity (any alias, any merged id), sorted; a new set each call. */
    public SortedSet<String> articlesMentioning(String entityId) {
        String[] ids = articlesById.get(canonicalId(entityId));
        return Collections.unmodifiableSortedSet(ids == null ? new TreeSet<>() : new TreeSet<>(Arrays.asList(ids)));
    }

    /** The id of the entry an entity id belongs to (itself when not merged into another). */
    public String canonicalId(String entityId) {
        return canonical.getOrDefault(entityId, entityId);
    }

    /** The entry of an entity id, also of one merged into another; null when the library has none. */
    public Entry get(String entityId) {
        return entries.get(canonicalId(entityId));
    }

    public Collection<Entry> all() {
        return entries.values();
    }

    public int size() {
        return entries.size();
    }
}
