package org.dossier.article;

/** Word counting shared by the list and the parsers: a word is a maximal run of letters or digits. */
public final class Words {
    private Words() {
    }

    public static int count(CharSequence text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean wordChar = Character.isLetterOrDigit(text.charAt(i));
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
        }
        return words;
    }
}
