package org.dossier.notebook;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.dossier.article.Article;

/** Articles and bookmarks for the notebook tests. */
final class Fixtures {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-12T10:15:30Z"), ZoneOffset.UTC);

    static final String TEXT = """
            American and Russian officials have met to discuss an elusive UN-brokered ceasefire in Syria which was due to begin on Friday.
            The meeting, held in Geneva, Swiss, was attended by military officials and diplomats from both sides and sought to pave the way for a broader meeting with the UN special envoy for Syria Staffan de Mistura, the AFP reported.
            After several days of negotiations in Munich, Germany, diplomats from 17 countries, including the US, Russia, Turkey, Saudi Arabia and Iran, agreed on February 3 to establish a temporary "cessation of hostilities" in Syria within a week.
            US Secretary of State John Kerry said Friday that there is "a lot more work to do" before the ceasefire can go into effect.
            The top US diplomat added that the talks between Washington and Moscow had been "serious and so far constructive, with a few tough issues still to resolve".
            Russian Foreign Minister Sergei Lavrov said the ceasefire would hold only if all sides respected it.
            """;

    private Fixtures() {
    }

    static Article article(String id, String text) {
        return new Article(id, Path.of(id), Article.Format.TEXT, "Officials meet on Syria ceasefire",
                LocalDate.of(2016, 2, 19), "AFP", text, List.of(), List.of(), List.of(), null);
    }

    static Article article() {
        return article("world/syria-talks.txt", TEXT);
    }

    static BookmarkFactory factory() {
        return new BookmarkFactory(EntityFinder.NONE, CLOCK);
    }

    /** A bookmark on the first occurrence of {@code quote} in the standard article. */
    static Bookmark bookmark(String quote, String note, String... tags) {
        Article a = article();
        int start = a.text().indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException("not in the fixture: " + quote);
        }
        return factory().create(a, start, start + quote.length(), note, Set.of(tags));
    }

    /** {@code n} distinct bookmarks spread over 50 articles, with notes, tags and an entity. */
    static List<Bookmark> many(int n) {
        String text = TEXT;
        String hash = TextHash.sha256(text);
        java.util.Random random = new java.util.Random(42);
        java.util.ArrayList<Bookmark> list = new java.util.ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int start = random.nextInt(text.length() - 200);
            int end = start + 20 + random.nextInt(150);
            Instant t = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i);
            list.add(new Bookmark(new UUID(random.nextLong(), random.nextLong()),
                    new ArticleRef("folder/article-" + (i % 50) + ".txt", "Article " + (i % 50),
                            LocalDate.of(2016, 1 + i % 12, 1 + i % 28), hash),
                    BookmarkFactory.quoteAt(text, start, end), new TextPosition(start, end),
                    "Note number " + i + " about the talks", List.of("tag" + (i % 20), i % 2 == 0 ? "even" : "odd"),
                    List.of(new PassageEntity("Lavrov", "PERSON", "person:sergei-lavrov")), t, t));
        }
        return list;
    }
}
