package org.dossier.notebook;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The notebook file's Jackson DTOs, one per JSON object, separate from the model so the format can
 * evolve on its own. Each keeps the fields it does not know, sorted ({@link NotebookReader} fills
 * them in), and databind writes them after its own, in the declared order.
 * Mutable, confined to one read or write.
 */
final class NotebookDtos {
    private NotebookDtos() {
    }

    @JsonPropertyOrder({"version", "bookmarks"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class FileDto extends WithUnknownFields {
        public Integer version;
        public List<BookmarkDto> bookmarks;
    }

    @JsonPropertyOrder({"id", "article", "quote", "position", "note", "tags", "entities", "created", "modified"})
    static final class BookmarkDto extends WithUnknownFields {
        public String id;
        public ArticleDto article;
        public QuoteDto quote;
        public PositionDto position;
        public String note;
        public List<String> tags;
        public List<EntityDto> entities;
        public String created;
        public String modified;

        static BookmarkDto of(Bookmark b) {
            BookmarkDto d = new BookmarkDto();
            Map<String, JsonNode> unknown = new TreeMap<>(b.unknownFields());
            d.id = b.id().toString();
            d.article = new ArticleDto();
            d.article.id = b.article().id();
            d.article.title = b.article().title();
            d.article.date = b.article().date() == null ? null : b.article().date().toString();
            d.article.textSha256 = b.article().textSha256();
            d.article.source = emptyAsNull(b.article().source());
            d.article.author = emptyAsNull(b.article().author());
            d.article.url = emptyAsNull(b.article().url());
            d.article.file = emptyAsNull(b.article().file());
            nested(unknown.remove("article"), d.article.other);
            d.quote = new QuoteDto();
            d.quote.exact = b.quote().exact();
            d.quote.prefix = b.quote().prefix();
            d.quote.suffix = b.quote().suffix();
            nested(unknown.remove("quote"), d.quote.other);
            d.position = new PositionDto();
            d.position.start = b.position().start();
            d.position.end = b.position().end();
            d.position.page = b.position().page() > 0 ? b.position().page() : null;
            nested(unknown.remove("position"), d.position.other);
            d.note = b.note();
            d.tags = new ArrayList<>(b.tags());
            d.entities = new ArrayList<>(b.entities().size());
            for (PassageEntity e : b.entities()) {
                EntityDto ed = new EntityDto();
                ed.text = e.text();
                ed.type = e.type();
                ed.id = e.id();
                d.entities.add(ed);
            }
            d.created = b.created().toString();
            d.modified = b.modified().toString();
            d.other.putAll(unknown);
            return d;
        }

        Bookmark toModel(int index) throws NotebookFormatException {
            String which = "bookmark " + (index + 1);
            UUID uuid;
            try {
                uuid = UUID.fromString(require(id, which + " has no id"));
            } catch (IllegalArgumentException e) {
                throw new NotebookFormatException(which + " has an invalid id \"" + id + "\"");
            }
            which = which + " (" + uuid + ")";
            if (article == null || article.id == null) {
                throw new NotebookFormatException(which + " names no article");
            }
            if (quote == null || quote.exact == null || quote.exact.isEmpty()) {
                throw new NotebookFormatException(which + " has no quote");
            }
            if (position == null || position.start == null || position.end == null
                    || position.start < 0 || position.end < position.start) {
                throw new NotebookFormatException(which + " has no valid position");
            }
            Map<String, JsonNode> unknown = new TreeMap<>(other);
            putNested(unknown, "article", article.other);
            putNested(unknown, "quote", quote.other);
            putNested(unknown, "position", position.other);
            List<PassageEntity> found = new ArrayList<>();
            if (entities != null) {
                for (EntityDto e : entities) {
                    if (e != null && e.text != null) {
                        found.add(new PassageEntity(e.text, e.type, e.id));
                    }
                }
            }
            Instant createdAt = instant(created, which);
            Instant modifiedAt = modified == null || modified.equals(created) ? createdAt : instant(modified, which);
            return new Bookmark(uuid,
                    new ArticleRef(article.id, article.title, date(article.date, which), article.textSha256,
                            article.source, article.author, article.url, article.file),
                    new TextQuote(quote.exact, quote.prefix, quote.suffix),
                    new TextPosition(position.start, position.end, position.page == null || position.page < 0 ? 0 : position.page),
                    note, Bookmark.normalizeTags(tags), found, createdAt, modifiedAt, unknown);
        }

        private static String require(String value, String message) throws NotebookFormatException {
            if (value == null) {
                throw new NotebookFormatException(message);
            }
            return value;
        }

        private static Instant instant(String value, String which) throws NotebookFormatException {
            if (value == null) {
                return Instant.EPOCH;
            }
            try {
                Instant fast = IsoInstants.parse(value);
                return fast != null ? fast : Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw new NotebookFormatException(which + " has an invalid time \"" + value + "\"");
            }
        }

        private static LocalDate date(String value, String which) throws NotebookFormatException {
            if (value == null || value.isEmpty()) {
                return null;
            }
            LocalDate fast = IsoInstants.date(value);
            if (fast != null) {
                return fast;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new NotebookFormatException(which + " has an invalid article date \"" + value + "\"");
            }
        }

        private static void nested(JsonNode unknown, Map<String, JsonNode> into) {
            if (unknown != null && unknown.isObject()) {
                unknown.fields().forEachRemaining(f -> into.put(f.getKey(), f.getValue()));
            }
        }

        private static void putNested(Map<String, JsonNode> unknown, String name, Map<String, JsonNode> fields) {
            if (!fields.isEmpty()) {
                ObjectNode node = JsonNodeFactory.instance.objectNode();
                fields.forEach(node::set);
                unknown.put(name, node);
            }
        }
    }

    @JsonPropertyOrder({"id", "title", "date", "textSha256", "source", "author", "url", "file"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class ArticleDto extends WithUnknownFields {
        public String id;
        public String title;
        public String date;
        public String textSha256;
        /** What a citation needs (absent in notebooks of version 1 before citations; all optional). */
        public String source;
        public String author;
        public String url;
        public String file;
    }

    private static String emptyAsNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    @JsonPropertyOrder({"exact", "prefix", "suffix"})
    static final class QuoteDto extends WithUnknownFields {
        public String exact;
        public String prefix;
        public String suffix;
    }

    /** {@code page}: written only for a paged article, so other bookmarks keep the format they had. */
    @JsonPropertyOrder({"start", "end", "page"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class PositionDto extends WithUnknownFields {
        public Integer start;
        public Integer end;
        public Integer page;
    }

    /**
     * Fields this version does not know, kept in name order and written back after the known ones,
     * so that a newer Dossier's additions survive a save.
     */
    abstract static class WithUnknownFields {
        final Map<String, JsonNode> other = new TreeMap<>();

        void set(String name, JsonNode value) {
            other.put(name, value);
        }

        @JsonAnyGetter
        Map<String, JsonNode> other() {
            return other;
        }
    }

    @JsonPropertyOrder({"text", "type", "id"})
    static final class EntityDto {
        public String text;
        public String type;
        public String id;
    }
}
