package org.dossier.notebook;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * The notebook file format: Jackson DTOs (separate from the model; read by {@link NotebookReader}, written
 * by databind), with an explicit {@code version},
 * fields in a fixed order, two-space indentation and '\n' line ends, so the file diffs well. Fields
 * this version does not know are kept and written back. Stateless; thread-safe.
 */
public final class NotebookJson {
    /** The format version this Dossier writes; files with a higher one are refused. */
    public static final int VERSION = 1;

    /** Built on the first save, so that opening a notebook does not pay for databind's start-up. */
    private static final class Writing {
        static final ObjectWriter PRETTY = new ObjectMapper().writer(new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
        static final ObjectWriter WRITER = PRETTY.forType(NotebookDtos.FileDto.class);
    }

    private NotebookJson() {
    }

    /** The file's bytes for a notebook's content: UTF-8, ending with a newline. */
    public static byte[] write(List<Bookmark> bookmarks, Map<String, JsonNode> unknownFields) {
        NotebookDtos.FileDto dto = new NotebookDtos.FileDto();
        dto.version = VERSION;
        dto.bookmarks = new ArrayList<>(bookmarks.size());
        for (Bookmark b : bookmarks) {
            dto.bookmarks.add(NotebookDtos.BookmarkDto.of(b));
        }
        dto.other.putAll(unknownFields);
        try {
            byte[] json = Writing.WRITER.writeValueAsBytes(dto);
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
        return read(bytes, clock, false);
    }

    /**
     * Reads what this version understands of a file written by a newer one (bookmarks in the shape
     * it knows), to show it read-only; anything else about the file is as for {@link #read(byte[], Clock)}.
     */
    static Notebook readNewer(byte[] bytes, Clock clock) throws NotebookFormatException {
        return read(bytes, clock, true);
    }

    private static Notebook read(byte[] bytes, Clock clock, boolean anyVersion) throws NotebookFormatException {
        if (isBlank(bytes)) {
            throw new NotebookFormatException("the file is empty");
        }
        NotebookDtos.FileDto dto;
        try {
            dto = NotebookReader.read(bytes);
        } catch (NotebookFormatException e) {
            throw e;
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
        if (dto.version > VERSION && !anyVersion) {
            throw new NewerVersion(dto.version);
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

    /** The file is a notebook of a newer format than this Dossier writes: to be kept as it is, never replaced. */
    public static final class NewerVersion extends NotebookFormatException {
        private final int version;

        NewerVersion(int version) {
            super("it was written by a newer Dossier (format version " + version + "; this one reads up to " + VERSION + ")");
            this.version = version;
        }

        public int version() {
            return version;
        }
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
        return Writing.PRETTY;
    }
}
