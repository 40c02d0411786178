package org.analecta.parser;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The closed word lists that tell a person's name from the words around it: titles and
 * role nouns, organisation words, places and nationalities, and the capitalised function
 * words that open sentences. Lists are lower case; {@link #key(String)} gives the lookup
 * form of a token.
 */
final class NameVocabulary {

	// Precompiled: String.split/matches/replaceAll with these compiled the pattern on
	// every call,
	// and they run per token, tag or quotation.
	private static final Pattern ROLE_SEPARATORS = Pattern.compile("[\\s.]+");

	/** A party and state after a name: "R-Calif.", "D-S.C." ("R-S" once tokenised). */
	static final Pattern PARTY_STATE = Pattern.compile("[RDI]-[A-Z][A-Za-z.]*");

	private NameVocabulary() {
	}

	/** Titles and role nouns: a run of these before a name is the person's role. */
	static final Set<String> TITLES = words("president", "vice", "prime", "minister", "ministers", "deputy", "foreign",
			"defense", "defence", "interior", "intelligence", "economy", "finance", "oil", "culture", "justice",
			"secretary", "secretary-general", "general", "major", "brigadier", "lieutenant", "lt", "colonel", "col",
			"captain", "capt", "commander", "commodore", "commander-in-chief", "admiral", "marshal", "sergeant", "gen",
			"maj", "brig", "dr", "doctor", "prof", "professor", "mr", "mrs", "ms", "miss", "sir", "dame", "lord",
			"lady", "king", "queen", "prince", "princess", "emir", "crown", "sheikh", "shaykh", "sheik", "ayatollah",
			"grand", "hojjat", "hojatoleslam", "hojjatoleslam", "hojjat-ol-eslam", "hujjat", "hujjatulislam",
			"hujjat-ul-islam", "hujjat-al-islam", "hujjatoleslam", "al-islam", "al-eslam", "imam", "mullah", "mufti",
			"cleric", "rabbi", "pope", "cardinal", "bishop", "senator", "sen", "congressman", "congresswoman",
			"representative", "rep", "governor", "gov", "mayor", "ambassador", "envoy", "consul", "charge", "chargé",
			"d'affaires", "d’affaires", "speaker", "chairman", "chairwoman", "chair", "chief", "head", "director",
			"director-general", "leader", "supreme", "spokesman", "spokeswoman", "spokesperson", "advisor", "adviser",
			"aide", "official", "member", "mp", "lawmaker", "legislator", "judge", "attorney", "counselor",
			"counsellor", "editor", "editor-in-chief", "columnist", "journalist", "correspondent", "reporter",
			"analyst", "expert", "scholar", "researcher", "writer", "author", "commentator", "host", "anchor",
			"presenter", "preacher", "staff", "assistant", "undersecretary", "acting", "former", "senior", "top",
			"chief-of-staff", "secretary-of-state", "emeritus", "elect", "caliph", "sayyed", "sayyid", "seyed",
			"seyyed", "haj", "hajj", "mawlana", "hojjat-al-islam", "ustadh", "sultan", "founder", "martyr", "shahid",
			"ceo", "coordinator", "negotiator", "nominee", "candidate", "businessman", "businesswoman", "activist",
			"poet", "novelist", "blogger", "actor", "actress", "chancellor", "premier", "rector", "provost", "lecturer",
			"fellow", "historian", "economist", "spokespeople", "secretary-general's", "pastor", "reverend", "rev",
			"donor", "vp", "commissioner", "sheriff", "superintendent", "inspector", "prosecutor", "councilman",
			"councilwoman", "alderman", "treasurer", "comptroller", "chaplain", "officer", "detective", "trooper",
			"sgt", "comedian", "singer", "rapper", "musician", "filmmaker", "producer", "billionaire", "entrepreneur",
			"investor", "physician", "surgeon", "lawyer", "scientist", "pundit", "broadcaster", "philanthropist",
			"magnate", "mogul", "tycoon", "heiress", "comic", "assemblywoman", "assemblyman", "assemblymember", "whip",
			"majority", "minority", "pollster", "supervisor", "archbishop", "academic", "parliamentarian", "theologian",
			"strategist", "diplomat", "jurist", "ideologue", "intellectual", "sociologist", "psychologist", "cmdr",
			"cdr", "cpl", "pvt", "amb", "atty", "adm", "executive", "pm", "fm", "rear");

	/**
	 * Words of organisation names; a capitalised run ending in one names an institution.
	 */
	static final Set<String> ORGANISATION = words("ministry", "department", "council", "corps", "guards", "guard",
			"assembly", "experts", "committee", "parliament", "majlis", "government", "office", "army", "navy", "court",
			"agency", "organization", "organisation", "organizations", "organisations", "headquarters", "party",
			"movement", "front", "brigades", "brigade", "forces", "force", "republic", "state", "states", "union",
			"nations", "league", "revolution", "revolutionary", "islamic", "united", "house", "senate", "congress",
			"university", "institution", "endowment", "college", "institute", "center", "centre", "foundation", "bank",
			"company", "group", "news", "media", "radio", "tv", "television", "times", "post", "daily", "network",
			"channel", "press", "association", "society", "authority", "commission", "board", "bureau", "service",
			"services", "police", "judiciary", "basij", "hizbullah", "hezbollah", "hizballah", "hamas", "taliban",
			"isis", "isil", "daesh", "al-qaeda", "ansarullah", "ansar", "houthis", "al-shabab", "shabab", "hashd",
			"fatah", "pkk", "ypg", "sdf", "iskp", "ttp", "hts", "qaeda", "brotherhood", "popular", "mobilization",
			"activities", "organizing", "expediency", "discernment", "cabinet", "administration", "embassy",
			"consulate", "regime", "caliphate", "resistance", "axis", "federation", "alliance", "coalition", "unit",
			"units", "division", "battalion", "battalions", "jihad", "mujahideen", "leadership", "secretariat", "club",
			"school", "academy", "seminary", "mosque", "church", "hospital", "airport", "museum", "prize", "summit",
			"conference", "forum", "talks", "agreement", "accord", "treaty", "plan", "program", "programme", "project",
			"operation", "campaign", "war", "crisis", "spring", "revolutionary", "international", "national", "general",
			"supreme", "central", "federal", "security", "defense", "foreign", "affairs", "relations", "strategic",
			"studies", "research", "policy", "quds", "sepah", "images", "mail", "system", "college", "colleges",
			"health", "global", "science", "sciences", "technology", "medicine", "employers", "exchequer", "index",
			"fund", "trust", "council's", "agency's", "systems", "advocacy", "outreach", "communications", "caucus");

	/**
	 * One-word countries in the JDK's locale data whose names are also given names or
	 * surnames.
	 */
	private static final Set<String> COUNTRIES_THAT_ARE_NAMES = Set.of("chad", "georgia", "jersey", "guernsey",
			"dominica", "jamaica", "kenya", "niger", "mali", "togo", "guinea", "ireland");

	/** Places, peoples and nationality adjectives: never part of a person's name. */
	static final Set<String> PLACES = withCountries("iran", "iranian", "iranians", "iraq", "iraqi", "iraqis", "syria",
			"syrian", "syrians", "u.s", "us", "usa", "america", "american", "americans", "saudi", "saudis", "arabia",
			"qatar", "qatari", "israel", "israeli", "israelis", "zionist", "zionists", "lebanon", "lebanese", "turkey",
			"turkish", "egypt", "egyptian", "russia", "russian", "china", "chinese", "europe", "european", "europeans",
			"britain", "british", "uk", "u.k", "england", "english", "france", "french", "germany", "german",
			"afghanistan", "afghan", "pakistan", "pakistani", "yemen", "yemeni", "bahrain", "bahraini", "kuwait",
			"kuwaiti", "jordan", "jordanian", "palestinian", "palestinians", "palestine", "gaza", "tehran", "baghdad",
			"vienna", "riyadh", "washington", "moscow", "beijing", "london", "paris", "damascus", "beirut", "karbala",
			"tel", "haifa", "jerusalem", "sanaa", "aden", "basra", "erbil", "aleppo", "homs", "idlib", "tabriz",
			"isfahan", "shiraz", "ahvaz", "amman", "jeddah", "mecca", "manama", "dhabi", "muscat", "kabul", "najaf",
			"mosul", "qom", "mashhad", "tikrit", "fallujah", "anbar", "kurdistan", "west", "western", "east", "eastern",
			"middle", "north", "south", "gulf", "persian", "arab", "arabs", "arabic", "sunni", "sunnis", "shi'ite",
			"shiite", "shi'ites", "shiites", "shia", "shi'a", "kurdish", "kurds", "muslim", "muslims", "christian",
			"christians", "jewish", "jews", "un", "u.n", "nato", "eu", "p5+1", "geneva", "lausanne", "new", "york",
			"ankara", "istanbul", "cairo", "doha", "dubai", "emirates", "uae", "oman", "omani", "libya", "libyan",
			"tunisia", "tunisian", "algeria", "morocco", "sudan", "somalia", "india", "indian", "japan", "japanese",
			"korea", "korean", "venezuela", "cuba", "hormuz", "caspian", "mediterranean", "levant", "asia", "africa",
			"african", "latin", "islam", "allah", "god", "quran", "koran", "prophet", "imams",
			// US states, but not those that are also given names ("Virginia Foxx")
			"alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
			"hawaii", "idaho", "illinois", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
			"massachusetts", "michigan", "minnesota", "mississippi", "missouri", "nebraska", "nevada", "hampshire",
			"ohio", "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont", "wisconsin",
			"wyoming", "n.c", "s.c", "n.h", "n.y", "n.j", "d.c");

	/**
	 * The words, the bundled nationalities, and every one-word country name in English as
	 * the JDK's locale data gives them, but those that are also names of people ("Chad",
	 * "Georgia", "Ireland"); a few of those ("Israel", "Jordan") are among the words on
	 * purpose.
	 */
	private static Set<String> withCountries(String... words) {
		Set<String> all = new HashSet<>(Arrays.asList(words));
		all.addAll(WordList.read("nationalities.txt"));
		for (String code : Locale.getISOCountries()) {
			String name = Locale.of("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT);
			if (name.indexOf(' ') < 0 && name.indexOf('&') < 0 && !COUNTRIES_THAT_ARE_NAMES.contains(name)) {
				all.add(name);
			}
		}
		return Set.copyOf(all);
	}

	/** Capitalised words that open sentences or clauses without being names. */
	static final Set<String> FUNCTION_WORDS = words("the", "a", "an", "in", "on", "at", "of", "for", "and", "but", "or",
			"nor", "also", "however", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you",
			"his", "her", "its", "their", "our", "my", "your", "following", "see", "according", "after", "before",
			"while", "additionally", "therefore", "even", "if", "when", "since", "as", "by", "with", "from", "to",
			"yesterday", "today", "tomorrow", "then", "thus", "so", "such", "there", "here", "what", "why", "how",
			"who", "whom", "whose", "which", "where", "meanwhile", "moreover", "furthermore", "nevertheless",
			"nonetheless", "instead", "first", "second", "third", "finally", "last", "next", "most", "more", "some",
			"many", "all", "both", "each", "other", "another", "no", "not", "only", "one", "two", "three", "several",
			"various", "recently", "earlier", "later", "now", "yet", "still", "indeed", "in fact", "because",
			"although", "though", "whether", "unless", "until", "during", "despite", "against", "about", "above",
			"below", "under", "over", "between", "among", "into", "through", "without", "within", "upon", "via", "per",
			"is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would", "can",
			"could", "may", "might", "must", "shall", "should", "note", "source", "sources", "update", "editor's",
			"mr.", "conspicuous", "registration", "applicants", "speculation", "poster", "sign-up", "share", "read",
			"watch", "click", "video", "photo", "image", "caption", "link", "tags", "related", "see also", "excerpts",
			"transcript", "interviewer", "translation", "notes", "endnotes", "footnotes", "please", "like", "unlike",
			"amid", "toward", "towards", "besides", "beyond", "across", "around", "including", "maybe", "perhaps");

	/**
	 * Capitalised words that never make a person's name or role: platforms, software and
	 * page furniture ("Twitter said", "Javascript Alert said:"), and honorifics, which
	 * are forms of address, not offices ("His Eminence", "His Holiness").
	 */
	static final Set<String> NOT_NAMES = words("twitter", "facebook", "youtube", "instagram", "telegram", "whatsapp",
			"google", "javascript", "alert", "cookie", "cookies", "email", "e-mail", "internet", "online", "reddit",
			"tiktok", "snapchat", "linkedin", "skype", "wikipedia", "browser", "newsletter", "subscribe", "login",
			"password", "eminence", "holiness", "excellency", "majesty", "highness", "lordship", "worship",
			// Indefinite pronouns opening a sentence ("None has replied.") name nobody.
			"none", "nobody", "noone", "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nothing",
			"something", "everything", "anything",
			// media and office words that are acronyms but no institution ("on Iowa TV:")
			"tv", "pr",
			// Adjectives that open a sentence ("Similar calls by other hardliners
			// sparked …") and are nobody's name.
			"similar", "few", "recent", "previous", "additional", "separate", "numerous", "certain",
			// A web journal's labels over its text ("FULL STORY:", "SUMMARY:").
			"story", "summary", "abstract",
			// Abstract nouns capitalised in a book's or a report's title ("author of
			// Unthinkable: Iran, the Bomb, and American Strategy").
			"strategy", "strategies", "policy", "policies", "diplomacy", "democracy", "security", "economy", "politics",
			"geopolitics", "history", "ideology");

	/**
	 * Gatherings, whose names in capitals name nobody (see MentionFinder.namelessWords):
	 * "the National Prayer Breakfast".
	 */
	static final Set<String> GATHERINGS = words("breakfast", "luncheon", "dinner", "gala", "summit", "conference",
			"symposium", "seminar", "webinar", "festival", "ceremony", "rally");

	/**
	 * Parties and political leanings, written with a capital before a name ("Republican
	 * Thomas Massie", "Democrat Hillary Clinton", "Conservative Kemi Badenoch"): the
	 * person's affiliation, a role word, never part of the name. Plurals are not here:
	 * "Democrats said" names a group that speaks.
	 */
	static final Set<String> AFFILIATIONS = words("republican", "democrat", "democratic", "conservative", "liberal",
			"labour", "tory", "libertarian", "socialist", "communist", "progressive", "reformist", "principlist",
			"hardline", "hardliner", "moderate", "islamist", "salafi", "jihadist", "evangelical", "baathist");

	/**
	 * People in the plural by what they do ("Officials said", "Aides say"): a sentence
	 * opens with them, capitalised, but they name nobody, as "Sources" does not.
	 */
	static final Set<String> UNNAMED_GROUPS = words("officials", "aides", "analysts", "critics", "experts", "observers",
			"witnesses", "residents", "protesters", "protestors", "supporters", "opponents", "lawmakers", "legislators",
			"diplomats", "activists", "commentators", "insiders", "investigators", "prosecutors", "researchers",
			"scholars", "economists", "strategists", "pollsters", "advisers", "advisors", "organizers", "organisers",
			"spokesmen", "spokespeople", "staffers", "delegates", "voters", "users", "participants", "friends",
			"neighbors", "neighbours", "parents", "students", "teachers", "members", "employees", "workers", "fans",
			"relatives", "colleagues", "allies", "donors", "volunteers", "demonstrators", "attendees", "veterans",
			"doctors", "lawyers", "attorneys", "journalists", "reporters", "scientists", "leaders");

	static final Set<String> HONORIFICS = words("eminence", "holiness", "excellency", "majesty", "highness", "lordship",
			"worship", "royal", "his", "her");

	/** Months and weekdays, which open date phrases ("June 18 Kayhan editorial"). */
	static final Set<String> CALENDAR = words("january", "february", "march", "april", "may", "june", "july", "august",
			"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
			"sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
			"ramadan", "muharram", "ashura", "nowruz",
			// time zones, which follow a clock time ("7:19 p.m. EST")
			"est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest");

	/**
	 * Particles inside Arabic and European names ("Osama bin Laden", "Nouri al-Maliki").
	 */
	static final Set<String> NAME_PARTICLES = words("bin", "ibn", "bint", "abu", "abd", "abdul", "al", "el", "de", "da",
			"di", "del", "della", "van", "von", "der", "den", "la", "le", "du", "ul", "e", "y");

	/**
	 * Forms of address, which say how to call a person and nothing of what the person
	 * does: "Mr." before a name is no role to show.
	 */
	private static final Set<String> COURTESY_TITLES = words("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame");

	/**
	 * Religious and honorific ranks that go with a name wherever it is written ("Sheikh
	 * Nawaf", "Ayatollah Sistani"): they say who a person is, not which office they hold.
	 */
	private static final Set<String> RANKS = words("sheikh", "shaikh", "sheik", "ayatollah", "grand", "hojatoleslam",
			"hojjatoleslam", "mullah", "sayyed", "sayyid", "seyyed", "rabbi", "reverend", "rev");

	/**
	 * Whether a role is only forms of address and ranks ("Sheikh", "Grand Ayatollah"), so
	 * that an office set off beside the name says more.
	 */
	static boolean addressOrRankOnly(String role) {
		return onlyWordsOf(role, word -> COURTESY_TITLES.contains(word) || RANKS.contains(word));
	}

	/**
	 * Whether a role has words and each of them (in lower case) is one the test takes.
	 */
	private static boolean onlyWordsOf(String role, Predicate<String> test) {
		if (role == null || role.isBlank()) {
			return false;
		}
		for (String word : ROLE_SEPARATORS.split(role.toLowerCase(Locale.ROOT).strip())) {
			if (!word.isEmpty() && !test.test(word)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The role without the forms of address that end it ("Labour leader Sir" of "Labour
	 * leader Sir Keir Starmer", "Commons Leader Mr"); the same role when none does.
	 */
	static String withoutTrailingCourtesy(String role) {
		String stripped = role.strip();
		int end = stripped.length();
		while (end > 0) {
			int space = stripped.lastIndexOf(' ', end - 1);
			String word = stripped.substring(space + 1, end);
			if (!COURTESY_TITLES.contains(key(word))) { // key drops the dot of "Mr."
				break;
			}
			end = Math.max(space, 0);
		}
		return end == stripped.length() ? role : stripped.substring(0, end).strip();
	}

	/**
	 * His Excellency, His Highness, His Royal Highness, His Majesty, as Gulf pages write
	 * them before a name ("HE Khalid al-Attiyah", "H.E.", "HH Sheikh Tamim"): a form of
	 * address, no part of a name or of an office.
	 */
	static boolean isHonorificInCapitals(String word) {
		return HONORIFICS_IN_CAPITALS.contains(word);
	}

	private static final Set<String> HONORIFICS_IN_CAPITALS = Set.of("HE", "H.E", "H.E.", "HH", "H.H", "H.H.", "HRH",
			"HM");

	/** Whether a role is only forms of address ("Mr.", "Dr", "Sir"). */
	static boolean courtesyOnly(String role) {
		return onlyWordsOf(role, COURTESY_TITLES::contains);
	}

	/** Role words that say a person is a woman or a man, for pronoun resolution. */
	static final Set<String> FEMALE_ROLES = words("spokeswoman", "mrs", "ms", "miss", "madam", "lady", "dame", "queen",
			"princess", "chairwoman", "congresswoman", "businesswoman", "actress", "sister", "mother", "wife",
			"daughter", "widow", "first lady", "sheikha");

	static final Set<String> MALE_ROLES = words("spokesman", "mr", "sir", "lord", "king", "prince", "emir", "sheikh",
			"shaykh", "ayatollah", "hojjat", "hojatoleslam", "hojjatoleslam", "hujjat", "hujjatulislam", "imam",
			"mullah", "mufti", "rabbi", "pope", "cardinal", "bishop", "father", "brother", "chairman", "congressman",
			"businessman", "actor", "sayyed", "sayyid", "seyed", "seyyed", "caliph", "sultan", "husband", "son");

	/** Given names common enough in this domain to tell a woman's name from a man's. */
	static final Set<String> FEMALE_GIVEN_NAMES = words("marzia", "marzieh", "marie", "hillary", "condoleezza",
			"angela", "federica", "catherine", "masoumeh", "nancy", "samantha", "susan", "wendy", "jen", "victoria",
			"theresa", "mary", "elizabeth", "fatemeh", "fatima", "zahra", "maryam", "shirin", "laleh", "azam", "faezeh",
			"shahla", "zainab", "zeinab", "aisha", "tzipi", "golda", "sarah", "ursula", "kamala", "nikki", "ilhan",
			"rashida", "alexandria", "nancy", "madeleine", "michelle", "laura", "helga", "frederica", "marine",
			"benazir", "asma", "hanan", "tawakkol", "leila", "layla", "nadia", "rania", "suzanne", "mona", "huda",
			"nasrin", "parvin", "soheila", "elham", "farideh", "jaleh");

	private static Set<String> words(String... words) {
		return Set.copyOf(Arrays.asList(words));
	}

	static String key(String token) {
		String lower = token.toLowerCase(Locale.ROOT);
		if (lower.indexOf('’') >= 0) {
			lower = lower.replace('’', '\'');
		}
		if (lower.endsWith(".")) {
			lower = lower.substring(0, lower.length() - 1);
		}
		return lower;
	}

	static boolean isTitle(String token) {
		return isTitleKey(key(token));
	}

	static boolean isOrganisation(String token) {
		return ORGANISATION.contains(key(token));
	}

	static boolean isPlace(String token) {
		return isPlaceKey(key(token));
	}

	/** {@link #isTitle} for a token's {@link #key}. */
	static boolean isTitleKey(String key) {
		return TITLES.contains(key) || key.indexOf('-') > 0 && hyphenedTitle(key);
	}

	/**
	 * "Brigadier-General", "Major-General", "Lieutenant-Colonel": titles joined by
	 * hyphens are one title.
	 */
	private static boolean hyphenedTitle(String key) {
		for (String part : key.split("-")) {
			if (!TITLES.contains(part)) {
				return false;
			}
		}
		return true;
	}

	/** {@link #isPlace} for a token's {@link #key}. */
	static boolean isPlaceKey(String key) {
		if (key.endsWith("'s")) {
			key = key.substring(0, key.length() - 2);
		}
		return PLACES.contains(key);
	}

	/**
	 * Whether a token can be part of a person's name: capitalised (after an Arabic
	 * article such as {@code al-}), not a title, organisation word, place, function word
	 * or month, not an acronym.
	 */
	static boolean isNameWord(String token) {
		if (token.isEmpty()) {
			return false;
		}
		if (!Character.isUpperCase(token.charAt(0)) && token.indexOf('-') < 0) {
			return false; // the common case, decided without building a key
		}
		return isNameWord(token, key(token));
	}

	/**
	 * {@link #isNameWord(String)} for a token whose {@link #key} the caller has already
	 * built.
	 */
	static boolean isNameWord(String token, String key) {
		if (token.isEmpty()) {
			return false;
		}
		if (!Character.isUpperCase(token.charAt(0)) && token.indexOf('-') < 0) {
			return false;
		}
		String bare = stripArticle(token);
		if (bare.isEmpty() || !Character.isUpperCase(bare.codePointAt(0))) {
			return false;
		}
		if (bare.length() >= 2 && isAcronym(bare)) {
			return false;
		}
		if (isCompoundModifier(bare)) {
			return false;
		}
		if (isTitleKey(key) || ORGANISATION.contains(key) || isPlaceKey(key) || FUNCTION_WORDS.contains(key)
				|| CALENDAR.contains(key) || NOT_NAMES.contains(key) || AFFILIATIONS.contains(key)
				|| UNNAMED_GROUPS.contains(key)) {
			return false;
		}
		if (key.endsWith("'s") || key.endsWith("tions") || key.endsWith("ities") || key.endsWith("ments")
				|| key.endsWith("ness")) {
			return false;
		}
		return bare.codePoints().anyMatch(Character::isLetter);
	}

	/** Lower-case particles allowed between the capitalised words of a name. */
	static boolean isParticle(String token) {
		return NAME_PARTICLES.contains(key(token)) && Character.isLowerCase(token.codePointAt(0));
	}

	/** Whether the token is a party and state, which names nobody ("R-S.C."). */
	static boolean isPartyState(String token) {
		// Every match has a hyphen second ("R-S.C."): checked first, as nearly every
		// word asked about has not.
		return token.length() >= 3 && token.charAt(1) == '-' && PARTY_STATE.matcher(token).matches();
	}

	static boolean isAcronym(String token) {
		int letters = 0;
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			if (Character.isLetter(c)) {
				if (!Character.isUpperCase(c)) {
					return false;
				}
				letters++;
			}
		}
		return letters >= 2;
	}

	private static final Set<String> MODIFIER_ENDINGS = words("born", "run", "made", "style", "era", "wide", "free");

	/**
	 * Whether a capitalised word is a compound modifier or noun whose last part is a
	 * lower-case English word ("Oscar-winner", "Tehran-based", "Pulitzer-winning",
	 * "Saudi-led"): it describes a person and is never part of a name. Names joined by
	 * hyphens capitalise their parts ("Abdel-Karim") or end in short particles
	 * ("Nasr-ed-din").
	 */
	static boolean isCompoundModifier(String word) {
		int dash = word.lastIndexOf('-');
		if (dash <= 0 || word.length() - dash - 1 < 3) {
			return false;
		}
		for (int i = dash + 1; i < word.length(); i++) {
			if (!Character.isLowerCase(word.charAt(i))) {
				return false;
			}
		}
		String last = word.substring(dash + 1);
		return last.endsWith("ed") || last.endsWith("ing") || last.endsWith("er") || last.endsWith("ers")
				|| MODIFIER_ENDINGS.contains(last);
	}

	/**
	 * "al-Maliki" → "Maliki", "El-Sisi" → "Sisi", and with the mark MEMRI writes for the
	 * letter 'ayn, "Al-'Ali" → "Ali"; other tokens unchanged.
	 */
	static String stripArticle(String token) {
		int dash = token.indexOf('-');
		if (dash > 0 && dash <= 3 && dash < token.length() - 1) {
			String head = token.substring(0, dash).toLowerCase(Locale.ROOT);
			if (head.equals("al") || head.equals("el") || head.equals("ad") || head.equals("ash") || head.equals("as")
					|| head.equals("at") || head.equals("az") || head.equals("ar")) {
				int name = dash + 1;
				if (name + 1 < token.length() && NameFolding.isApostrophe(token.charAt(name))
						&& Character.isUpperCase(token.charAt(name + 1))) {
					name++;
				}
				return token.substring(name);
			}
		}
		return token;
	}

	/**
	 * Offices named with "-man" that women hold too, and are called by: "Trump spokesman
	 * Hope Hicks". A woman's given name outweighs them.
	 */
	private static final Set<String> OFFICES_IN_MAN = words("spokesman", "chairman", "congressman", "businessman");

	/**
	 * A person's gender from the role given with the name
	 * ({@link #genderOfRole(String)}), but a woman's given name outweighs an office in
	 * "-man" ({@link #OFFICES_IN_MAN}). UNKNOWN when the role tells nothing.
	 */
	static Gender genderOfRole(String role, String name) {
		Gender byRole = genderOfRole(role);
		return byRole == Gender.MALE && onlyOfficesInMan(role) && genderOfGivenName(name) == Gender.FEMALE
				? Gender.FEMALE : byRole;
	}

	private static boolean onlyOfficesInMan(String role) {
		for (String word : ROLE_SEPARATORS.split(role.toLowerCase(Locale.ROOT))) {
			if (MALE_ROLES.contains(word) && !OFFICES_IN_MAN.contains(word)) {
				return false;
			}
		}
		return true;
	}

	static Gender genderOfRole(String role) {
		if (role == null) {
			return Gender.UNKNOWN;
		}
		for (String word : ROLE_SEPARATORS.split(role.toLowerCase(Locale.ROOT))) {
			if (FEMALE_ROLES.contains(word)) {
				return Gender.FEMALE;
			}
			if (MALE_ROLES.contains(word)) {
				return Gender.MALE;
			}
		}
		return Gender.UNKNOWN;
	}

	/** Whether a name's first word, of two or more, is a given name the parser knows. */
	static boolean hasKnownGivenName(String name) {
		return genderOfGivenName(name) != Gender.UNKNOWN;
	}

	/** Whether a word, as its {@link #key}, is a given name the parser knows. */
	static boolean isGivenNameKey(String key) {
		return genderOfGivenNameKey(key) != Gender.UNKNOWN;
	}

	static Gender genderOfGivenName(String name) {
		int space = name.indexOf(' ');
		if (space < 0) {
			return Gender.UNKNOWN;
		}
		return genderOfGivenNameKey(key(name.substring(0, space)));
	}

	/**
	 * The gender a person's name tells: its given name's, else a kunya's ("Abu Anas
	 * Al-Hasri", father of, a man; "Umm Hamza", mother of, a woman). Only for a name
	 * already read as a person's: "Abu" is no given name the parser knows
	 * ({@link #hasKnownGivenName}), since "Abu Dhabi" would then be a person.
	 */
	static Gender genderOfPersonsName(String name) {
		Gender gender = genderOfGivenName(name);
		int space = name.indexOf(' ');
		if (gender != Gender.UNKNOWN || space < 0) {
			return gender;
		}
		String first = key(name.substring(0, space));
		return first.equals("abu") ? Gender.MALE : first.equals("umm") ? Gender.FEMALE : Gender.UNKNOWN;
	}

	/**
	 * The gender a given name, as its {@link #key}, is used for overwhelmingly; UNKNOWN
	 * when it is no such name.
	 */
	static Gender genderOfGivenNameKey(String given) {
		if (FEMALE_GIVEN_NAMES.contains(given)) {
			return Gender.FEMALE;
		}
		Gender gender = GivenNames.BUNDLED.getOrDefault(given, Gender.UNKNOWN);
		if (gender == Gender.UNKNOWN && !given.chars().allMatch(c -> c < 0x80)) {
			// The list is written without accents: "François" is "francois".
			String folded = DIACRITICS.matcher(Normalizer.normalize(given, Normalizer.Form.NFD)).replaceAll("");
			gender = GivenNames.BUNDLED.getOrDefault(folded, Gender.UNKNOWN);
		}
		return gender;
	}

	private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

	/** The bundled list of given names by gender, read once. */
	private static final class GivenNames {

		static final Map<String, Gender> BUNDLED = read();

		private static Map<String, Gender> read() {
			Map<String, Gender> genders = new HashMap<>();
			for (String line : WordList.lines("given-names.txt")) {
				Gender gender = line.startsWith("f:") ? Gender.FEMALE : Gender.MALE;
				for (String given : line.substring(2).strip().split("\\s+")) {
					genders.put(given, gender);
				}
			}
			return Map.copyOf(genders);
		}

	}

	enum Gender {

		MALE, FEMALE, UNKNOWN

	}

}
