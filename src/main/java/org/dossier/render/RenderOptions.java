package org.dossier.render;

import java.util.Set;

/**
 * How the reading pane should look: theme, text size and the entity types whose highlights are hidden.
 *
 * @param dark        the dark theme
 * @param fontPercent body text size as a percentage of the default (clamped to 60–250)
 * @param hiddenTypes entity type names whose highlights are switched off
 */
public record RenderOptions(boolean dark, int fontPercent, Set<String> hiddenTypes) {
    public static final int MIN_FONT = 60;
    public static final int MAX_FONT = 250;
    public static final RenderOptions DEFAULT = new RenderOptions(false, 100, Set.of());

    public RenderOptions {
        fontPercent = Math.max(MIN_FONT, Math.min(MAX_FONT, fontPercent));
        hiddenTypes = Set.copyOf(hiddenTypes);
    }

    public RenderOptions withDark(boolean d) {
        return new RenderOptions(d, fontPercent, hiddenTypes);
    }

    public RenderOptions withFontPercent(int p) {
        return new RenderOptions(dark, p, hiddenTypes);
    }

    public RenderOptions withHiddenTypes(Set<String> types) {
        return new RenderOptions(dark, fontPercent, types);
    }

    /** The classes of the root element that carry these options into the stylesheet. */
    public String rootClasses() {
        StringBuilder sb = new StringBuilder(dark ? "theme-dark" : "theme-light");
        hiddenTypes.stream().sorted().forEach(t -> sb.append(" hide-").append(t));
        return sb.toString();
    }
}
