package org.dossier.article.html;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org description of the article a page embeds as JSON-LD ({@code <script
 * type="application/ld+json">}): the first object of an article type, looked for in every such
 * script, in arrays and in {@code @graph}s. Read with Jackson's streaming parser into plain maps (no
 * data binding: it is read for every page). Broken JSON is skipped. Stateless; thread-safe.
 */
final class JsonLd {
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(1_000_000).build())
            .build();
    /** schema.org's Article and its kinds, and the postings that are articles in all but name. */
    private static final Pattern ARTICLE_TYPE = Pattern.compile(
            "Article|BlogPosting|SocialMediaPosting|LiveBlogPosting|DiscussionForumPosting|Report|APIReference");
    private static final Pattern CDATA = Pattern.compile("^\\s*(<!\\[CDATA\\[)?|(]]>)?\\s*$");

    private JsonLd() {
    }

    /** The article object, or an empty map. */
    static Map<String, Object> article(Document page) {
        for (Element script : page.select("script[type]")) {
            if (!script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                continue;
            }
            Object parsed = parse(CDATA.matcher(script.data()).replaceAll(""));
            Map<String, Object> found = findArticle(parsed, 0);
            if (found != null) {
                return found;
            }
        }
        return Map.of();
    }

    private static Map<String, Object> findArticle(Object node, int depth) {
        if (depth > 4) {
            return null;
        }
        if (node instanceof List<?> list) {
            for (Object item : list) {
                Map<String, Object> found = findArticle(item, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        } else if (node instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) map;
            if (isArticle(object.get("@type"))) {
                return object;
            }
            return findArticle(object.get("@graph"), depth + 1);
        }
        return null;
    }

    private static boolean isArticle(Object type) {
        if (type instanceof String s) {
            return ARTICLE_TYPE.matcher(s).find();
        }
        if (type instanceof List<?> list) {
            for (Object t : list) {
                if (isArticle(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A string value, trimmed, or "". */
    static String string(Map<String, Object> object, String key) {
        return object.get(key) instanceof String s ? s.strip() : "";
    }

    /** The name of a thing or of each thing in a list ("name" of objects, or plain strings), joined. */
    static String names(Object value) {
        List<String> out = new ArrayList<>();
        collectNames(value, out, 0);
        return String.join(", ", out);
    }

    private static void collectNames(Object value, List<String> out, int depth) {
        if (depth > 3) {
            return;
        }
        if (value instanceof String s && !s.isBlank()) {
            out.add(s.strip());
        } else if (value instanceof Map<?, ?> map) {
            if (map.get("name") instanceof String s && !s.isBlank()) {
                out.add(s.strip());
            }
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                collectNames(item, out, depth + 1);
            }
        }
    }

    /** JSON text as maps, lists, strings, numbers and booleans; null when it does not parse. */
    static Object parse(String json) {
        try (JsonParser p = JSON.createParser(json)) {
            JsonToken first = p.nextToken();
            return first == null ? null : value(p, first);
        } catch (IOException | RuntimeException e) {
            return null; // broken markup in a page's script is common and says nothing about the article
        }
    }

    private static Object value(JsonParser p, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    map.putIfAbsent(name, value(p, p.nextToken()));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                    list.add(value(p, t));
                }
                return list;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return p.getNumberValue();
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            default -> {
                return null;
            }
        }
    }
}
