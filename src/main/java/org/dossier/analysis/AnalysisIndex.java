package org.dossier.analysis;

import static org.dossier.analysis.ArticleData.STRIDE;
import static org.dossier.analysis.ArticleData.end;
import static org.dossier.analysis.ArticleData.paragraph;
import static org.dossier.analysis.ArticleData.start;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.dossier.annotate.EntityIndex;
import org.dossier.annotate.EntityType;
import org.dossier.annotate.Mention;
import org.dossier.annotate.TimexNormaliser;
import org.dossier.article.Article;

/**
 * The library's mentions arranged for questions across it: the timeline of the dates its texts
 * mention, the network of entities that share paragraphs, and each entity's profile. Built from
 * each article's mentions by a {@link Builder}; entity ids are merged through the library's
 * {@link EntityIndex} when one is given. Keeps no article text — twelve bytes a mention of a name
 * or a date (quantities are left out) — so the 10,000-article corpus fits the window's heap;
 * passages are read on request from an {@link ArticleSource}. Immutable, safe to share between
 * threads.
 */
public final class AnalysisIndex {
    private static final AnalysisIndex EMPTY = new Builder().build(null);

    /** Sorted by id. */
    private final ArticleData[] articles;
    private final Map<String, Integer> articleNumbers;
    /** The entities, sorted by id, so that ties between edges fall in id order; their types. */
    private final String[] entityIds;
    private final EntityType[] entityTypes;
    /** Per number of the builder's table (what {@link ArticleData} holds), the sorted number of the entity it is merged into. */
    private final int[] canonOfRaw;
    /** Per sorted number, the sorted number of the entity it is merged into. */
    private final int[] canon;
    /** Per canonical entity, the sorted numbers of the articles that mention it (null for merged-away ids). */
    private final int[][] articlesOf;
    private final int[] mentionsOf;
    /** Per canonical entity, how many paragraphs of the library mention it: no edge of it weighs more. */
    private final int[] paragraphsOf;
    private final TimexRange[] values;
    private final EntityIndex merged;

    private AnalysisIndex(ArticleData[] articles, String[] rawIds, EntityType[] rawTypes, TimexRange[] values,
                          EntityIndex merged) {
        this.articles = articles;
        this.articleNumbers = new HashMap<>(articles.length * 2);
        for (int i = 0; i < articles.length; i++) {
            articleNumbers.put(articles[i].id, i);
        }
        this.values = values;
        this.merged = merged;
        // Merging may name a root this library does not have (an index of other articles): it joins the table.
        Map<String, EntityType> typeOf = new HashMap<>(rawIds.length * 2);
        String[] roots = new String[rawIds.length];
        for (int i = 0; i < rawIds.length; i++) {
            typeOf.put(rawIds[i], rawTypes[i]);
            roots[i] = merged == null ? rawIds[i] : merged.canonicalId(rawIds[i]);
            typeOf.putIfAbsent(roots[i], rawTypes[i]);
        }
        String[] sorted = typeOf.keySet().toArray(String[]::new);
        Arrays.sort(sorted);
        this.entityIds = sorted;
        this.entityTypes = new EntityType[sorted.length];
        for (int s = 0; s < sorted.length; s++) {
            entityTypes[s] = typeOf.get(sorted[s]);
        }
        this.canonOfRaw = new int[rawIds.length];
        this.canon = new int[sorted.length];
        for (int s = 0; s < sorted.length; s++) {
            canon[s] = s;
        }
        for (int i = 0; i < rawIds.length; i++) {
            int root = Arrays.binarySearch(sorted, roots[i]);
            canonOfRaw[i] = root;
            canon[Arrays.binarySearch(sorted, rawIds[i])] = root;
        }
        int n = sorted.length;
        int[] articleCounts = new int[n];
        int[] mentions = new int[n];
        int[] paragraphs = new int[n];
        int[] lastArticle = new int[n];
        int[] lastParagraph = new int[n];
        Arrays.fill(lastArticle, -1);
        for (int a = 0; a < articles.length; a++) {
            int[] m = articles[a].names;
            for (int k = 0; k < m.length; k += STRIDE) {
                int e = canonOfRaw[m[k]];
                mentions[e]++;
                int p = paragraph(m, k);
                if (lastArticle[e] != a) {
                    lastArticle[e] = a;
                    articleCounts[e]++;
                    lastParagraph[e] = -1;
                }
                if (lastParagraph[e] != p) {
                    lastParagraph[e] = p;
                    paragraphs[e]++;
                }
            }
        }
        int[][] of = new int[n][];
        Arrays.fill(lastArticle, -1);
        int[] filled = new int[n];
        for (int a = 0; a < articles.length; a++) {
            int[] m = articles[a].names;
            for (int k = 0; k < m.length; k += STRIDE) {
                int e = canonOfRaw[m[k]];
                if (lastArticle[e] != a) {
                    lastArticle[e] = a;
                    if (of[e] == null) {
                        of[e] = new int[articleCounts[e]];
                    }
                    of[e][filled[e]++] = a;
                }
            }
        }
        this.articlesOf = of;
        this.mentionsOf = mentions;
        this.paragraphsOf = paragraphs;
    }

    /** An index of no articles. */
    public static AnalysisIndex empty() {
        return EMPTY;
    }

    /**
     * Collects articles' mentions for an index, one article at a time; an article put again replaces
     * its last version, so a watched folder's changes are taken in without reading the rest again.
     * Thread-safe: a sync's threads may put articles while another thread builds.
     */
    public static final class Builder {
        private final Map<String, ArticleData> byId = new HashMap<>();
        private final Map<String, Integer> entityNumbers = new HashMap<>();
        private final List<String> entityIds = new ArrayList<>();
        private final List<EntityType> entityTypes = new ArrayList<>();
        private final Map<String, Integer> valueNumbers = new HashMap<>();
        private final List<TimexRange> values = new ArrayList<>();

        /**
         * Adds (or replaces) one article with its mentions (offsets into its text). The DATE
         * mentions' values are resolved against the article's dateline, else its date, as
         * {@code annotate} resolves them; broken articles are left out.
         */
        public Builder put(Article article, List<Mention> mentions) {
            if (article.isBroken()) {
                remove(article.id());
                return this;
            }
            // The slow parts (values, paragraphs) outside the lock: a sync puts from several threads.
            List<String> dateValues = TimexNormaliser.values(article.text(), mentions,
                    TimexNormaliser.reference(article.text(), article.date()));
            Paragraphs paragraphs = Paragraphs.of(article);
            TimexRange[] ranges = new TimexRange[mentions.size()];
            int names = 0;
            int dates = 0;
            for (int i = 0; i < mentions.size(); i++) {
                EntityType t = mentions.get(i).type();
                if (t == EntityType.DATE) {
                    ranges[i] = TimexRange.parse(dateValues.get(i));
                    dates += ranges[i] == null ? 0 : 1;
                } else if (t != EntityType.QUANTITY) {
                    names++;
                }
            }
            int[] n = new int[names * STRIDE];
            int[] d = new int[dates * STRIDE];
            int day = article.date() == null ? ArticleData.NO_DATE : (int) article.date().toEpochDay();
            synchronized (this) {
                int kn = 0;
                int kd = 0;
                for (int i = 0; i < mentions.size(); i++) {
                    Mention x = mentions.get(i);
                    int para = paragraphs.indexOf(x.start());
                    if (ranges[i] != null) {
                        ArticleData.set(d, kd, value(ranges[i]), x.start(), x.end(), para);
                        kd += STRIDE;
                    } else if (x.type() != EntityType.DATE && x.type() != EntityType.QUANTITY) {
                        ArticleData.set(n, kn, entity(x.entityId(), x.type()), x.start(), x.end(), para);
                        kn += STRIDE;
                    }
                }
                byId.put(article.id(), new ArticleData(article.id(), article.title(), day, n, d));
            }
            return this;
        }

        private int entity(String id, EntityType type) {
            Integer n = entityNumbers.get(id);
            if (n == null) {
                n = entityIds.size();
                entityNumbers.put(id, n);
                entityIds.add(id);
                entityTypes.add(type);
            }
            return n;
        }

        private int value(TimexRange range) {
            Integer n = valueNumbers.get(range.value());
            if (n == null) {
                n = values.size();
                valueNumbers.put(range.value(), n);
                values.add(range);
            }
            return n;
        }

        /** Forgets one article. */
        public synchronized Builder remove(String articleId) {
            byId.remove(articleId);
            return this;
        }

        /** Forgets every article of one file ({@code FILE} and its {@code FILE#N} items). */
        public synchronized Builder removeFile(String fileId) {
            byId.remove(fileId);
            if (!byId.isEmpty()) {
                String prefix = fileId + "#";
                byId.keySet().removeIf(id -> id.startsWith(prefix));
            }
            return this;
        }

        public synchronized int size() {
            return byId.size();
        }

        /** The index of the articles put so far, entity ids merged through {@code merged} (null: not merged). */
        public AnalysisIndex build(EntityIndex merged) {
            ArticleData[] sorted;
            String[] ids;
            EntityType[] types;
            TimexRange[] ranges;
            synchronized (this) {
                sorted = byId.values().toArray(ArticleData[]::new);
                ids = entityIds.toArray(String[]::new);
                types = entityTypes.toArray(EntityType[]::new);
                ranges = values.toArray(TimexRange[]::new);
            }
            Arrays.sort(sorted, Comparator.comparing(a -> a.id));
            return new AnalysisIndex(sorted, ids, types, ranges, merged);
        }
    }

    // ---- the library ----

    /** How many articles the index holds. */
    public int size() {
        return articles.length;
    }

    /** The entity index the ids were merged through, or null. */
    public EntityIndex entityIndex() {
        return merged;
    }

    /** The id of the entity an id is merged into (itself when not merged, or when unknown). */
    public String canonicalId(String entityId) {
        int e = canonical(entityId);
        return e < 0 ? entityId : entityIds[e];
    }

    private int canonical(String entityId) {
        if (entityId == null) {
            return -1;
        }
        int s = Arrays.binarySearch(entityIds, entityId);
        if (s < 0 && merged != null) {
            s = Arrays.binarySearch(entityIds, merged.canonicalId(entityId));
        }
        return s < 0 ? -1 : canon[s];
    }

    private boolean mentioned(int e) {
        return e >= 0 && articlesOf[e] != null;
    }

    /** The entity as a network node (its article count over the whole library), or null when no article mentions it. */
    public GraphNode node(String entityId) {
        int e = canonical(entityId);
        return mentioned(e) ? new GraphNode(entityIds[e], entityTypes[e], nameOf(e), articlesOf[e].length) : null;
    }

    /** The ids of the articles that mention the entity (any merged id), sorted. */
    public List<String> articlesMentioning(String entityId) {
        int e = canonical(entityId);
        if (!mentioned(e)) {
            return List.of();
        }
        List<String> out = new ArrayList<>(articlesOf[e].length);
        for (int a : articlesOf[e]) {
            out.add(articles[a].id);
        }
        return out;
    }

    private String nameOf(int e) {
        if (merged != null) {
            EntityIndex.Entry entry = merged.get(entityIds[e]);
            if (entry != null) {
                return entry.name();
            }
        }
        return EntityIndex.nameOf(entityIds[e]);
    }

    private static LocalDate dateOf(ArticleData a) {
        return a.day == ArticleData.NO_DATE ? null : LocalDate.ofEpochDay(a.day);
    }

    /** Newest first, undated last, then by id. */
    private int newestFirst(int x, int y) {
        int dx = articles[x].day;
        int dy = articles[y].day;
        if (dx != dy) {
            return Integer.compare(dy, dx); // NO_DATE is the smallest int: last
        }
        return articles[x].id.compareTo(articles[y].id);
    }

    private List<Integer> newestFirst(int[] numbers) {
        List<Integer> order = new ArrayList<>(numbers.length);
        for (int a : numbers) {
            order.add(a);
        }
        order.sort(this::newestFirst);
        return order;
    }

    private int[] allArticles() {
        int[] all = new int[articles.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return all;
    }

    /** The paragraphs of one article where the entity is mentioned, ascending (mentions are in text order). */
    private int[] paragraphsWith(ArticleData a, int entity) {
        int[] m = a.names;
        int[] out = new int[4];
        int n = 0;
        for (int k = 0; k < m.length; k += STRIDE) {
            if (canonOfRaw[m[k]] == entity) {
                int p = paragraph(m, k);
                if (n == 0 || out[n - 1] != p) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = p;
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    // ---- the timeline ----

    /**
     * The timeline: per normalised date value, its mentions and the articles with their offsets,
     * and the dated articles by publication date. With {@code entityId} (null: everything) only the
     * articles that mention the entity, and of their dates only those in a paragraph that mentions
     * it (decision 0085): the dates of what is said about it.
     */
    public Timeline timeline(String entityId) {
        int target = canonical(entityId);
        if (entityId != null && !mentioned(target)) {
            return new Timeline(List.of(), List.of());
        }
        int[] arts = target < 0 ? allArticles() : articlesOf[target];
        Map<Integer, Map<String, List<Integer>>> byValue = new HashMap<>();
        int[] counts = new int[values.length];
        List<Timeline.Published> published = new ArrayList<>();
        for (int a : arts) {
            ArticleData art = articles[a];
            if (art.day != ArticleData.NO_DATE) {
                published.add(new Timeline.Published(art.id, art.title, dateOf(art)));
            }
            int[] paras = target < 0 ? null : paragraphsWith(art, target);
            int[] d = art.dates;
            for (int k = 0; k < d.length; k += STRIDE) {
                if (paras == null || Arrays.binarySearch(paras, paragraph(d, k)) >= 0) {
                    counts[d[k]]++;
                    byValue.computeIfAbsent(d[k], v -> new LinkedHashMap<>())
                            .computeIfAbsent(art.id, id -> new ArrayList<>(2)).add(start(d, k));
                }
            }
        }
        List<Timeline.Point> points = new ArrayList<>(byValue.size());
        byValue.forEach((v, in) -> {
            List<Timeline.MentionedIn> list = new ArrayList<>(in.size());
            in.forEach((id, offsets) -> list.add(new Timeline.MentionedIn(id, offsets)));
            points.add(new Timeline.Point(values[v], counts[v], list));
        });
        points.sort(Comparator.comparing((Timeline.Point p) -> p.range().start())
                .thenComparing(p -> p.range().end())
                .thenComparing(Timeline.Point::value));
        published.sort(Comparator.comparing(Timeline.Published::date).thenComparing(Timeline.Published::articleId));
        return new Timeline(points, published);
    }

    /**
     * The passages behind some of the timeline's values (a bar): each mention of one of
     * {@code values} in its sentence with the date marked, newest articles first, at most
     * {@code limit}; restricted to {@code entityId} (null: none) as {@link #timeline} is.
     */
    public List<Passage> datePassages(Collection<String> values, String entityId, ArticleSource source, int limit) {
        boolean[] wanted = new boolean[this.values.length];
        boolean any = false;
        for (int v = 0; v < this.values.length; v++) {
            if (values.contains(this.values[v].value())) {
                wanted[v] = true;
                any = true;
            }
        }
        int target = canonical(entityId);
        if (!any || entityId != null && !mentioned(target)) {
            return List.of();
        }
        List<Passage> out = new ArrayList<>();
        for (int a : newestFirst(target < 0 ? allArticles() : articlesOf[target])) {
            if (out.size() >= limit) {
                break;
            }
            ArticleData art = articles[a];
            int[] paras = target < 0 ? null : paragraphsWith(art, target);
            List<int[]> marks = new ArrayList<>();
            int[] d = art.dates;
            for (int k = 0; k < d.length; k += STRIDE) {
                if (wanted[d[k]] && (paras == null || Arrays.binarySearch(paras, paragraph(d, k)) >= 0)) {
                    marks.add(new int[] {start(d, k), end(d, k), paragraph(d, k)});
                }
            }
            if (!marks.isEmpty()) {
                sentences(art, marks, source, limit - out.size(), out);
            }
        }
        return out;
    }

    /** Each mark {@code {start, end, paragraph}} in its sentence, read from the article as it is now. */
    private static void sentences(ArticleData art, List<int[]> marks, ArticleSource source, int limit, List<Passage> out) {
        Article article = read(art, source);
        if (article == null) {
            return;
        }
        Paragraphs paragraphs = Paragraphs.of(article);
        String text = article.text();
        int n = 0;
        for (int[] mark : marks) {
            if (n >= limit) {
                return;
            }
            if (mark[1] > text.length()) {
                continue; // the file changed since it was indexed; the next sync brings the index up to date
            }
            int p = Math.min(mark[2], paragraphs.size() - 1);
            int[] s = Sentences.around(text, paragraphs.start(p), paragraphs.end(p), mark[0], mark[1]);
            out.add(new Passage(art.id, article.title(), s[0], text.substring(s[0], s[1]), mark[0], mark[1]));
            n++;
        }
    }

    private static Article read(ArticleData art, ArticleSource source) {
        Article article = source.article(art.id);
        return article == null || article.isBroken() ? null : article;
    }

    // ---- the network ----

    /**
     * The entity network: an edge between two entities for every paragraph they share (its weight),
     * over the query's articles and types (names: quantities and dates are not nodes); edges under
     * its minimum weight left out; nodes taken edge by edge, strongest first, up to its cap (an edge
     * is kept when both its ends are). Edges come strongest first (then by ids), nodes most articles
     * first.
     */
    public EntityGraph graph(GraphQuery query) {
        int[] arts;
        if (query.articleIds() == null) {
            arts = allArticles();
        } else {
            arts = query.articleIds().stream().map(articleNumbers::get).filter(Objects::nonNull)
                    .mapToInt(Integer::intValue).sorted().toArray();
        }
        int n = entityIds.length;
        boolean[] allowed = new boolean[n];
        for (int e = 0; e < n; e++) {
            allowed[e] = canon[e] == e && articlesOf[e] != null && query.types().contains(entityTypes[e]);
        }
        Cooccurrence co = new Cooccurrence(arts, allowed);
        int min = query.minWeight();
        int cap = query.maxNodes();
        // Counting every pair is cheap; keeping them all is not (millions over 10,000 articles). So
        // first a histogram of the weights, then only the edges above a threshold that should fill
        // the cap, lowered when it does not (decision 0086).
        int[] histogram = co.histogram(min);
        long wanted = cap >= n ? Long.MAX_VALUE : Math.max(2_000L, 50L * cap);
        while (true) {
            int threshold = min;
            long count = 0;
            for (int w = histogram.length - 1; w >= min; w--) {
                count += histogram[w];
                if (count >= wanted) {
                    threshold = w;
                    break;
                }
            }
            EntityGraph g = co.graph(threshold, min, cap);
            if (g != null) {
                return g;
            }
            wanted *= 8;
        }
    }

    /**
     * The paragraphs of some articles with their entities, and each entity's paragraphs, for
     * counting the paragraphs two entities share with one dense counter per entity (cache-friendly,
     * no table of pairs).
     */
    private final class Cooccurrence {
        private final int n = entityIds.length;
        /** Per paragraph of the articles, its distinct allowed entities. */
        private final int[] paragraphStart;
        private final int[] paragraphEntities;
        /** Per entity, the paragraphs that mention it. */
        private final int[] entityStart;
        private final int[] entityParagraphs;
        private final int[] articleCount = new int[n];
        private final int[] counter = new int[n];
        private final int[] touched = new int[n];

        Cooccurrence(int[] arts, boolean[] allowed) {
            int total = 0;
            int paragraphs = 0;
            for (int a : arts) {
                int[] m = articles[a].names;
                total += m.length / STRIDE;
                int para = -1;
                for (int k = 0; k < m.length; k += STRIDE) {
                    if (paragraph(m, k) != para) {
                        para = paragraph(m, k);
                        paragraphs++;
                    }
                }
            }
            int[] pStart = new int[paragraphs + 1];
            int[] pEnt = new int[total];
            int[] perEntity = new int[n + 1];
            int[] lastArticle = new int[n];
            int[] lastParagraph = new int[n];
            Arrays.fill(lastArticle, -1);
            Arrays.fill(lastParagraph, -1);
            int p = -1;
            int size = 0;
            for (int a : arts) {
                int[] m = articles[a].names;
                int para = -1;
                for (int k = 0; k < m.length; k += STRIDE) {
                    if (paragraph(m, k) != para) {
                        para = paragraph(m, k);
                        pStart[++p] = size;
                    }
                    int e = canonOfRaw[m[k]];
                    if (!allowed[e] || lastParagraph[e] == p) {
                        continue;
                    }
                    lastParagraph[e] = p;
                    pEnt[size++] = e;
                    perEntity[e + 1]++;
                    if (lastArticle[e] != a) {
                        lastArticle[e] = a;
                        articleCount[e]++;
                    }
                }
            }
            pStart[paragraphs] = size;
            this.paragraphStart = pStart;
            this.paragraphEntities = pEnt;
            for (int e = 0; e < n; e++) {
                perEntity[e + 1] += perEntity[e];
            }
            int[] eParas = new int[size];
            int[] fill = Arrays.copyOf(perEntity, n);
            for (int q = 0; q < paragraphs; q++) {
                for (int i = pStart[q]; i < pStart[q + 1]; i++) {
                    eParas[fill[pEnt[i]]++] = q;
                }
            }
            this.entityStart = perEntity;
            this.entityParagraphs = eParas;
        }

        /** Counts the paragraphs {@code x} shares with each entity numbered after it; returns how many such entities. */
        private int countFrom(int x) {
            int t = 0;
            for (int i = entityStart[x]; i < entityStart[x + 1]; i++) {
                int q = entityParagraphs[i];
                for (int j = paragraphStart[q]; j < paragraphStart[q + 1]; j++) {
                    int y = paragraphEntities[j];
                    if (y > x && counter[y]++ == 0) {
                        touched[t++] = y;
                    }
                }
            }
            return t;
        }

        /** How many edges of each weight (at least {@code min}) there are. */
        int[] histogram(int min) {
            int top = 0;
            for (int e = 0; e < n; e++) {
                top = Math.max(top, entityStart[e + 1] - entityStart[e]);
            }
            int[] h = new int[top + 1];
            for (int x = 0; x < n; x++) {
                int t = countFrom(x);
                for (int i = 0; i < t; i++) {
                    int y = touched[i];
                    if (counter[y] >= min) {
                        h[counter[y]]++;
                    }
                    counter[y] = 0;
                }
            }
            return h;
        }

        /**
         * The graph from the edges of at least {@code threshold}, strongest first (then in id order,
         * entity numbers being in id order); null when they do not fill the cap and weaker edges
         * (down to {@code min}) could still add nodes.
         */
        EntityGraph graph(int threshold, int min, int cap) {
            long[] packed = new long[1024];
            int size = 0;
            int top = 0;
            for (int x = 0; x < n; x++) {
                int t = countFrom(x);
                for (int i = 0; i < t; i++) {
                    int y = touched[i];
                    int w = counter[y];
                    counter[y] = 0;
                    if (w >= threshold) {
                        if (size == packed.length) {
                            packed = Arrays.copyOf(packed, size * 2);
                        }
                        packed[size++] = (long) w << 42 | (long) x << 21 | y;
                        top = Math.max(top, w);
                    }
                }
            }
            // Weight descending, then ids ascending: flip the weight so one ascending sort does.
            for (int i = 0; i < size; i++) {
                long w = packed[i] >>> 42;
                packed[i] = (top - w) << 42 | (packed[i] & ((1L << 42) - 1));
            }
            Arrays.sort(packed, 0, size);
            boolean[] chosen = new boolean[n];
            int nodes = 0;
            List<long[]> edges = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                int w = (int) (top - (packed[i] >>> 42));
                int x = (int) ((packed[i] >>> 21) & 0x1FFFFF);
                int y = (int) (packed[i] & 0x1FFFFF);
                int missing = (chosen[x] ? 0 : 1) + (chosen[y] ? 0 : 1);
                if (nodes + missing > cap) {
                    continue;
                }
                if (!chosen[x]) {
                    chosen[x] = true;
                    nodes++;
                }
                if (!chosen[y]) {
                    chosen[y] = true;
                    nodes++;
                }
                edges.add(new long[] {x, y, w});
            }
            if (nodes < cap && threshold > min) {
                return null;
            }
            if (threshold > min) {
                // The cap is full: what remains are the weaker edges between nodes already in.
                for (int x = 0; x < n; x++) {
                    if (!chosen[x]) {
                        continue;
                    }
                    int t = countFrom(x);
                    for (int i = 0; i < t; i++) {
                        int y = touched[i];
                        int w = counter[y];
                        counter[y] = 0;
                        if (chosen[y] && w >= min && w < threshold) {
                            edges.add(new long[] {x, y, w});
                        }
                    }
                }
                edges.sort((p, q) -> p[2] != q[2] ? Long.compare(q[2], p[2]) : p[0] != q[0] ? Long.compare(p[0], q[0])
                        : Long.compare(p[1], q[1]));
            }
            List<GraphEdge> edgeList = new ArrayList<>(edges.size());
            for (long[] e : edges) {
                edgeList.add(new GraphEdge(entityIds[(int) e[0]], entityIds[(int) e[1]], (int) e[2]));
            }
            List<GraphNode> nodeList = new ArrayList<>(nodes);
            for (int e = 0; e < n; e++) {
                if (chosen[e]) {
                    nodeList.add(new GraphNode(entityIds[e], entityTypes[e], nameOf(e), articleCount[e]));
                }
            }
            nodeList.sort(Comparator.comparingInt(GraphNode::articles).reversed().thenComparing(GraphNode::id));
            return new EntityGraph(nodeList, edgeList);
        }
    }

    /**
     * The paragraphs two entities share (an edge of the network), newest articles first, at most
     * {@code limit}; each marks the first mention of either in the paragraph.
     */
    public List<Passage> edgePassages(String sourceId, String targetId, ArticleSource source, int limit) {
        int x = canonical(sourceId);
        int y = canonical(targetId);
        if (!mentioned(x) || !mentioned(y) || x == y) {
            return List.of();
        }
        List<Integer> both = new ArrayList<>();
        int[] ax = articlesOf[x];
        int[] ay = articlesOf[y];
        for (int i = 0, j = 0; i < ax.length && j < ay.length; ) {
            if (ax[i] == ay[j]) {
                both.add(ax[i]);
                i++;
                j++;
            } else if (ax[i] < ay[j]) {
                i++;
            } else {
                j++;
            }
        }
        both.sort(this::newestFirst);
        List<Passage> out = new ArrayList<>();
        for (int a : both) {
            if (out.size() >= limit) {
                break;
            }
            ArticleData art = articles[a];
            int[] px = paragraphsWith(art, x);
            int[] py = paragraphsWith(art, y);
            List<Integer> shared = new ArrayList<>();
            for (int p : px) {
                if (Arrays.binarySearch(py, p) >= 0) {
                    shared.add(p);
                }
            }
            Article article = shared.isEmpty() ? null : read(art, source);
            if (article == null) {
                continue;
            }
            Paragraphs paragraphs = Paragraphs.of(article);
            String text = article.text();
            for (int p : shared) {
                if (out.size() >= limit) {
                    break;
                }
                int[] mark = firstMentionIn(art, p, x, y);
                if (mark == null || mark[1] > text.length() || p >= paragraphs.size()) {
                    continue;
                }
                int start = Math.min(paragraphs.start(p), mark[0]);
                int end = Math.min(text.length(), Math.max(paragraphs.end(p), mark[1]));
                out.add(new Passage(art.id, article.title(), start, text.substring(start, end), mark[0], mark[1]));
            }
        }
        return out;
    }

    private int[] firstMentionIn(ArticleData art, int paragraph, int x, int y) {
        int[] m = art.names;
        for (int k = 0; k < m.length; k += STRIDE) {
            int e = canonOfRaw[m[k]];
            if (paragraph(m, k) == paragraph && (e == x || e == y)) {
                return new int[] {start(m, k), end(m, k)};
            }
        }
        return null;
    }

    // ---- profiles ----

    /**
     * Everything the library says about one entity, or null when no article mentions it: names,
     * articles, dates, the {@code coMentioned} entities sharing most paragraphs, and up to
     * {@code concordanceLimit} concordance lines, read from the newest articles.
     */
    public EntityProfile profile(String entityId, ArticleSource source, int coMentioned, int concordanceLimit) {
        int e = canonical(entityId);
        if (!mentioned(e)) {
            return null;
        }
        List<Integer> order = newestFirst(articlesOf[e]);
        List<EntityProfile.ArticleRef> refs = new ArrayList<>(order.size());
        LocalDate first = null;
        LocalDate last = null;
        TimexRange earliest = null;
        TimexRange latest = null;
        int[] shared = new int[entityIds.length];
        int[] stamp = new int[entityIds.length];
        int serial = 0;
        for (int a : order) {
            ArticleData art = articles[a];
            int[] m = art.names;
            int count = 0;
            for (int k = 0; k < m.length; k += STRIDE) {
                if (canonOfRaw[m[k]] == e) {
                    count++;
                }
            }
            LocalDate date = dateOf(art);
            refs.add(new EntityProfile.ArticleRef(art.id, art.title, date, count));
            if (date != null) {
                first = first == null || date.isBefore(first) ? date : first;
                last = last == null || date.isAfter(last) ? date : last;
            }
            int[] paras = paragraphsWith(art, e);
            int para = -1;
            for (int k = 0; k < m.length; k += STRIDE) {
                if (paragraph(m, k) != para) {
                    para = paragraph(m, k);
                    serial++; // one number per (article, paragraph): each shared paragraph counts once
                }
                int o = canonOfRaw[m[k]];
                if (o != e && stamp[o] != serial && Arrays.binarySearch(paras, para) >= 0) {
                    stamp[o] = serial;
                    shared[o]++;
                }
            }
            int[] d = art.dates;
            for (int k = 0; k < d.length; k += STRIDE) {
                if (Arrays.binarySearch(paras, paragraph(d, k)) >= 0) {
                    TimexRange r = values[d[k]];
                    earliest = earliest == null || r.start().isBefore(earliest.start()) ? r : earliest;
                    latest = latest == null || r.end().isAfter(latest.end()) ? r : latest;
                }
            }
        }
        List<Integer> co = new ArrayList<>();
        for (int o = 0; o < shared.length; o++) {
            if (shared[o] > 0) {
                co.add(o);
            }
        }
        co.sort(Comparator.comparingInt((Integer o) -> -shared[o]).thenComparing(o -> o));
        List<EntityProfile.CoMention> coList = new ArrayList<>();
        for (int o : co.subList(0, Math.min(coMentioned, co.size()))) {
            coList.add(new EntityProfile.CoMention(entityIds[o], entityTypes[o], nameOf(o), shared[o]));
        }
        List<String> aliases = List.of();
        List<String> mergedIds = new ArrayList<>();
        EntityIndex.Entry entry = merged == null ? null : merged.get(entityIds[e]);
        if (entry != null) {
            aliases = entry.aliases();
            entry.merges().forEach(x -> mergedIds.add(x.id()));
        } else {
            for (int s = 0; s < canon.length; s++) {
                if (canon[s] == e && s != e) {
                    mergedIds.add(entityIds[s]);
                }
            }
        }
        return new EntityProfile(entityIds[e], entityTypes[e], nameOf(e), aliases, mergedIds, mentionsOf[e], refs,
                first, last, earliest, latest, coList, concordance(e, order, source, concordanceLimit));
    }

    /**
     * The entity's mentions, each in its sentence (keyword in context: the mention marked), newest
     * articles first, at most {@code limit}; each opens the article at the mention.
     */
    public List<Passage> concordance(String entityId, ArticleSource source, int limit) {
        int e = canonical(entityId);
        return mentioned(e) ? concordance(e, newestFirst(articlesOf[e]), source, limit) : List.of();
    }

    private List<Passage> concordance(int e, List<Integer> newestFirstOrder, ArticleSource source, int limit) {
        List<Passage> out = new ArrayList<>();
        for (int a : newestFirstOrder) {
            if (out.size() >= limit) {
                break;
            }
            ArticleData art = articles[a];
            List<int[]> marks = new ArrayList<>();
            int[] m = art.names;
            for (int k = 0; k < m.length; k += STRIDE) {
                if (canonOfRaw[m[k]] == e) {
                    marks.add(new int[] {start(m, k), end(m, k), paragraph(m, k)});
                }
            }
            sentences(art, marks, source, limit - out.size(), out);
        }
        return out;
    }
}
