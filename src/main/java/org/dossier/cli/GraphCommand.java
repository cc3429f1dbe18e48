package org.dossier.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dossier.analysis.EntityGraph;
import org.dossier.analysis.GraphEdge;
import org.dossier.analysis.GraphNode;
import org.dossier.analysis.GraphQuery;
import org.dossier.annotate.EntityIndex;
import org.dossier.annotate.EntityType;

/**
 * {@code graph [--json] [--min-weight N] [--max-nodes N] [--types T,T] DIR}: the entity network —
 * an edge between two entities for every paragraph they share ({@code weight}), strongest first;
 * nodes are names (people, organisations, places, groups) unless {@code --types} says otherwise.
 * {@code --json}: {@code {"nodes": [{"id", "type", "name", "articles"}], "edges": [{"source",
 * "target", "weight"}]}}.
 */
final class GraphCommand implements Command {
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public String usage() {
        return "graph [--json] [--min-weight N] [--max-nodes N] [--types T,T] DIR";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        CommandArgs parsed = CommandArgs.parse(args, Set.of("min-weight", "max-nodes", "types"), Set.of(), Set.of("json"));
        if (parsed.operands().size() != 1) {
            throw new UsageException("expected one folder of articles");
        }
        int minWeight = parsed.get("min-weight") == null ? 1 : parsed.positive("min-weight", 1);
        int maxNodes = parsed.get("max-nodes") == null ? Integer.MAX_VALUE : parsed.positive("max-nodes", 200);
        Set<EntityType> types = parsed.get("types") == null ? EntityIndex.NAMES : types(parsed.get("types"));
        FolderAnalysis folder = FolderAnalysis.of(Path.of(parsed.operands().get(0)), "graph", err);
        EntityGraph g = folder.index().graph(new GraphQuery(minWeight, types, null, maxNodes));
        if (parsed.has("json")) {
            out.println(json.writeValueAsString(toJson(g)));
        } else {
            for (GraphEdge e : g.edges()) {
                out.println(e.weight() + "\t" + e.source() + "\t" + e.target());
            }
        }
        out.flush();
        return 0;
    }

    private static Set<EntityType> types(String list) throws UsageException {
        Set<EntityType> out = EnumSet.noneOf(EntityType.class);
        for (String t : list.split(",")) {
            try {
                out.add(EntityType.valueOf(t.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new UsageException("unknown type " + t + " (expected some of " + Arrays.toString(EntityType.values()) + ")");
            }
        }
        return out;
    }

    ObjectNode toJson(EntityGraph g) {
        ObjectNode root = json.createObjectNode();
        ArrayNode nodes = root.putArray("nodes");
        for (GraphNode n : g.nodes()) {
            ObjectNode o = nodes.addObject();
            o.put("id", n.id());
            o.put("type", n.type().name());
            o.put("name", n.name());
            o.put("articles", n.articles());
        }
        ArrayNode edges = root.putArray("edges");
        for (GraphEdge e : g.edges()) {
            ObjectNode o = edges.addObject();
            o.put("source", e.source());
            o.put("target", e.target());
            o.put("weight", e.weight());
        }
        return root;
    }
}
