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
    /** Entity numbers are packed 21 bits to a pair with the weight in one long (see {@link #graph}). */
    private static final int MAX_ENTITIES = 1 << 21;

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
        if (sorted.length >= MAX_ENTITIES) {
            throw new IllegalStateException("more than " + MAX_ENTITIES + " entities");
        }
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
         * mentions' values are resolved against the article's date; broken articles are left out.
         */
        public Builder put(Article article, List<Mention> mentions) {
            if (article.isBroken()) {
                remove(article.id());
                return this;
            }
            // The slow parts (values, paragraphs) outside the lock: a sync puts from several threads.
            List<String> dateValues = TimexNormaliser.values(article.text(), mentions, article.date());
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
        // Entities of a single paragraph in the whole library (most of the long tail) only have
        // edges of weight 1: counted only when the stronger edges leave room for them.
        int floor = Math.max(query.minWeight(), 2);
        EntityGraph g = graph(query, arts, floor);
        if (g != null) {
            return g;
        }
        return graph(query, arts, 1);
    }

    /** The network counting only entities of at least {@code floor} paragraphs; null when that may leave out nodes or edges. */
    private EntityGraph graph(GraphQuery query, int[] arts, int floor) {
        int n = entityIds.length;
        boolean[] allowed = new boolean[n];
        int candidates = 0;
        for (int e = 0; e < n; e++) {
            allowed[e] = canon[e] == e && articlesOf[e] != null && paragraphsOf[e] >= floor
                    && query.types().contains(entityTypes[e]);
            candidates += allowed[e] ? 1 : 0;
        }
        PairCounts pairs = new PairCounts(Math.min(1 << 22, candidates * 8));
        int[] articleCount = new int[n];
        int[] lastArticle = new int[n];
        int[] lastPara = new int[n];
        Arrays.fill(lastArticle, -1);
        int[] inPara = new int[64];
        for (int a : arts) {
            int[] m = articles[a].names;
            int size = 0;
            int para = -1;
            for (int k = 0; k <= m.length; k += STRIDE) {
                if (k == m.length || paragraph(m, k) != para) {
                    for (int i = 0; i < size; i++) {
                        for (int j = i + 1; j < size; j++) {
                            pairs.increment(inPara[i], inPara[j]);
                        }
                    }
                    size = 0;
                    if (k == m.length) {
                        break;
                    }
                    para = paragraph(m, k);
                }
                int e = canonOfRaw[m[k]];
                if (!allowed[e]) {
                    continue;
                }
                if (lastArticle[e] != a) {
                    lastArticle[e] = a;
                    lastPara[e] = -1;
                    articleCount[e]++;
                }
                if (lastPara[e] != para) {
                    lastPara[e] = para;
                    if (size == inPara.length) {
                        inPara = Arrays.copyOf(inPara, size * 2);
                    }
                    inPara[size++] = e;
                }
            }
        }
        // Strongest first, then by ids (entity numbers are in id order): one long per edge, sorted.
        int min = query.minWeight();
        int[] maxWeight = {0};
        int[] kept = {0};
        pairs.forEach((key, count) -> {
            if (count >= min) {
                kept[0]++;
                maxWeight[0] = Math.max(maxWeight[0], count);
            }
        });
        long[] packed = new long[kept[0]];
        int[] filled = {0};
        long top = maxWeight[0];
        pairs.forEach((key, count) -> {
            if (count >= min) {
                packed[filled[0]++] = (top - count) << 42 | (long) PairCounts.first(key) << 21 | PairCounts.second(key);
            }
        });
        Arrays.sort(packed);
        boolean[] chosen = new boolean[n];
        int nodes = 0;
        int cap = query.maxNodes();
        List<long[]> edges = new ArrayList<>();
        int nodesAtFloor = -1;
        for (long p : packed) {
            int w = (int) (top - (p >>> 42));
            int x = (int) ((p >>> 21) & (MAX_ENTITIES - 1));
            int y = (int) (p & (MAX_ENTITIES - 1));
            if (w < floor && nodesAtFloor < 0) {
                nodesAtFloor = nodes;
            }
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
        if (floor > query.minWeight() && (nodesAtFloor < 0 ? nodes : nodesAtFloor) < cap) {
            // Room was left for edges under the floor, and some of those (of the entities left
            // out) were not counted: count them all.
            return null;
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
