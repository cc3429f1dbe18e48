package org.dossier.article.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises page furniture by what a short block of text says: the labels, player controls,
 * credits, calls to action and link lead-ins that news pages put between and after paragraphs, in
 * the languages Dossier's users read most. Only short blocks are judged, so a sentence of the story
 * that happens to contain "newsletter" is never taken for furniture. Stateless; thread-safe.
 */
final class FurnitureText {
    /** What a furniture block is; each names the page pattern it handles. */
    enum Kind {
        /** "___", "/", "•": no letter or digit at all. */
        NO_WORDS,
        /** A lone label where a picture, video or widget was: "Photo", "Image", "Advertisement", "Share", "Facebook". */
        LABEL,
        /** A video player's controls: "Current Time 0:00", "Your video will play in 00:25", "Now playing: Watch this". */
        PLAYER,
        /** A photo credit alone: "Credit: STR/AFP", "Photo by James Martin/CNET", "(Bild: Hersteller)", "Benoit Tessier/Reuters". */
        CREDIT,
        /** "Continue reading the main story", "Read more", "Story continues below advertisement". */
        CONTINUE,
        /** A link to another story with a lead-in: "Related: …", "[Read: …]", "Lire aussi : …", "Learn More: …". */
        RELATED_LINK,
        /** "Sign up for our newsletter", "Get New York Today in your inbox", "Subscribe to …". */
        NEWSLETTER,
        /** "Supported by", "Reuse this content", "About this content", "Tell us what you think", "Powered by X". */
        NOTICE,
        /** A slideshow counter or gallery label: "1 / 5", "Gallery: Xbox One X | 14 Photos". */
        GALLERY,
        /** An editor's tag: "[责任编辑:肖春芳]", "原标题：…". */
        EDITOR_NOTE
    }

    private static final Set<String> LABEL_WORDS = Set.of("photo", "photos", "image", "images", "picture", "video",
            "videos", "gallery", "audio", "graphic", "graphics", "slideshow", "advertisement", "advertising", "ad",
            "ads", "anzeige", "publicité", "publicidad", "pub", "werbung", "sponsored", "share", "shares", "tweet",
            "email", "e-mail", "print", "comments", "comment", "facebook", "twitter", "linkedin", "whatsapp",
            "pinterest", "reddit", "instagram", "youtube", "telegram", "messenger", "copy", "link", "copied", "x",
            "exclusive", "play", "replay", "pause", "fullscreen", "close", "opens", "new", "window", "expand",
            "enlarge", "toggle", "caption", "hide", "show", "more", "menu", "loading", "teilen", "partager",
            "compartir", "condividi", "分享", "转播到腾讯微博", "微博", "微信");
    /** Player controls that show a time or a percentage. */
    private static final Pattern PLAYER_READOUT = Pattern.compile("^(?:current time|duration(?: time)?|remaining time|"
            + "loaded|progress|time elapsed|video duration)\\b.*", Pattern.CASE_INSENSITIVE);
    /** Player labels that are never the story's words. */
    private static final Pattern PLAYER_LABEL = Pattern.compile("^(?:now playing|playing|reproduciendo|en lecture|"
            + "watch now|your video will (?:play|begin|start) in|up next|autoplay)\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIMECODE = Pattern.compile("^-?\\d{1,2}:\\d{2}(?::\\d{2})?$");
    private static final Pattern CREDIT_PREFIX = Pattern.compile("^[(\\[]?\\s*(?:photo(?:graph)?s?|images?|pictures?|pics?|"
            + "credits?|photo credits?|fotos?|fotografía|bild(?:er)?|illustrations?|graphics?|artwork|artist|source|"
            + "courtesy|crédits?|crédito|créditos|fuente|quelle|video|foto ?:?)\\b\\s*(?:by|:|©|credit)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "Devindra Hardawar/AOL", "Kirsten Luce/NYT": a person's name, a slash, an outlet. */
    private static final Pattern NAME_SLASH_OUTLET = Pattern.compile(
            "^[(\\[]?\\p{Lu}[\\p{L}.'’\\-]+(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){1,3}/\\p{Lu}[\\p{L}.'’\\-]*(?:[\\s/]+\\p{Lu}[\\p{L}.'’\\-]*){0,4}[)\\]]?$");
    /** Names and outlets joined by slashes with an agency among them: "JIM WATSON/AFP/Getty Images", "AFP / STR". */
    private static final Pattern SLASHED_NAMES = Pattern.compile(
            "^[(\\[]?[\\p{L}.'’\\-]+(?:\\s+[\\p{L}.'’\\-]+){0,4}(?:\\s*/\\s*[\\p{L}.'’\\-]+(?:\\s+[\\p{L}.'’\\-]+){0,4})+[)\\]]?$");
    private static final Pattern AGENCY = Pattern.compile("\\b(?:AFP|Getty Images|Getty|Reuters|AP|EPA|Shutterstock|"
            + "iStock(?:photo)?|Alamy|PA|Bloomberg|AAP|ANP|dpa|Xinhua|SIPA|Corbis|NurPhoto|Anadolu|ZUMA|Imago|"
            + "Keystone|Pool|Wikimedia Commons|Associated Press)\\b");
    private static final Pattern CONTINUE = Pattern.compile("^(?:continue reading(?: the main story| below| here)?|"
            + "read (?:the )?(?:full|whole|rest of the) (?:story|article)|read more|show more|see more|load more|"
            + "view comments|more on this story|(?:story|article) continues (?:below|after)(?: advertisement| this ad)?|"
            + "advertisement[ -]+(?:scroll|continue)[^.]*|scroll to continue(?: with content)?|skip (?:to (?:main )?content|ad|"
            + "advertisement)|back to top|lire la suite|weiterlesen|leer más|leia mais|continua a leggere)[.:…»›>\\s]*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEAD_IN = Pattern.compile("^[\\[(]?\\s*(?:read|related|read more|see also|also read|"
            + "also see|more|learn more|recommended|watch|listen|most read|trending|lire aussi|à lire aussi|a lire aussi|"
            + "lire|voir aussi|mehr zum thema|mehr|lesen sie auch|auch interessant|leia também|leia mais|lea también|"
            + "lee también|ver también|relacionad[oa]s?|te puede interesar|consulte também|leggi anche)\\b[^:：]{0,24}[:：]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** An imperative at the start of a sentence: "Sign up for…", "Keep up with…", "Never miss…". */
    private static final Pattern CALL_TO_ACTION = Pattern.compile("(?:^|[.!?:\\[]\\s*)(?:sign up|sign-up|signup|"
            + "subscribe|keep up with|get (?:our|the latest|the best of)|join (?:our|the) (?:mailing list|newsletter)|"
            + "follow us|never miss|don't miss|don’t miss|stay (?:informed|up to date)|want (?:more|the latest)|"
            + "inscrivez-vous|abonnez-vous|abonnieren|melden sie sich|suscríbete|assine|iscriviti)\\b"
            + "|\\b(?:in|to|straight to|delivered to) your inbox\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MAILING = Pattern.compile("newsletter|inbox|e-?mail|updates|alerts|lettre|boletín",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTICE = Pattern.compile("^(?:reuse (?:this )?content|about this content|supported by|"
            + "sponsored by|presented by|paid (?:post|content|for by)|powered by\\s+\\S+|tell us what you think|"
            + "share your thoughts|report an error|send us feedback|have a (?:news )?tip\\??|follow us(?: on \\S+)?|"
            + "(?:all )?rights reserved|advertiser content|partner content|anzeige|publicidad)[.!:]*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GALLERY = Pattern.compile("^(?:\\d+\\s*(?:/|of|von|sur|de)\\s*\\d+|.{0,80}\\|\\s*\\d+\\s+"
            + "(?:photos|images|pictures|slides|fotos|bilder)|\\d+\\s+(?:photos|images|pictures|slides|fotos|bilder))$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EDITOR = Pattern.compile("^[\\[【(（]?\\s*(?:责任编辑|責任編輯|编辑|編輯|原标题|原標題)\\s*[:：︱|]");

    private FurnitureText() {
    }

    /**
     * What kind of furniture the block is, or null when it reads like the story.
     *
     * @param text        the block's text, white space collapsed
     * @param linkDensity the share of it inside links
     * @param atEdge      whether it is among the first or last few blocks of the story
     */
    static Kind classify(String text, double linkDensity, boolean atEdge) {
        String t = text.strip();
        if (t.isEmpty() || !hasWordCharacter(t)) {
            return Kind.NO_WORDS;
        }
        if (t.length() > 200) {
            return null;
        }
        if (EDITOR.matcher(t).find()) {
            return Kind.EDITOR_NOTE;
        }
        if (t.length() <= 60 && isLabel(t)) {
            return Kind.LABEL;
        }
        if (t.length() <= 100 && (TIMECODE.matcher(t).matches() || PLAYER_LABEL.matcher(t).matches()
                || PLAYER_READOUT.matcher(t).matches() && hasDigit(t))) {
            return Kind.PLAYER;
        }
        if (t.length() <= 100 && isCredit(t)) {
            return Kind.CREDIT;
        }
        if (t.length() <= 80 && CONTINUE.matcher(t).matches()) {
            return Kind.CONTINUE;
        }
        if (LEAD_IN.matcher(t).find() && (linkDensity > 0.4 || t.length() <= 30)) {
            return Kind.RELATED_LINK;
        }
        if ((t.startsWith("[") && t.endsWith("]") || t.startsWith("(") && t.endsWith(")")) && linkDensity > 0.7) {
            return Kind.RELATED_LINK;
        }
        if (t.length() <= 160 && CALL_TO_ACTION.matcher(t).find() && MAILING.matcher(t).find()) {
            return Kind.NEWSLETTER;
        }
        if (t.length() <= 60 && NOTICE.matcher(t).matches()) {
            return Kind.NOTICE;
        }
        if (t.length() <= 100 && GALLERY.matcher(t).matches()) {
            return Kind.GALLERY;
        }
        return null;
    }

    /** Starts with a lead-in to other stories ("Read more:", "More games news:", "Lire aussi :"). */
    static boolean isLeadIn(String text) {
        return LEAD_IN.matcher(text.strip()).find();
    }

    /** Every word is one of the label words (at most four of them), or the text is a lone number. */
    private static boolean isLabel(String t) {
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.matches("\\d{1,3}")) {
            return true;
        }
        String[] words = lower.split("[\\s:|/·•,]+");
        if (words.length == 0 || words.length > 4) {
            return false;
        }
        for (String w : words) {
            if (!w.isEmpty() && !LABEL_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    static boolean isCredit(String t) {
        if (t.startsWith("©") || t.startsWith("(c) ") || t.startsWith("Copyright ")) {
            return true;
        }
        var m = CREDIT_PREFIX.matcher(t);
        if (m.find() && m.end() < t.length() && t.length() - m.end() <= 60 && !t.substring(m.end()).contains(". ")) {
            String rest = t.substring(m.end()).strip();
            // "Photo: X/AFP", "Credit Harry Campbell", "(Bild: Hersteller)": a few names, no sentence.
            return !rest.isEmpty() && words(rest) <= 7 && (m.group().contains(":") || m.group().toLowerCase(Locale.ROOT)
                    .contains("by") || m.group().toLowerCase(Locale.ROOT).contains("credit") || t.startsWith("(")
                    || Character.isUpperCase(rest.charAt(0)));
        }
        if (words(t) > 8) {
            return false;
        }
        boolean agency = AGENCY.matcher(t).find();
        return NAME_SLASH_OUTLET.matcher(t).matches()
                || agency && SLASHED_NAMES.matcher(t).matches()
                || agency && words(t) <= 4 && lowercaseWords(t) == 0;
    }

    private static int lowercaseWords(String t) {
        int n = 0;
        for (String w : t.strip().split("\\s+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                n++;
            }
        }
        return n;
    }

    private static boolean hasWordCharacter(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetterOrDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int words(String t) {
        String s = t.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }
}
