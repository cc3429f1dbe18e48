package org.dossier.article;

import java.util.EnumMap;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The {@link FormatReader}s on the class path, by format, loaded once when a file first needs one.
 * Thread-safe.
 */
final class FormatReaders {
    private FormatReaders() {
    }

    private static final class Loaded {
        static final Map<Article.Format, FormatReader> BY_FORMAT = load();

        private static Map<Article.Format, FormatReader> load() {
            Map<Article.Format, FormatReader> readers = new EnumMap<>(Article.Format.class);
            for (FormatReader r : ServiceLoader.load(FormatReader.class, FormatReader.class.getClassLoader())) {
                r.formats().forEach(f -> readers.putIfAbsent(f, r));
            }
            return readers;
        }
    }

    /** The reader of {@code format}, or null when none is installed. */
    static FormatReader of(Article.Format format) {
        return Loaded.BY_FORMAT.get(format);
    }
}
