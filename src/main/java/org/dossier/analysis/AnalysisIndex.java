package org.dossier.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dossier.annotate.EntityIndex;
import org.dossier.annotate.EntityType;
import org.dossier.annotate.Mention;
import org.dossier.annotate.TimexNormaliser;
import org.dossier.article.Article;

/**
 * The library's mentions arranged for questions across it: the timeline of the dates its texts
 * mention, the network of entities that share paragraphs, and each entity's profile. Built from
 * each article's mentions by a {@link Builder}; entity ids are merged through the library's
 * {@link EntityIndex} when one is given. Keeps no article text — per mention four ints — so the
 * 10,000-article corpus fits the window's heap; passages are read on request from an
 * {@link ArticleSource}. Immutable, safe to share between threads.
 */
public final class AnalysisIndex {
    private static final AnalysisIndex EMPTY = new Builder().build(null);

    /** Sorted by id. */
    private final ArticleData[] articles;
    private final Map<String, Integer> articleNumbers;
    /** The entity table: raw ids as the annotator gave them, with their types. */
    private final String[] entityIds;
    private final EntityType[] entityTypes;
    private final Map<String, Integer> entityNumbers;
    /** Per entity number, the number of the entity it is merged into (itself when not merged). */
    private final int[] canon;
    /** Per canonical entity number, the sorted numbers of the articles that mention it (null for merged-away ids). */
    private final int[][] articlesOf;
    private final int[] mentionsOf;
    private final TimexRange[] values;
    private final EntityIndex merged;

    private AnalysisIndex(ArticleData[] articles, String[] entityIds, EntityType[] entityTypes,
                          Map<String, Integer> entityNumbers, TimexRange[] values, EntityIndex merged) {
        this.articles = articles;
        this.articleNumbers = new HashMap<>(articles.length * 2);
        for (int i = 0; i < articles.length; i++) {
            articleNumbers.put(articles[i].id, i);
        }
        this.values = values;
        this.merged = merged;
        // Merging may name a root this library does not have (an index built from other articles): add it.
        List<String> ids = new ArrayList<>(Arrays.asList(entityIds));
        List<EntityType> types = new ArrayList<>(Arrays.asList(entityTypes));
        Map<String, Integer> numbers = new HashMap<>(entityNumbers);
        int[] c = new int[entityIds.length];
        for (int i = 0; i < entityIds.length; i++) {
            String root = merged == null ? entityIds[i] : merged.canonicalId(entityIds[i]);
            Integer n = numbers.get(root);
            if (n == null) {
                n = ids.size();
                ids.add(root);
                types.add(entityTypes[i]);
                numbers.put(root, n);
            }
            c[i] = n;
        }
        int total = ids.size();
        this.canon = Arrays.copyOf(c, total);
        for (int i = entityIds.length; i < total; i++) {
            canon[i] = i;
        }
        this.entityIds = ids.toArray(String[]::new);
        this.entityTypes = types.toArray(EntityType[]::new);
        this.entityNumbers = numbers;
        int[] articleCounts = new int[total];
        int[] mentions = new int[total];
        int[] last = new int[total];
        Arrays.fill(last, -1);
        for (int a = 0; a < articles.length; a++) {
            int[] m = articles[a].mentions;
            for (int k = 0; k < m.length; k += ArticleData.STRIDE) {
                int e = canon[m[k]];
                mentions[e]++;
                if (last[e] != a) {
                    last[e] = a;
                    articleCounts[e]++;
                }
            }
        }
        int[][] of = new int[total][];
        Arrays.fill(last, -1);
        for (int a = 0; a < articles.length; a++) {
            int[] m = articles[a].mentions;
            for (int k = 0; k < m.length; k += ArticleData.STRIDE) {
                int e = canon[m[k]];
                if (last[e] != a) {
                    last[e] = a;
                    if (of[e] == null) {
                        of[e] = new int[articleCounts[e]];
                        articleCounts[e] = 0;
                    }
                    of[e][articleCounts[e]++] = a;
                }
            }
        }
        this.articlesOf = of;
        this.mentionsOf = mentions;
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
            List<String> dateValues = TimexNormaliser.values(article.text(), mentions, article.date());
            Paragraphs paragraphs = Paragraphs.of(article);
            int[] m = new int[mentions.size() * ArticleData.STRIDE];
            int[] d = new int[mentions.size() * ArticleData.STRIDE];
            int nd = 0;
            synchronized (this) {
                for (int i = 0; i < mentions.size(); i++) {
                    Mention x = mentions.get(i);
                    int para = paragraphs.indexOf(x.start());
                    int k = i * ArticleData.STRIDE;
                    m[k] = entity(x.entityId(), x.type());
                    m[k + 1] = x.start();
                    m[k + 2] = x.end();
                    m[k + 3] = para;
                    TimexRange range = TimexRange.parse(dateValues.get(i));
                    if (range != null) {
                        d[nd] = value(range);
                        d[nd + 1] = x.start();
                        d[nd + 2] = x.end();
                        d[nd + 3] = para;
                        nd += ArticleData.STRIDE;
                    }
                }
                int day = article.date() == null ? ArticleData.NO_DATE : (int) article.date().toEpochDay();
                byId.put(article.id(), new ArticleData(article.id(), article.title(), day, m, Arrays.copyOf(d, nd)));
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
            byId.keySet().removeIf(id -> Article.fileIdOf(id).equals(fileId));
            return this;
        }

        public synchronized int size() {
            return byId.size();
        }

        /** The index of the articles put so far, entity ids merged through {@code merged} (null: not merged). */
        public synchronized AnalysisIndex build(EntityIndex merged) {
            ArticleData[] sorted = byId.values().toArray(ArticleData[]::new);
            Arrays.sort(sorted, Comparator.comparing(a -> a.id));
            return new AnalysisIndex(sorted, entityIds.toArray(String[]::new), entityTypes.toArray(EntityType[]::new),
                    entityNumbers, values.toArray(TimexRange[]::new), merged);
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
        Integer n = entityNumbers.get(entityId);
        if (n == null && merged != null) {
            n = entityNumbers.get(merged.canonicalId(entityId));
        }
        return n == null ? -1 : canon[n];
    }

    /** The entity as a network node (its article count over the whole library), or null when no article mentions it. */
    public GraphNode node(String entityId) {
        int e = canonical(entityId);
        return e < 0 || articlesOf[e] == null ? null : new GraphNode(entityIds[e], entityTypes[e], nameOf(e), articlesOf[e].length);
    }

    /** The ids of the articles that mention the entity (any merged id), sorted. */
    public List<String> articlesMentioning(String entityId) {
        int e = canonical(entityId);
        if (e < 0 || articlesOf[e] == null) {
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

    private LocalDate dateOf(ArticleData a) {
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

    private int[] allArticles() {
        int[] all = new int[articles.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return all;
    }

    /** The paragraphs of one article where the entity is mentioned, ascending (mentions are in text order). */
    private int[] paragraphsWith(ArticleData a, int entity) {
        int[] m = a.mentions;
        int[] out = new int[4];
        int n = 0;
        for (int k = 0; k < m.length; k += ArticleData.STRIDE) {
            if (canon[m[k]] == entity) {
                int p = m[k + 3];
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
        if (entityId != null && (target < 0 || articlesOf[target] == null)) {
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
            for (int k = 0; k < d.length; k += ArticleData.STRIDE) {
                if (paras == null || Arrays.binarySearch(paras, d[k + 3]) >= 0) {
                    counts[d[k]]++;
                    byValue.computeIfAbsent(d[k], v -> new LinkedHashMap<>())
                            .computeIfAbsent(art.id, id -> new ArrayList<>(2)).add(d[k + 1]);
                }
            }
        }
        List<Timeline.Point> points = new ArrayList<>(byValue.size());
        byValue.forEach((v, arts2) -> {
            List<Timeline.MentionedIn> in = new ArrayList<>(arts2.size());
            arts2.forEach((id, offsets) -> in.add(new Timeline.MentionedIn(id, offsets)));
            points.add(new Timeline.Point(values[v], counts[v], in));
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
        Set<Integer> wanted = new HashSet<>();
        for (int v = 0; v < this.values.length; v++) {
            if (values.contains(this.values[v].value())) {
                wanted.add(v);
            }
        }
        int target = canonical(entityId);
        if (wanted.isEmpty() || entityId != null && (target < 0 || articlesOf[target] == null)) {
            return List.of();
        }
        int[] arts = target < 0 ? allArticles() : articlesOf[target];
        List<Integer> order = new ArrayList<>();
        for (int a : arts) {
            order.add(a);
        }
        order.sort(this::newestFirst);
        List<Passage> out = new ArrayList<>();
        for (int a : order) {
            if (out.size() >= limit) {
                break;
            }
            ArticleData art = articles[a];
            int[] paras = target < 0 ? null : paragraphsWith(art, target);
            List<int[]> marks = new ArrayList<>();
            int[] d = art.dates;
            for (int k = 0; k < d.length; k += ArticleData.STRIDE) {
                if (wanted.contains(d[k]) && (paras == null || Arrays.binarySearch(paras, d[k + 3]) >= 0)) {
                    marks.add(new int[] {d[k + 1], d[k + 2], d[k + 3]});
                }
            }
            if (!marks.isEmpty()) {
                sentences(art, marks, source, limit - out.size(), out);
            }
        }
        return out;
    }

    /** Each mark {@code {start, end, paragraph}} in its sentence, read from the article as it is now. */
    private void sentences(ArticleData art, List<int[]> marks, ArticleSource source, int limit, List<Passage> out) {
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
                continue;
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
     * over the query's articles and types; edges under its minimum weight left out; nodes taken edge
     * by edge, strongest first, up to its cap (an edge is kept when both its ends are). Edges come
     * strongest first, nodes most articles first.
     */
    public EntityGraph graph(GraphQuery query) {
        boolean[] allowed = new boolean[entityIds.length];
        for (int e = 0; e < entityIds.length; e++) {
            allowed[e] = canon[e] == e && query.types().contains(entityTypes[e]);
        }
        int[] arts;
        if (query.articleIds() == null) {
            arts = allArticles();
        } else {
            arts = query.articleIds().stream().map(articleNumbers::get).filter(java.util.Objects::nonNull)
                    .mapToInt(Integer::intValue).sorted().toArray();
        }
        PairCounts pairs = new PairCounts(1024);
        int[] articleCount = new int[entityIds.length];
        int[] lastArticle = new int[entityIds.length];
        int[] lastPara = new int[entityIds.length];
        Arrays.fill(lastArticle, -1);
        int[] inPara = new int[64];
        for (int a : arts) {
            int[] m = articles[a].mentions;
            int n = 0;
            int para = -1;
            for (int k = 0; k <= m.length; k += ArticleData.STRIDE) {
                if (k == m.length || m[k + 3] != para) {
                    for (int i = 0; i < n; i++) {
                        for (int j = i + 1; j < n; j++) {
                            pairs.increment(inPara[i], inPara[j]);
                        }
                    }
                    n = 0;
                    if (k == m.length) {
                        break;
                    }
                    para = m[k + 3];
                }
                int e = canon[m[k]];
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
                    if (n == inPara.length) {
                        inPara = Arrays.copyOf(inPara, n * 2);
                    }
                    inPara[n++] = e;
                }
            }
        }
        // Strongest first: weight, then the pair, packed in one long so a primitive sort orders them.
        long[] packed = new long[pairs.size()];
        int[] filled = {0};
        int min = query.minWeight();
        pairs.forEach((key, count) -> {
            if (count >= min) {
                packed[filled[0]++] = ((long) count << 42) | ((long) PairCounts.first(key) << 21) | PairCounts.second(key);
            }
        });
        long[] edgesByWeight = Arrays.copyOf(packed, filled[0]);
        Arrays.sort(edgesByWeight);
        Set<Integer> nodes = new LinkedHashSet<>();
        List<GraphEdge> edges = new ArrayList<>();
        int cap = query.maxNodes();
        for (int i = edgesByWeight.length - 1; i >= 0; i--) {
            long p = edgesByWeight[i];
            int w = (int) (p >>> 42);
            int x = (int) ((p >>> 21) & 0x1FFFFF);
            int y = (int) (p & 0x1FFFFF);
            int missing = (nodes.contains(x) ? 0 : 1) + (nodes.contains(y) ? 0 : 1);
            if (nodes.size() + missing > cap) {
                if (nodes.size() >= cap) {
                    // full: only edges between nodes already in
                    if (missing > 0) {
                        continue;
                    }
                } else {
                    continue;
                }
            }
            nodes.add(x);
            nodes.add(y);
            String sx = entityIds[x];
            String sy = entityIds[y];
            edges.add(sx.compareTo(sy) < 0 ? new GraphEdge(sx, sy, w) : new GraphEdge(sy, sx, w));
        }
        edges.sort(Comparator.comparingInt(GraphEdge::weight).reversed()
                .thenComparing(GraphEdge::source).thenComparing(GraphEdge::target));
        List<GraphNode> nodeList = new ArrayList<>(nodes.size());
        for (int e : nodes) {
            nodeList.add(new GraphNode(entityIds[e], entityTypes[e], nameOf(e), articleCount[e]));
        }
        nodeList.sort(Comparator.comparingInt(GraphNode::articles).reversed().thenComparing(GraphNode::id));
        return new EntityGraph(nodeList, edges);
    }

    /**
     * The paragraphs two entities share (an edge of the network), newest articles first, at most
     * {@code limit}; each marks the first mention of either in the paragraph.
     */
    public List<Passage> edgePassages(String sourceId, String targetId, ArticleSource source, int limit) {
        int x = canonical(sourceId);
        int y = canonical(targetId);
        if (x < 0 || y < 0 || x == y || articlesOf[x] == null || articlesOf[y] == null) {
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
            if (shared.isEmpty()) {
                continue;
            }
            Article article = read(art, source);
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
        int[] m = art.mentions;
        for (int k = 0; k < m.length; k += ArticleData.STRIDE) {
            int e = canon[m[k]];
            if (m[k + 3] == paragraph && (e == x || e == y)) {
                return new int[] {m[k + 1], m[k + 2]};
            }
        }
        return null;
    }

    // ---- profiles ----

    /**
     * Everything the library says about one entity, or null when no article mentions it: names,
     * articles, dates, the {@code coMentioned} entities (names) sharing most paragraphs, and up to
     * {@code concordanceLimit} concordance lines, read from the newest articles.
     */
    public EntityProfile profile(String entityId, ArticleSource source, int coMentioned, int concordanceLimit) {
        int e = canonical(entityId);
        if (e < 0 || articlesOf[e] == null) {
            return null;
        }
        List<Integer> order = new ArrayList<>();
        for (int a : articlesOf[e]) {
            order.add(a);
        }
        order.sort(this::newestFirst);
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
            int[] m = art.mentions;
            int count = 0;
            for (int k = 0; k < m.length; k += ArticleData.STRIDE) {
                if (canon[m[k]] == e) {
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
            for (int k = 0; k < m.length; k += ArticleData.STRIDE) {
                if (m[k + 3] != para) {
                    para = m[k + 3];
                    serial++; // one number per (article, paragraph): each shared paragraph counts once
                }
                int o = canon[m[k]];
                if (o != e && stamp[o] != serial && Arrays.binarySearch(paras, para) >= 0) {
                    stamp[o] = serial;
                    shared[o]++;
                }
            }
            int[] d = art.dates;
            for (int k = 0; k < d.length; k += ArticleData.STRIDE) {
                if (Arrays.binarySearch(paras, d[k + 3]) >= 0) {
                    TimexRange r = values[d[k]];
                    earliest = earliest == null || r.start().isBefore(earliest.start()) ? r : earliest;
                    latest = latest == null || r.end().isAfter(latest.end()) ? r : latest;
                }
            }
        }
        List<Integer> co = new ArrayList<>();
        for (int o = 0; o < shared.length; o++) {
            if (shared[o] > 0 && EntityIndex.NAMES.contains(entityTypes[o])) {
                co.add(o);
            }
        }
        co.sort(Comparator.comparingInt((Integer o) -> -shared[o]).thenComparing(o -> entityIds[o]));
        List<EntityProfile.CoMention> coList = new ArrayList<>();
        for (int o : co.subList(0, Math.min(coMentioned, co.size()))) {
            coList.add(new EntityProfile.CoMention(entityIds[o], entityTypes[o], nameOf(o), shared[o]));
        }
        List<String> aliases = List.of();
        List<String> mergedIds = new ArrayList<>();
        if (merged != null && merged.get(entityIds[e]) != null) {
            EntityIndex.Entry entry = merged.get(entityIds[e]);
            aliases = entry.aliases();
            entry.merges().forEach(x -> mergedIds.add(x.id()));
        } else {
            for (int i = 0; i < canon.length; i++) {
                if (canon[i] == e && i != e) {
                    mergedIds.add(entityIds[i]);
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
        if (e < 0 || articlesOf[e] == null) {
            return List.of();
        }
        List<Integer> order = new ArrayList<>();
        for (int a : articlesOf[e]) {
            order.add(a);
        }
        order.sort(this::newestFirst);
        return concordance(e, order, source, limit);
    }

    private List<Passage> concordance(int e, List<Integer> newestFirstOrder, ArticleSource source, int limit) {
        List<Passage> out = new ArrayList<>();
        for (int a : newestFirstOrder) {
            if (out.size() >= limit) {
                break;
            }
            ArticleData art = articles[a];
            List<int[]> marks = new ArrayList<>();
            int[] m = art.mentions;
            for (int k = 0; k < m.length; k += ArticleData.STRIDE) {
                if (canon[m[k]] == e) {
                    marks.add(new int[] {m[k + 1], m[k + 2], m[k + 3]});
                }
            }
            sentences(art, marks, source, limit - out.size(), out);
        }
        return out;
    }
}
