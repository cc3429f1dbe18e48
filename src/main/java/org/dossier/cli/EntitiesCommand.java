package org.dossier.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dossier.annotate.Annotator;
import org.dossier.annotate.EntityIndex;
import org.dossier.annotate.EntityType;
import org.dossier.annotate.MergeCorrections;
import org.dossier.annotate.Mention;
import org.dossier.article.Article;
import org.dossier.article.ArticleLibrary;
import org.dossier.base.DataDirs;

/**
 * {@code entities [--json] [--type TYPE] [--limit N] DIR}: the library's entity index — every
 * entity of the folder's articles, entities the library shows to be one merged (with the user's
 * merge corrections), most articles first. {@code --json} prints one JSON array of
 * {@code {"id", "type", "name", "aliases", "articles", "mentions", "merged": [{"id", "name", "reason"}]}};
 * without it, one line per entity.
 */
final class EntitiesCommand implements Command {
    private static final int BATCH = 64;
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public String usage() {
        return "entities [--json] [--type TYPE] [--limit N] DIR";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        CommandArgs parsed = CommandArgs.parse(args, Set.of("type", "limit"), Set.of(), Set.of("json"));
        if (parsed.operands().size() != 1) {
            throw new UsageException("expected one folder of articles");
        }
        EntityType type = null;
        if (parsed.get("type") != null) {
            try {
                type = EntityType.valueOf(parsed.get("type").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UsageException("unknown type " + parsed.get("type") + " (expected one of "
                        + java.util.Arrays.toString(EntityType.values()) + ")");
            }
        }
        int limit = parsed.get("limit") == null ? Integer.MAX_VALUE : parsed.positive("limit", 20);
        Path folder = Path.of(parsed.operands().get(0));
        if (!Files.isDirectory(folder)) {
            err.println("dossier entities: not a folder: " + folder);
            return 1;
        }
        Annotator annotator = Annotator.withUserGazetteer(DataDirs.userGazetteer());
        annotator.problems().forEach(p -> err.println("dossier entities: user gazetteer: " + p));
        EntityIndex index = index(new ArticleLibrary(folder), annotator, MergeCorrections.load(DataDirs.entityMerges()), err);
        List<EntityIndex.Entry> entries = index.find(type, "");
        if (entries.size() > limit) {
            entries = entries.subList(0, limit);
        }
        if (parsed.has("json")) {
            out.println(json.writeValueAsString(toJson(entries)));
        } else {
            for (EntityIndex.Entry e : entries) {
                out.println(e.articles() + "\t" + e.mentions() + "\t" + e.type() + "\t" + e.name()
                        + (e.aliases().isEmpty() ? "" : "\t(" + String.join(", ", e.aliases()) + ")"));
            }
        }
        out.flush();
        return 0;
    }

    /** Reads and annotates the articles a batch at a time, in parallel, keeping only what the index needs. */
    static EntityIndex index(ArticleLibrary library, Annotator annotator, MergeCorrections corrections, PrintStream err)
            throws IOException {
        EntityIndex.Builder builder = new EntityIndex.Builder().corrections(corrections);
        List<Path> files = library.scan();
        for (int from = 0; from < files.size(); from += BATCH) {
            List<Path> batch = files.subList(from, Math.min(files.size(), from + BATCH));
            List<Object[]> done = batch.parallelStream().map(f -> {
                Article a = library.read(f);
                List<Mention> m = a.isBroken() ? List.of() : annotator.annotate(a.text(), a.meta().lang());
                return new Object[] {a, m};
            }).toList();
            for (Object[] d : done) {
                Article a = (Article) d[0];
                if (a.isBroken()) {
                    err.println("dossier entities: " + a.id() + ": " + a.problem());
                }
                @SuppressWarnings("unchecked")
                List<Mention> mentions = (List<Mention>) d[1];
                builder.add(a.id(), mentions);
            }
        }
        return builder.build();
    }

    ArrayNode toJson(List<EntityIndex.Entry> entries) {
        ArrayNode array = json.createArrayNode();
        for (EntityIndex.Entry e : entries) {
            ObjectNode o = array.addObject();
            o.put("id", e.id());
            o.put("type", e.type().name());
            o.put("name", e.name());
            ArrayNode aliases = o.putArray("aliases");
            new ArrayList<>(e.aliases()).forEach(aliases::add);
            o.put("articles", e.articles());
            o.put("mentions", e.mentions());
            ArrayNode merged = o.putArray("merged");
            for (EntityIndex.Merge m : e.merges()) {
                ObjectNode mo = merged.addObject();
                mo.put("id", m.id());
                mo.put("name", m.name());
                mo.put("reason", m.reason());
                mo.put("byUser", m.byUser());
            }
        }
        return array;
    }
}
