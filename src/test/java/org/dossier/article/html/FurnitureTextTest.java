package org.dossier.article.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The short blocks news pages put between paragraphs, by what they say; and sentences that only look like them. */
class FurnitureTextTest {
    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = ';', textBlock = """
            ___; NO_WORDS
            /; NO_WORDS
            Photo; LABEL
            Image; LABEL
            Advertisement; LABEL
            Play Video; LABEL
            Share; LABEL
            Facebook Twitter Email; LABEL
            14; LABEL
            转播到腾讯微博; LABEL
            Current Time 0:00; PLAYER
            Remaining Time -0:00; PLAYER
            Loaded: 0%; PLAYER
            Your video will play in 00:25; PLAYER
            Now playing: Watch this: Google Assistant gets better; PLAYER
            8:09; PLAYER
            Credit: STR/AFP; CREDIT
            Credit Harry Campbell; CREDIT
            Photo by James Martin/CNET; CREDIT
            (Bild: Hersteller); CREDIT
            Foto: LA NACION; CREDIT
            JIM WATSON/AFP/Getty Images; CREDIT
            Devindra Hardawar/AOL; CREDIT
            Mark Stout/iStock/Getty Images; CREDIT
            © Provided by Business Insider Inc; CREDIT
            Reuters; CREDIT
            Continue reading the main story; CONTINUE
            Story continues below advertisement; CONTINUE
            Read more; CONTINUE
            Lire la suite; CONTINUE
            Read more:; CONTINUE
            More games news:; RELATED_LINK
            SIGN UP FOR OUR NEWSLETTER; NEWSLETTER
            Cities are changing fast. Keep up with the CityLab Daily newsletter.; NEWSLETTER
            [What you need to know to start the day: Get New York Today in your inbox.]; NEWSLETTER
            Supported by; NOTICE
            Reuse this content; NOTICE
            Reuse content; NOTICE
            About this content; NOTICE
            Tell us what you think; NOTICE
            Powered by SmartAsset.com; NOTICE
            1 / 5; GALLERY
            Gallery: Xbox One X | 14 Photos; GALLERY
            [责任编辑:肖春芳]; EDITOR_NOTE
            原标题：他晚于阿姆斯特朗登月; EDITOR_NOTE
            """)
    void furnitureIsRecognised(String text, FurnitureText.Kind kind) {
        assertEquals(kind, FurnitureText.classify(text, 0, false));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Related: Rich are paying more in taxes but not as much as they used to
            [Read: Why Tunisia, Arab Spring's sole success story, suffers from Islamist violence]
            Lire aussi : Les critiques de la CNIL contre le projet de loi
            """)
    void linkedLeadInsAreRelatedLinks(String text) {
        assertEquals(FurnitureText.Kind.RELATED_LINK, FurnitureText.classify(text, 0.8, false));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            The company will send alerts to customers who sign up before March.
            Video shows bed bug infestation at New York hotel
            Pictures of the scene showed a collapsed roof.
            Introductions/Shout-Outs
            Add-ons / Web Extensions
            New signup/login call-to-action in the Pocket doorhanger
            More than 200 people died: officials say the toll may rise
            Related reports said the talks would resume in Geneva, officials confirmed on Monday.
            Mr Obama lands in Kenya later on Friday for his first visit since becoming president.
            2012
            The newsletter, which has 40,000 readers, was first printed in 1998.
            Get out of the car, he told the driver in an email.
            Follow the money, investigators said in updates to the court.
            """)
    void sentencesOfTheStoryAreNotFurniture(String text) {
        assertNull(FurnitureText.classify(text, 0, true));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Related: the talks resumed in Geneva
            """)
    void aLeadInWithoutItsLinkIsText(String text) {
        assertNull(FurnitureText.classify(text, 0, false));
    }
}
