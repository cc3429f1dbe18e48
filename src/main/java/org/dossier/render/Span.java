package org.dossier.render;

import java.util.Map;

/**
 * A stretch of the article's text to wrap in an element: an entity mention, a bookmarked passage or
 * a search hit. {@code [start, end)} are UTF-16 offsets into the article's text.
 *
 * @param tag      the element to wrap it in ({@code mark} or {@code span})
 * @param cssClass the class(es) that style it
 * @param data     {@code data-*} attributes (name without the prefix → value)
 * @param tooltip  shown on hover, or null
 */
public record Span(int start, int end, String tag, String cssClass, Map<String, String> data, String tooltip) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        data = Map.copyOf(data);
    }
}
