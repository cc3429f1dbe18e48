package org.dossier.annotate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which of a library's entities are one, from the evidence the library gives, each merge
 * with a reason the user can read and undo: the same name written differently (particles
 * "al-"/"de"/"von", diacritics, hyphens); a surname alone and the one full name in the library
 * with that surname (or, when several, the one named in the same articles); initials and the one
 * full name they abbreviate ("S. Warne", "Shane Warne"); an organisation's acronym and its one
 * expansion ("SDF", "Syrian Democratic Forces"). Never across types, never for dates or
 * quantities, never where the user said "apart"; the user's "same" pairs are merged too. Used
 * once per index build; not thread-safe.
 */
final class EntityMerger {
    /** One entity before merging. */
    static final class Node {
        final String id;
        final EntityType type;
        final String name;
        String[] articles;
        final NameKey key;

        Node(String id, EntityType type, String name, String[] articles) {
            this.id = id;
            this.type = type;
            this.name = name;
            this.articles = articles;
            this.key = type == EntityType.DATE || type == EntityType.QUANTITY ? null : NameKey.of(name);
        }
    }

    /** Why an entity id was merged into another. */
    record Link(String into, String reason, boolean byUser) {
    }

    private final Map<String, Node> nodes;
    private final MergeCorrections corrections;
    /** Merged id → the id it joined (not necessarily final: follow with {@link #find}). */
    private final Map<String, Link> links = new LinkedHashMap<>();

    EntityMerger(Map<String, Node> nodes, MergeCorrections corrections) {
        this.nodes = nodes;
        this.corrections = corrections;
    }

    /** Merged id → the final entity it belongs to, with the reason. */
    Map<String, Link> merge() {
        sameSpelling();
        initials();
        surnames();
        acronyms();
        userMerges();
        Map<String, Link> out = new LinkedHashMap<>();
        for (Map.Entry<String, Link> e : links.entrySet()) {
            out.put(e.getKey(), new Link(find(e.getKey()), e.getValue().reason(), e.getValue().byUser()));
        }
        return out;
    }

    String find(String id) {
        String cur = id;
        for (int guard = 0; guard < 64; guard++) {
            Link l = links.get(cur);
            if (l == null) {
                return cur;
            }
            cur = l.into();
        }
        return cur;
    }

    /** Merges {@code from}'s entity into {@code into}'s unless the user keeps them apart; false if not merged. */
    private boolean link(String from, String into, String reason, boolean byUser) {
        String a = find(from);
        String b = find(into);
        if (a.equals(b)) {
            return false;
        }
        if (!byUser && (corrections.apart(from, into) || corrections.apart(a, b) || corrections.apart(from, b)
                || corrections.apart(a, into))) {
            return false;
        }
        links.put(a, new Link(b, reason, byUser));
        return true;
    }

    /** Entities that are not merged into another yet, of the given type. */
    private List<Node> roots(EntityType type) {
        List<Node> out = new ArrayList<>();
        for (Node n : nodes.values()) {
            if (n.type == type && n.key != null && !n.key.isEmpty() && !links.containsKey(n.id)) {
                out.add(n);
            }
        }
        return out;
    }

    private static int compare(Node a, Node b) {
        if (a.articles.length != b.articles.length) {
            return Integer.compare(b.articles.length, a.articles.length);
        }
        if (a.name.length() != b.name.length()) {
            return Integer.compare(b.name.length(), a.name.length());
        }
        return a.name.compareTo(b.name);
    }

    private void sameSpelling() {
        Map<String, List<Node>> groups = new HashMap<>();
        for (Node n : nodes.values()) {
            if (n.key != null && !n.key.isEmpty()) {
                groups.computeIfAbsent(n.type.name() + "|" + n.key, k -> new ArrayList<>(1)).add(n);
            }
        }
        for (List<Node> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            group.sort(EntityMerger::compare);
            Node target = group.get(0);
            for (Node n : group.subList(1, group.size())) {
                link(n.id, target.id, "“" + n.name + "” is “" + target.name + "” written differently", false);
            }
        }
    }

    private void initials() {
        List<Node> people = roots(EntityType.PERSON);
        Map<String, List<Node>> bySurname = new HashMap<>();
        for (Node n : people) {
            if (n.key.size() >= 2 && !n.key.initialsAndSurname()) {
                bySurname.computeIfAbsent(n.key.last(), k -> new ArrayList<>(1)).add(n);
            }
        }
        for (Node n : people) {
            if (!n.key.initialsAndSurname()) {
                continue;
            }
            List<Node> full = new ArrayList<>();
            for (Node c : bySurname.getOrDefault(n.key.last(), List.of())) {
                if (c.key.abbreviatedBy(n.key)) {
                    full.add(c);
                }
            }
            Node target = unique(n, full);
            if (target != null) {
                link(n.id, target.id, "“" + n.name + "” are the initials of " + target.name
                        + (full.size() == 1 ? ", the only such name in the library" : ", named in the same articles"), false);
            }
        }
    }

    private void surnames() {
        List<Node> people = roots(EntityType.PERSON);
        Map<String, List<Node>> bySurname = new HashMap<>();
        for (Node n : people) {
            if (n.key.size() >= 2) {
                bySurname.computeIfAbsent(n.key.last(), k -> new ArrayList<>(1)).add(n);
            }
        }
        for (Node n : people) {
            if (n.key.size() != 1 || NameKey.isInitial(n.key.last())) {
                continue;
            }
            List<Node> full = distinctRoots(bySurname.getOrDefault(n.key.last(), List.of()));
            Node target = unique(n, full);
            if (target != null) {
                link(n.id, target.id, "“" + n.name + "” is the surname of " + target.name
                        + (full.size() == 1 ? ", the only person of that name in the library" : ", named in the same articles"), false);
            }
        }
    }

    private void acronyms() {
        List<Node> orgs = roots(EntityType.ORG);
        Map<String, List<Node>> byInitials = new HashMap<>();
        for (Node n : orgs) {
            String initials = NameKey.initialsOf(n.name);
            if (!initials.isEmpty()) {
                byInitials.computeIfAbsent(initials, k -> new ArrayList<>(1)).add(n);
            }
        }
        for (Node n : orgs) {
            String acronym = NameKey.acronym(n.name);
            if (acronym.isEmpty()) {
                continue;
            }
            List<Node> full = distinctRoots(byInitials.getOrDefault(acronym, List.of()));
            Node target = unique(n, full);
            if (target != null) {
                link(n.id, target.id, "“" + n.name + "” stands for " + target.name
                        + (full.size() == 1 ? ", the only such name in the library" : ", named in the same articles"), false);
            }
        }
    }

    private void userMerges() {
        for (MergeCorrections.Pair p : corrections.pairs()) {
            if (!p.same()) {
                continue;
            }
            Node a = nodes.get(p.a());
            Node b = nodes.get(p.b());
            if (a == null || b == null) {
                continue; // one of them is not in this library (now)
            }
            Node ra = nodes.get(find(a.id));
            Node rb = nodes.get(find(b.id));
            boolean aWins = compare(ra, rb) <= 0;
            Node from = aWins ? b : a;
            Node into = aWins ? a : b;
            link(from.id, into.id, "merged by you with " + into.name, true);
        }
    }

    /** The candidates that are still their own entity, each once. */
    private List<Node> distinctRoots(Collection<Node> candidates) {
        Map<String, Node> out = new LinkedHashMap<>();
        for (Node c : candidates) {
            Node root = nodes.get(find(c.id));
            out.putIfAbsent(root.id, root);
        }
        return new ArrayList<>(out.values());
    }

    /**
     * The one candidate the library allows: the only one, or the only one named in an article that
     * also names {@code n}; null when there is none or the evidence is ambiguous.
     */
    private static Node unique(Node n, List<Node> candidates) {
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        Node found = null;
        for (Node c : candidates) {
            if (shareAnArticle(n.articles, c.articles)) {
                if (found != null) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    private static boolean shareAnArticle(String[] a, String[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            int c = a[i].compareTo(b[j]);
            if (c == 0) {
                return true;
            }
            if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }
}
