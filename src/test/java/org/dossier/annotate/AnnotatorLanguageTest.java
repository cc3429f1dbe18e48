package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** English rules run only on English text; other languages keep what the lists say. */
class AnnotatorLanguageTest {
    private static final Set<String> LANGUAGE_NEUTRAL = Set.of("gazetteer:cities", "gazetteer:regions",
            "gazetteer:countries", "gazetteer:places", "gazetteer:organisations", "rule:date", "rule:quantity");

    private static String fixture(String name) throws IOException {
        try (InputStream in = AnnotatorLanguageTest.class.getResourceAsStream("languages/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            fr-article.txt, fr, French article: names found from lists only
            de-article.txt, de, German article: names found from lists only
            """)
    void noEnglishRuleFiresOnAFrenchOrGermanArticle(String file, String code, String status) throws IOException {
        Annotation a = Annotator.standard().analyse(fixture(file), "");
        assertEquals(code, a.language().code());
        assertEquals(Language.Source.DETECTED, a.language().source());
        assertEquals(status, a.language().statusMessage());
        assertFalse(a.mentions().isEmpty(), "the listed places and ISO dates are still found");
        for (Mention m : a.mentions()) {
            assertTrue(LANGUAGE_NEUTRAL.contains(m.source()), m + " came from an English rule");
            assertTrue(m.type() == EntityType.LOCATION || m.type() == EntityType.ORG
                    || m.type() == EntityType.DATE && m.text().matches("\\d{4}-\\d{2}-\\d{2}")
                    || m.type() == EntityType.QUANTITY && m.text().endsWith("%"), m.toString());
        }
    }

    @Test
    void frenchCapitalisedWordsAreNotPeople() throws IOException {
        List<String> texts = Annotator.standard().annotate(fixture("fr-article.txt"), "fr").stream()
                .map(Mention::text).toList();
        for (String notAName : List.of("Conseil", "La CNIL", "CNIL", "République", "Par Claire Dubois", "Claire Dubois")) {
            assertFalse(texts.contains(notAName), notAName + " in " + texts);
        }
        assertTrue(texts.contains("Paris"), texts.toString());
        assertTrue(texts.contains("2024-03-12"), texts.toString());
    }

    @Test
    void theDeclaredLanguageWinsOverTheText() throws IOException {
        String english = "Secretary of State John Kerry said on Friday that the talks in Geneva would go on.";
        Annotation asFrench = Annotator.standard().analyse(english, "fr-FR");
        assertEquals(new Language("fr", Language.Source.DECLARED), asFrench.language());
        assertTrue(asFrench.mentions().stream().noneMatch(m -> m.type() == EntityType.PERSON));
        Annotation french = Annotator.standard().analyse(fixture("fr-article.txt"), "en");
        assertTrue(french.language().english());
        assertEquals("", french.language().statusMessage());
    }

    @Test
    void englishNewsIsDetectedAsEnglishAndGetsTheEnglishRules() {
        String text = "Secretary of State John Kerry said on Friday that the talks with the Syrian government "
                + "would continue in Geneva next week, and that he had spoken to the envoy about it.";
        Annotation a = Annotator.standard().analyse(text, "");
        assertEquals(new Language("en", Language.Source.DETECTED), a.language());
        assertTrue(a.mentions().stream().anyMatch(m -> m.text().equals("John Kerry") && m.type() == EntityType.PERSON));
    }

    @Test
    void tooLittleTextIsTakenAsEnglish() {
        Annotation a = Annotator.standard().analyse("Obama in Paris", "");
        assertEquals(Language.ASSUMED_ENGLISH, a.language());
        assertTrue(a.language().english());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Die Regierung hat am Montag beschlossen dass die neuen Regeln für alle Unternehmen gelten sollen und nicht nur für die großen. | de
            El Gobierno anunció el lunes que las nuevas normas se aplicarán a todas las empresas y no solo a las grandes que hay en el país. | es
            Il governo ha annunciato lunedì che le nuove regole si applicheranno a tutte le aziende e non solo a quelle più grandi del paese. | it
            O governo anunciou na segunda-feira que as novas regras serão aplicadas a todas as empresas e não só às maiores que há no país. | pt
            De regering heeft maandag besloten dat de nieuwe regels voor alle bedrijven gelden en niet alleen voor de grote bedrijven in het land. | nl
            """)
    void otherEuropeanLanguagesAreTold(String text, String code) {
        assertEquals(code, Annotator.standard().analyse(text, "").language().code());
    }
}
