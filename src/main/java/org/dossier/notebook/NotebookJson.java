package org.dossier.notebook;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The notebook file format: Jackson DTOs (separate from the model), with an explicit {@code version},
 * fields in a fixed order, two-space indentation and '\n' line ends, so the file diffs well. Fields
 * this version does not know are kept and written back. Stateless; thread-safe.
 */
public final class NotebookJson {
    /** The format version this Dossier writes; files with a higher one are refused. */
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private static final ObjectReader READER = MAPPER.readerFor(FileDto.class);
    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
    private static final ObjectWriter WRITER = PRETTY.forType(FileDto.class);

    private NotebookJson() {
    }

    /** The file's bytes for a notebook's content: UTF-8, ending with a newline. */
    public static byte[] write(List<Bookmark> bookmarks, Map<String, JsonNode> unknownFields) {
        FileDto dto = new FileDto();
        dto.version = VERSION;
        dto.bookmarks = new ArrayList<>(bookmarks.size());
        for (Bookmark b : bookmarks) {
            dto.bookmarks.add(BookmarkDto.of(b));
        }
        dto.other.putAll(unknownFields);
        try {
            byte[] json = WRITER.writeValueAsBytes(dto);
            byte[] withNewline = java.util.Arrays.copyOf(json, json.length + 1);
            withNewline[json.length] = '\n';
            return withNewline;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize the notebook", e);
        }
    }

    /** Writes a notebook's current content. */
    public static byte[] write(Notebook notebook) {
        Notebook.Snapshot s = notebook.snapshot();
        return write(s.bookmarks(), s.unknownFields());
    }

    /**
     * Reads a notebook file's bytes.
     *
     * @throws NotebookFormatException when they are not a notebook this version can read: empty, not
     *                                 JSON, truncated, without a version, of a newer version, or with
     *                                 bookmarks lacking what makes them bookmarks
     */
    public static Notebook read(byte[] bytes, Clock clock) throws NotebookFormatException {
        if (isBlank(bytes)) {
            throw new NotebookFormatException("the file is empty");
        }
        FileDto dto;
        try {
            dto = READER.readValue(bytes);
        } catch (JsonProcessingException e) {
            throw new NotebookFormatException(describe(e), e);
        } catch (IOException e) {
            throw new NotebookFormatException("it could not be parsed: " + e.getMessage(), e);
        }
        if (dto == null) {
            throw new NotebookFormatException("the file holds no JSON object");
        }
        if (dto.version == null) {
            throw new NotebookFormatException("it has no \"version\" field");
        }
        if (dto.version > VERSION) {
            throw new NotebookFormatException("it was written by a newer Dossier (format version " + dto.version
                    + "; this one reads up to " + VERSION + ")");
        }
        if (dto.version < 1) {
            throw new NotebookFormatException("its format version " + dto.version + " is not valid");
        }
        List<Bookmark> bookmarks = new ArrayList<>(dto.bookmarks == null ? 0 : dto.bookmarks.size());
        Set<UUID> ids = new HashSet<>();
        if (dto.bookmarks != null) {
            for (int i = 0; i < dto.bookmarks.size(); i++) {
                Bookmark b = dto.bookmarks.get(i).toModel(i);
                if (!ids.add(b.id())) {
                    throw new NotebookFormatException("bookmark " + (i + 1) + " repeats the id " + b.id());
                }
                bookmarks.add(b);
            }
        }
        return new Notebook(bookmarks, dto.other, clock);
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** A short reason for the user, with the place in the file. */
    private static String describe(JsonProcessingException e) {
        String where = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        if (e instanceof StreamConstraintsException) {
            return "it is nested too deeply or holds too long a value to be a notebook";
        }
        if (e instanceof JsonEOFException) {
            return "it ends too early, as if cut off" + where;
        }
        if (e instanceof JsonParseException) {
            return "it is not valid JSON" + where;
        }
        return "it is JSON but not a notebook" + where;
    }

    /** The pretty printer of the notebook file, for other JSON Dossier writes. */
    static ObjectWriter prettyWriter() {
        return PRETTY;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"version", "bookmarks"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class FileDto {
        public Integer version;
        public List<BookmarkDto> bookmarks;
        final Map<String, JsonNode> other = new TreeMap<>();

        @JsonAnySetter
        void set(String name, JsonNode value) {
            other.put(name, value);
        }

        @JsonAnyGetter
        Map<String, JsonNode> other() {
            return other;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"id", "article", "quote", "position", "note", "tags", "entities", "created", "modified"})
    static final class BookmarkDto {
        public String id;
        public ArticleDto article;
        public QuoteDto quote;
        public PositionDto position;
        public String note;
        public List<String> tags;
        public List<EntityDto> entities;
        public String created;
        public String modified;
        final Map<String, JsonNode> other = new TreeMap<>();

        @JsonAnySetter
        void set(String name, JsonNode value) {
            other.put(name, value);
        }

        @JsonAnyGetter
        Map<String, JsonNode> other() {
            return other;
        }

        static BookmarkDto of(Bookmark b) {
            BookmarkDto d = new BookmarkDto();
            Map<String, JsonNode> unknown = new TreeMap<>(b.unknownFields());
            d.id = b.id().toString();
            d.article = new ArticleDto();
            d.article.id = b.article().id();
            d.article.title = b.article().title();
            d.article.date = b.article().date() == null ? null : b.article().date().toString();
            d.article.textSha256 = b.article().textSha256();
            nested(unknown.remove("article"), d.article.other);
            d.quote = new QuoteDto();
            d.quote.exact = b.quote().exact();
            d.quote.prefix = b.quote().prefix();
            d.quote.suffix = b.quote().suffix();
            nested(unknown.remove("quote"), d.quote.other);
            d.position = new PositionDto();
            d.position.start = b.position().start();
            d.position.end = b.position().end();
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
                    new ArticleRef(article.id, article.title, date(article.date, which), article.textSha256),
                    new TextQuote(quote.exact, quote.prefix, quote.suffix),
                    new TextPosition(position.start, position.end),
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
                Instant fast = fastInstant(value);
                return fast != null ? fast : Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw new NotebookFormatException(which + " has an invalid time \"" + value + "\"");
            }
        }

        /**
         * Parses the form {@link Instant#toString()} writes ({@code 2026-02-12T10:15:30Z}, optionally with
         * a fraction) several times faster than {@link Instant#parse}; null for anything else.
         */
        static Instant fastInstant(String s) {
            int n = s.length();
            if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                    || s.charAt(16) != ':' || s.charAt(n - 1) != 'Z' || (n > 20 && (s.charAt(19) != '.' || n > 30))) {
                return null;
            }
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 7);
            int day = digits(s, 8, 10);
            int hour = digits(s, 11, 13);
            int minute = digits(s, 14, 16);
            int second = digits(s, 17, 19);
            int nanos = 0;
            if (n > 20) {
                int fraction = digits(s, 20, n - 1);
                if (fraction < 0 || n - 1 == 20) {
                    return null;
                }
                nanos = fraction * POWERS[9 - (n - 21)];
            }
            if ((year | month | day | hour | minute | second) < 0) {
                return null;
            }
            try {
                return java.time.LocalDateTime.of(year, month, day, hour, minute, second, nanos)
                        .toInstant(java.time.ZoneOffset.UTC);
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }

        private static final int[] POWERS = {1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000,
            100_000_000, 1_000_000_000};

        /** The decimal number in {@code s[from, to)}, or -1 when it holds anything but digits. */
        private static int digits(String s, int from, int to) {
            int value = 0;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }

        private static LocalDate date(String value, String which) throws NotebookFormatException {
            if (value == null || value.isEmpty()) {
                return null;
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

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"id", "title", "date", "textSha256"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class ArticleDto {
        public String id;
        public String title;
        public String date;
        public String textSha256;
        final Map<String, JsonNode> other = new TreeMap<>();

        @JsonAnySetter
        void set(String name, JsonNode value) {
            other.put(name, value);
        }

        @JsonAnyGetter
        Map<String, JsonNode> other() {
            return other;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"exact", "prefix", "suffix"})
    static final class QuoteDto {
        public String exact;
        public String prefix;
        public String suffix;
        final Map<String, JsonNode> other = new TreeMap<>();

        @JsonAnySetter
        void set(String name, JsonNode value) {
            other.put(name, value);
        }

        @JsonAnyGetter
        Map<String, JsonNode> other() {
            return other;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"start", "end"})
    static final class PositionDto {
        public Integer start;
        public Integer end;
        final Map<String, JsonNode> other = new TreeMap<>();

        @JsonAnySetter
        void set(String name, JsonNode value) {
            other.put(name, value);
        }

        @JsonAnyGetter
        Map<String, JsonNode> other() {
            return other;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"text", "type", "id"})
    static final class EntityDto {
        public String text;
        public String type;
        public String id;
    }
}
