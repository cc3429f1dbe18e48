package org.dossier.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dossier.analysis.EntityProfile;
import org.dossier.analysis.Passage;
import org.dossier.analysis.TimexRange;
import org.dossier.annotate.EntityIndex;

/**
 * {@code profile [--json] [--lines N] DIR ID}: everything the folder says about one entity (its id,
 * {@code PERSON:Sergey Lavrov}, or its name): names and merged aliases, type, the articles that
 * mention it newest first, the first and last publication dates and the earliest and latest dates
 * mentioned in its paragraphs, the entities it shares most paragraphs with, and a concordance of up
 * to {@code N} (default 50) mentions, each in its sentence.
 */
final class ProfileCommand implements Command {
    private static final int CO_MENTIONED = 20;
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public String usage() {
        return "profile [--json] [--lines N] DIR ID";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        CommandArgs parsed = CommandArgs.parse(args, Set.of("lines"), Set.of(), Set.of("json"));
        if (parsed.operands().size() != 2) {
            throw new UsageException("expected a folder of articles and an entity id");
        }
        int lines = parsed.get("lines") == null ? 50 : parsed.positive("lines", 50);
        FolderAnalysis folder = FolderAnalysis.of(Path.of(parsed.operands().get(0)), "profile", err);
        String id = resolve(folder, parsed.operands().get(1));
        EntityProfile p = folder.index().profile(id, folder.library()::read, CO_MENTIONED, lines);
        if (p == null) {
            err.println("dossier profile: no article mentions " + parsed.operands().get(1));
            return 1;
        }
        if (parsed.has("json")) {
            out.println(json.writeValueAsString(toJson(p)));
        } else {
            out.println(p.name() + " (" + p.type() + ", " + p.articles().size() + " articles, " + p.mentions() + " mentions)");
            for (Passage c : p.concordance()) {
                out.println(c.articleId() + "\t" + c.text().replace('\n', ' '));
            }
        }
        out.flush();
        return 0;
    }

    /** An entity id as given, or the id of the entity with that name. */
    private static String resolve(FolderAnalysis folder, String given) {
        if (folder.index().node(given) != null) {
            return given;
        }
        for (EntityIndex.Entry e : folder.entities().find(null, given)) {
            if (e.name().equalsIgnoreCase(given.strip())) {
                return e.id();
            }
        }
        return given;
    }

    ObjectNode toJson(EntityProfile p) {
        ObjectNode o = json.createObjectNode();
        o.put("id", p.id());
        o.put("type", p.type().name());
        o.put("name", p.name());
        p.aliases().forEach(o.putArray("aliases")::add);
        p.mergedIds().forEach(o.putArray("merged")::add);
        o.put("mentions", p.mentions());
        o.put("firstSeen", p.firstSeen() == null ? null : p.firstSeen().toString());
        o.put("lastSeen", p.lastSeen() == null ? null : p.lastSeen().toString());
        o.put("earliestMentioned", value(p.earliestMentioned()));
        o.put("latestMentioned", value(p.latestMentioned()));
        ArrayNode arts = o.putArray("articles");
        for (EntityProfile.ArticleRef a : p.articles()) {
            ObjectNode x = arts.addObject();
            x.put("id", a.id());
            x.put("title", a.title());
            x.put("date", a.date() == null ? null : a.date().toString());
            x.put("mentions", a.mentions());
        }
        ArrayNode co = o.putArray("coMentioned");
        for (EntityProfile.CoMention c : p.coMentioned()) {
            ObjectNode x = co.addObject();
            x.put("id", c.id());
            x.put("type", c.type().name());
            x.put("name", c.name());
            x.put("paragraphs", c.paragraphs());
        }
        ArrayNode lines = o.putArray("concordance");
        for (Passage c : p.concordance()) {
            ObjectNode x = lines.addObject();
            x.put("article", c.articleId());
            x.put("offset", c.markStart());
            x.put("end", c.markEnd());
            x.put("before", c.text().substring(0, c.markStartInText()));
            x.put("keyword", c.text().substring(c.markStartInText(), c.markEndInText()));
            x.put("after", c.text().substring(c.markEndInText()));
        }
        return o;
    }

    private static String value(TimexRange r) {
        return r == null ? null : r.value();
    }
}
