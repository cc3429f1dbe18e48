package org.dossier.annotate;

/**
 * The closed word classes the rules test tokens against (months, weekdays, date units, number
 * words, name particles, speech verbs…), as bit flags in one table so that a token is classified
 * with a single allocation-free lookup. Immutable; thread-safe.
 */
final class Lexicon {
    static final long MONTH = 1L;
    static final long WEEKDAY = 1L << 1;
    static final long DATE_MODIFIER = 1L << 2;   // late, early, mid, earlier, later
    static final long RELATIVE = 1L << 3;        // last, next, this, recent…
    static final long DEICTIC = 1L << 4;         // yesterday, today…
    static final long ARTICLE = 1L << 5;         // a, an
    static final long UNIT = 1L << 6;            // day, week…
    static final long UNITS = 1L << 7;           // days, weeks…
    static final long AMOUNT = 1L << 8;          // two, several, few (durations)
    static final long CARDINAL = 1L << 9;        // number words that count nouns
    static final long SCALE = 1L << 10;          // million, billion…
    static final long QUANTITY_STOP = 1L << 11;  // words that end a "number + noun" phrase
    static final long COUNT_NOUN = 1L << 12;     // irregular plurals: people, children…
    static final long PARTICLE = 1L << 13;       // al, de, bin, van…
    static final long SPEECH = 1L << 14;         // said, told…
    static final long MONTH_PREPOSITION = 1L << 15;
    static final long PLACE_NOUN = 1L << 16;     // town, city… ("the town of X")
    static final long ABBREVIATION = 1L << 17;   // Mr, Dr, Gen… (a dot after them ends no sentence)
    static final long TIME_OF_DAY = 1L << 18;    // morning, night…
    static final long PERSON_VERB = 1L << 19;    // verbs whose subject is a person: met, vowed…
    static final long MEETING = 1L << 20;        // meet, talks… ("meet with X")
    static final long TEAM_BEFORE = 1L << 21;    // beat, defeated, against, v… ("beat X")
    static final long STOCK = 1L << 22;          // shares, stock… ("X shares rose")
    static final long CLUB = 1L << 23;           // United, Rovers… ("Manchester United")
    static final long WORK = 1L << 24;           // film, novel… ("the film Batman": a title, no entity)
    static final long ORG_NOUN = 1L << 25;       // newspaper, firm, club… ("the firm Multico", "Liberte newspaper")
    static final long TEAM_AFTER = 1L << 26;     // beat, drew, captain, coach, fans… ("X beat", "X captain")
    static final long SPORT = 1L << 27;          // innings, halftime, goalkeeper… (words of sports reports)
    static final long RESULT = 1L << 28;         // victory, win, lead… ("victory over X")
    static final long TEAM_ROLE = 1L << 29;      // captain, coach, fans… ("Deportivo chairman")
    static final long COMPANY = 1L << 30;        // CEO, shareholders, earnings… ("Cofinec CEO", "Cofinec 's shares")
    static final long HOLIDAY = 1L << 31;      // Christmas, Thanksgiving, Election (Day)…
    static final long ORDINAL = 1L << 32;      // first…fourth ("the third quarter of 2016")
    static final long ANAPHORIC = 1L << 33;    // that, same ("that day", "the same week": a date named before)
    static final long PLACE_PREFIX = 1L << 34; // Lake, Mount, Port… ("Lake Seren", "Port Emmerich")
    static final long OPENER = 1L << 35;       // In, At, From… capitalised only by opening a sentence
    static final long PERSON_NOUN = 1L << 36;  // judge, envoy, resident… ("a judge from Karsk": a place)
    static final long ROLE = 1L << 37;         // president, striker, spokesman… ("midfielder Donato": a person)
    static final long ORG_NOUNS = 1L << 38;    // firms, companies, banks… ("firms including Mobil")
    static final long ORG_PREFIX = 1L << 39;   // Radio, Bank, Banco… ("Radio Red", "Bank Handlowy")
    static final long US_STATE = 1L << 40;     // Fla, Calif, N.Y.… (AP style, after "Town ,")
    static final long VESSEL = 1L << 41;       // ship, tanker, frigate… ("the tanker Exxon Valdez": no person)

    private static final PhraseTable<Long> WORDS = new PhraseTable<>();
    /** Classes with which a rule can start at a lower-case word. */
    static final long STARTS = DATE_MODIFIER | RELATIVE | DEICTIC | ARTICLE | AMOUNT | CARDINAL | PARTICLE | ORDINAL
            | ANAPHORIC;
    /**
     * A 1024-bit filter over the hashes of the months, weekdays and words in {@link #STARTS}: most
     * words are none of them, and one bit test is cheaper than a table probe.
     */
    private static final long[] STARTER_FILTER = new long[16];
    /** The same kind of filter over the {@link #SPORT} words, for the one scan of a text that counts them. */
    private static final long[] SPORT_FILTER = new long[16];
    /** The same kind of filter over all the words of the lexicon (4096 bits). */
    private static final long[] ALL_FILTER = new long[64];

    static {
        add(MONTH, "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
                "Dec");
        add(WEEKDAY, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
        addBothCases(DATE_MODIFIER, "late", "early", "mid", "earlier", "later");
        addBothCases(ANAPHORIC, "that", "same");
        addBothCases(RELATIVE, "last", "next", "this", "past", "recent", "coming", "previous", "following", "current");
        addBothCases(DEICTIC, "yesterday", "tomorrow", "today", "tonight");
        addBothCases(ARTICLE, "a", "an");
        add(UNIT, "day", "week", "month", "year", "decade", "weekend", "century", "summer", "winter", "spring",
                "autumn", "quarter", "season");
        add(UNITS, "days", "weeks", "months", "years", "decades", "centuries", "hours", "minutes");
        add(UNIT, "hour");
        addBothCases(ORDINAL, "first", "second", "third", "fourth");
        addBothCases(AMOUNT, "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "several", "few", "many");
        add(CARDINAL, "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
                "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "dozens",
                "hundreds", "thousands", "millions");
        add(SCALE, "million", "billion", "thousand", "trillion", "hundred", "bn");
        add(QUANTITY_STOP, "of", "to", "and", "or", "the", "a", "an", "for", "in", "on", "at", "by", "with", "from",
                "who", "that", "which", "were", "are", "was", "is", "had", "have", "has", "per", "more", "than",
                "less", "as", "this", "its", "their", "his", "her");
        add(COUNT_NOUN, "people", "children", "men", "women", "police", "personnel", "staff", "cattle", "sheep",
                "fish", "aircraft", "feet", "teeth", "mice", "geese", "citizens");
        add(PARTICLE, "al", "el", "de", "bin", "ibn", "van", "von", "der", "den", "du", "da", "di", "dos", "abu",
                "ben", "bint", "le", "la", "del", "della", "delle", "dei", "degli", "das", "ter");
        add(SPEECH, "said", "says", "told", "added", "stated", "wrote", "argued", "insisted", "warned", "explained",
                "noted", "acknowledged", "admitted", "announced", "declared", "stressed", "urged");
        add(MONTH_PREPOSITION, "in", "since", "until", "by", "from", "of", "last", "next", "this", "through", "till",
                "before", "after", "during");
        add(PLACE_NOUN, "town", "city", "village", "province", "region", "district", "port", "capital", "state",
                "island", "suburb", "governorate", "county", "neighbourhood", "neighborhood", "towns", "cities",
                "villages", "provinces", "regions", "districts", "islands", "settlement", "airport");
        add(ABBREVIATION, "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "St", "Rev", "Sen",
                "Rep", "Gov", "Jr", "Sr", "Adm", "Brig", "No", "Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov",
                "Dec", "Co", "Corp", "Inc", "Ltd", "Bros", "vs");
        add(PLACE_PREFIX, "Lake", "Mount", "Port", "Fort", "Cape");
        add(PERSON_NOUN, "judge", "envoy", "negotiator", "engineer", "teacher", "analyst", "economist",
                "researcher", "official", "officials", "diplomat", "diplomats", "delegate", "delegates", "spokesman",
                "spokeswoman", "spokesperson", "resident", "residents", "farmer", "farmers", "doctor", "doctors",
                "nurse", "nurses", "worker", "workers", "student", "students", "journalist", "journalists", "reporter",
                "lawyer", "activist", "activists", "mayor", "lawmaker", "lawmakers", "soldier", "soldiers", "refugee",
                "refugees", "native", "man", "woman", "men", "women", "volunteer", "volunteers", "villager",
                "villagers", "miner", "miners", "fisherman", "fishermen", "expert", "experts", "leader", "leaders",
                "chair", "minister", "ministers", "governor", "senator", "delegation", "envoys", "survivor",
                "survivors", "witness", "witnesses", "migrant", "migrants", "pilgrim", "pilgrims", "deputy",
                "commander", "officer", "officers", "representative", "representatives", "member", "members",
                "director", "manager", "president", "chairman", "secretary", "adviser", "advisor", "aide",
                "candidate", "observer", "observers", "mediator", "mediators", "businessman", "businesswoman",
                "priest", "cleric", "professor", "scientist", "scientists", "athlete", "player", "players");
        // Roles that stand, in lower case, right before a person's name in news style ("Indonesian president
        // Suharto", "midfielder Donato", "Florida manager John Boles"). Not the words that as often name a
        // side or a firm there: champion, leader, rival, holder.
        add(ROLE, "president", "vice-president", "premier", "minister", "chancellor", "senator", "governor",
                "mayor", "ambassador", "envoy", "spokesman", "spokeswoman", "chairman", "chairwoman", "captain",
                "skipper", "coach", "manager", "trainer", "striker", "midfielder", "defender", "goalkeeper",
                "winger", "playmaker", "quarterback", "pitcher", "batsman", "bowler", "spinner", "off-spinner",
                "paceman", "all-rounder", "wicketkeeper", "fullback", "full-back", "flanker", "scrum-half",
                "fly-half", "hooker", "shortstop", "outfielder", "infielder", "catcher", "jockey", "cyclist",
                "compatriot", "team-mate", "teammate", "actor", "actress", "singer", "novelist", "poet", "dictator");
        add(OPENER, "In", "At", "On", "From", "For", "By", "With", "Near", "After", "Before", "Since", "During",
                "Across", "Outside", "Inside", "Throughout", "Of", "To", "And", "But", "Or", "As", "Under", "Over",
                "Into", "Without", "Despite", "Like", "Unlike");
        add(TIME_OF_DAY, "morning", "afternoon", "evening", "night");
        add(HOLIDAY, "Christmas", "Thanksgiving", "Easter", "Halloween", "Election", "Independence", "Labor",
                "Memorial");
        add(PERSON_VERB, "met", "meets", "prepared", "prepares", "spoke", "speaks", "vowed", "vows", "promised",
                "promises", "praised", "criticised", "criticized", "thinks", "believes", "believed", "hopes", "hoped",
                "resigned", "died", "married", "smiled", "laughed", "phoned", "tweeted");
        add(WORK, "film", "films", "movie", "movies", "book", "novel", "album", "song", "series",
                "game", "videogame", "franchise", "sequel", "comic", "comics", "opera", "painting",
                "documentary", "podcast", "app", "headset", "console", "character", "superhero");
        // Ships and craft are named like people ("the tanker Marta Kellin") and are none of the types; only
        // before the name: "John Hansen, the ship's captain" is a person.
        add(VESSEL, "ship", "ships", "warship", "warships", "frigate", "destroyer", "submarine", "vessel",
                "tanker", "freighter", "yacht", "spacecraft");
        add(ORG_NOUN, "newspaper", "newspapers", "daily", "weekly", "magazine", "agency", "firm", "company",
                "club", "chain", "airline", "maker", "carmaker", "manufacturer", "distributor", "publisher",
                "broadcaster", "insurer", "retailer", "consortium", "brewer", "refiner", "miner", "conglomerate",
                "bank", "lender", "subsidiary", "startup", "start-up");
        add(ORG_NOUNS, "firms", "companies", "banks", "newspapers", "airlines", "carmakers", "insurers", "lenders",
                "retailers", "brewers", "publishers", "broadcasters", "agencies", "groups", "organisations",
                "organizations", "charities", "unions", "manufacturers", "makers", "conglomerates", "majors",
                "automakers", "refiners", "miners", "parties", "clubs", "chains", "funds", "brokers", "exchanges");
        // The AP style's abbreviations of U.S. states, as they follow a town ("Jacksonville , Fla."); many are
        // also words or titles ("Miss", "Ill", "Pa"), so they count only there.
        add(US_STATE, "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans",
                "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa",
                "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.",
                "S.C.", "S.D.", "R.I.", "D.C.");
        add(ORG_PREFIX, "Radio", "Bank", "Banco", "Banca", "Banque", "Groupe", "Grupo", "Gruppo");
        add(CLUB, "United", "City", "Rovers", "Wanderers", "Athletic", "Albion", "Hotspur", "FC", "AFC");
        // Sports reports name teams by their town ("Leicestershire beat Somerset", "Texas 's lead"):
        // the words around a name that make it the team, and the words that make a text a sports report.
        add(TEAM_BEFORE, "beat", "beats", "beating", "defeated", "defeating", "against", "v", "vs", "versus",
                "dismiss", "dismissed", "bowling", "reducing", "play", "face", "faces", "facing", "overcame",
                "edged", "thrashed", "routed", "downed", "outplayed", "eliminated", "trailing", "behind", "champions", "holders", "leaders", "rivals", "hosts",
                "visitors", "visiting", "contenders", "opponents", "team");
        add(TEAM_AFTER, "beat", "beats", "defeated", "drew", "won", "lost", "reached", "closed", "trailed",
                "led", "extended", "scored", "started", "tied", "snapped", "declared", "play", "equalised");
        // a team's people and its results: "Deportivo chairman", "Texas 's lead" (a town's name before a
        // role is as often a modifier: "the Volgograd side")
        add(TEAM_ROLE, "captain", "coach", "manager", "chairman", "side", "player", "players", "striker",
                "midfielder", "playmaker", "keeper", "goalkeeper", "shortstop", "pitcher", "fans", "supporters",
                "squad", "batsman", "bowler", "hooker", "winger", "defender", "outfielder", "quarterback", "lead",
                "victory", "win", "defeat", "loss", "spell", "streak", "innings");
        add(RESULT, "victory", "win", "won", "lead", "triumph", "success", "successes", "winners", "edge");
        // team sports only: in tennis, golf or athletics the competitors beaten are people
        add(SPORT, "innings", "wicket", "wickets", "batsman", "batting", "bowled", "halftime", "goalkeeper",
                "keeper", "striker", "midfielder", "defender", "homer", "homered", "homers", "inning", "pitcher",
                "shortstop", "touchdown", "quarterback", "scrum", "penalty", "penalties", "goal", "goals",
                "equaliser", "equalised", "equalizer", "teammate", "teammates", "playoff", "playoffs", "league",
                "midfield", "tries", "stumps", "fixtures", "unbeaten", "relegation", "promoted", "rebounds",
                "soccer", "football", "cricket", "baseball", "basketball", "rugby", "hockey", "stadium");
        // what a company has and a person has not: "Cofinec CEO Stephen Frater", "Petofi 's board"
        add(COMPANY, "CEO", "Chairman", "chairman", "shares", "shareholders", "stock", "board", "earnings",
                "profits", "profit", "revenue", "revenues", "subsidiary", "subsidiaries", "unit", "units",
                "executives", "headquarters", "stake", "takeover", "dividend", "bonds", "GDRs", "ADRs");
        add(STOCK, "shares", "stock", "stocks", "shareholders", "subsidiary", "unit");
        add(MEETING, "meet", "met", "meeting", "meets", "talks", "spoke", "speak", "talked", "call", "phoned",
                "interview", "summit");
    }

    private Lexicon() {
    }

    private static void add(long flag, String... words) {
        for (String w : words) {
            Long old = WORDS.get(w);
            WORDS.put(w, (old == null ? 0L : old) | flag);
            int all = allBit(PhraseTable.hash(w.toCharArray(), 0, w.length()));
            ALL_FILTER[all >>> 6] |= 1L << all;
            if (flag == SPORT) {
                int bit = filterBit(PhraseTable.hash(w.toCharArray(), 0, w.length()));
                SPORT_FILTER[bit >>> 6] |= 1L << bit;
            }
            if ((flag & (STARTS | MONTH | WEEKDAY | HOLIDAY)) != 0) {
                int bit = filterBit(PhraseTable.hash(w.toCharArray(), 0, w.length()));
                STARTER_FILTER[bit >>> 6] |= 1L << bit;
            }
        }
    }

    private static int allBit(int hash) {
        return (hash ^ (hash >>> 12) ^ (hash >>> 24)) & 4095;
    }

    private static int filterBit(int hash) {
        return (hash ^ (hash >>> 10) ^ (hash >>> 20)) & 1023;
    }

    /** False when the word with this hash is certainly no month, weekday nor in a {@link #STARTS} class. */
    static boolean mayStart(int hash) {
        int bit = filterBit(hash);
        return (STARTER_FILTER[bit >>> 6] & (1L << bit)) != 0;
    }

    /** False when the word with this hash is certainly no {@link #SPORT} word. */
    static boolean maySport(int hash) {
        int bit = filterBit(hash);
        return (SPORT_FILTER[bit >>> 6] & (1L << bit)) != 0;
    }

    private static void addBothCases(long flag, String... words) {
        add(flag, words);
        for (String w : words) {
            add(flag, Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
    }

    /** The classes of the chars {@code text[from, to)}, 0 for none. */
    static long classes(char[] text, int from, int to, int hash) {
        int bit = allBit(hash);
        if (to - from > 13 || (ALL_FILTER[bit >>> 6] & (1L << bit)) == 0) {
            return 0;
        }
        Long c = WORDS.get(text, from, to, hash);
        return c == null ? 0 : c;
    }
}
