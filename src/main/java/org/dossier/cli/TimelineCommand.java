package org.dossier.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dossier.analysis.Timeline;

/**
 * {@code timeline [--json] [--entity ID] DIR}: per normalised date value the texts mention (a day,
 * week, month, quarter, season, year…, earliest first), how many mentions it has and the articles
 * that mention it with each mention's offset; then the articles by publication date. With
 * {@code --entity}, only what is said about that entity (the dates in its paragraphs, the articles
 * that mention it). {@code --json}: {@code {"points": [{"value", "granularity", "start", "end",
 * "count", "articles": [{"id", "offsets"}]}], "published": [{"id", "title", "date"}]}}.
 */
final class TimelineCommand implements Command {
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public String usage() {
        return "timeline [--json] [--entity ID] DIR";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        CommandArgs parsed = CommandArgs.parse(args, Set.of("entity"), Set.of(), Set.of("json"));
        if (parsed.operands().size() != 1) {
            throw new UsageException("expected one folder of articles");
        }
        FolderAnalysis folder = FolderAnalysis.of(Path.of(parsed.operands().get(0)), "timeline", err);
        String entity = parsed.get("entity");
        Timeline t = folder.index().timeline(entity);
        if (entity != null && t.published().isEmpty() && t.points().isEmpty()) {
            err.println("dossier timeline: no article mentions " + entity);
        }
        if (parsed.has("json")) {
            out.println(json.writeValueAsString(toJson(t)));
        } else {
            for (Timeline.Point p : t.points()) {
                out.println(p.value() + "\t" + p.mentions() + "\t" + String.join(" ",
                        p.articles().stream().map(Timeline.MentionedIn::articleId).toList()));
            }
        }
        out.flush();
        return 0;
    }

    ObjectNode toJson(Timeline t) {
        ObjectNode root = json.createObjectNode();
        ArrayNode points = root.putArray("points");
        for (Timeline.Point p : t.points()) {
            ObjectNode o = points.addObject();
            o.put("value", p.value());
            o.put("granularity", p.range().granularity().name());
            o.put("start", p.range().start().toString());
            o.put("end", p.range().end().toString());
            o.put("count", p.mentions());
            ArrayNode arts = o.putArray("articles");
            for (Timeline.MentionedIn m : p.articles()) {
                ObjectNode a = arts.addObject();
                a.put("id", m.articleId());
                ArrayNode offsets = a.putArray("offsets");
                m.offsets().forEach(offsets::add);
            }
        }
        ArrayNode published = root.putArray("published");
        for (Timeline.Published p : t.published()) {
            ObjectNode o = published.addObject();
            o.put("id", p.articleId());
            o.put("title", p.title());
            o.put("date", p.date().toString());
        }
        return root;
    }
}
