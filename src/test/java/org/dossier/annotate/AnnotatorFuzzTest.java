package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random and adversarial text never hangs the annotator (a generous per-call limit catches
 * catastrophic backtracking, it is not a speed claim) and always yields well-formed mentions.
 */
class AnnotatorFuzzTest {
    private static final Duration LIMIT = Duration.ofSeconds(10);
    private final Annotator annotator = Annotator.standard();

    static Stream<String> adversarial() {
        return Stream.of(
                "A".repeat(200_000),
                "A ".repeat(200_000),
                "Mr ".repeat(100_000),
                "1".repeat(300_000),
                "1,".repeat(150_000),
                "-".repeat(300_000),
                "a-".repeat(150_000) + "A",
                "'".repeat(300_000),
                "O'".repeat(150_000),
                "U.".repeat(150_000),
                "al-".repeat(100_000) + "Assad",
                "de ".repeat(100_000) + "Mistura",
                "President ".repeat(100_000),
                "Bank of ".repeat(100_000),
                "May ".repeat(100_000),
                "late ".repeat(100_000) + "September",
                "17 ".repeat(100_000) + "countries",
                "Sunday at ".repeat(100_000),
                "The Syrian Democratic Forces of the United Nations said ".repeat(20_000),
                "\u0000\uffff\ud800\udc00\ud800x\udc00".repeat(50_000),
                "UN-brokered US-led anti-Daesh Washington's ".repeat(25_000),
                "",
                " ",
                "\n\n\n",
                "A",
                "1");
    }

    @ParameterizedTest(name = "adversarial #{index}")
    @MethodSource("adversarial")
    void adversarialTextReturnsQuicklyWithWellFormedMentions(String text) {
        List<Mention> mentions = assertTimeoutPreemptively(LIMIT, () -> annotator.annotate(text));
        assertWellFormed(text, mentions);
    }

    @Test
    void oneMegabyteSingleLineOfNewsReturnsWellFormedMentions() {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1_000_000) {
            sb.append("US Secretary of State John Kerry said on Friday that over 260,000 people in Syria, ");
        }
        String text = sb.toString();
        List<Mention> mentions = assertTimeoutPreemptively(LIMIT, () -> annotator.annotate(text));
        assertWellFormed(text, mentions);
        assertTrue(mentions.size() > 50_000);
    }

    @Test
    void randomTextReturnsWellFormedMentions() {
        Random random = new Random(20240601);
        String alphabet = "AaBbUuSsMm  \n-'.,:0123456789\u2019\u00e9\u00c9";
        IntStream.range(0, 300).forEach(i -> {
            int length = random.nextInt(2000);
            StringBuilder sb = new StringBuilder(length);
            for (int c = 0; c < length; c++) {
                sb.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x10000)
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            List<Mention> mentions = assertTimeoutPreemptively(LIMIT, () -> annotator.annotate(text));
            assertWellFormed(text, mentions);
        });
    }

    @Test
    void randomWordSoupReturnsWellFormedMentions() {
        Random random = new Random(7);
        String[] words = {"Syria", "of", "the", "Bank", "Mr", "al", "-", "'s", "said", "May", "2017", "17", "people",
            "late", "September", "Sunday", "at", "noon", "UN", "IS", "de", "Mistura", ".", ",", "\n", "President",
            "Forces", "Democratic", "John", "US", "U.S.", "million", "four", "zones", "last", "month", "O'Brien"};
        for (int i = 0; i < 500; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(300);
            for (int w = 0; w < n; w++) {
                sb.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String text = sb.toString();
            List<Mention> mentions = assertTimeoutPreemptively(LIMIT, () -> annotator.annotate(text));
            assertWellFormed(text, mentions);
        }
    }

    static void assertWellFormed(String text, List<Mention> mentions) {
        int previousEnd = 0;
        for (Mention m : mentions) {
            assertTrue(m.start() >= previousEnd, () -> "overlap or disorder at " + m);
            assertTrue(m.end() <= text.length(), () -> "out of bounds " + m);
            assertEquals(text.substring(m.start(), m.end()), m.text());
            assertTrue(m.entityId().startsWith(m.type().name() + ":"), m::toString);
            previousEnd = m.end();
        }
    }
}
