package org.dossier.annotate;

import java.util.Objects;

/**
 * One entity mention in an article's plain text.
 *
 * @param start    UTF-16 offset of the first char, inclusive
 * @param end      UTF-16 offset after the last char, exclusive
 * @param type     the entity type
 * @param text     the text between {@code start} and {@code end}
 * @param entityId canonical id such as {@code "LOCATION:United States"}, equal for all aliases
 * @param source   the list or rule that produced it (for {@code --explain} and tooltips)
 */
public record Mention(int start, int end, EntityType type, String text, String entityId, String source) {
    public Mention {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(source, "source");
    }
}
