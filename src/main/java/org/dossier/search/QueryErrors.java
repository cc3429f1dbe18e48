package org.dossier.search;

/** Turns the query parser's messages into a sentence a user can act on. Stateless. */
final class QueryErrors {
    private QueryErrors() {
    }

    static String explain(String query, String parserMessage) {
        String start = "Cannot understand the query \u201C" + query + "\u201D: ";
        if (count(query, '"') % 2 == 1) {
            return start + "a quotation mark is not closed.";
        }
        if (count(query, '(') != count(query, ')')) {
            return start + "the parentheses do not match.";
        }
        if (query.matches("(?s).*\\b(AND|OR|NOT)\\s*$") || query.matches("(?s)^\\s*(AND|OR)\\b.*")) {
            return start + "AND, OR and NOT need a word on each side (write them in lower case to search for them).";
        }
        if (query.matches("(?s)(^|.*\\s)[*?].*")) {
            return start + "a word cannot start with * or ?.";
        }
        if (parserMessage != null && parserMessage.contains("Lexical error")) {
            return start + "it ends with a special character (put \\ before + - ! : ( ) [ ] { } ^ \" ~ * ? to search for it).";
        }
        return start + "check the quotation marks, parentheses and AND/OR/NOT (special characters need a \\ before them).";
    }

    private static int count(String s, char c) {
        int n = 0;
        boolean escaped = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (escaped) {
                escaped = false;
            } else if (ch == '\\') {
                escaped = true;
            } else if (ch == c) {
                n++;
            }
        }
        return n;
    }
}
