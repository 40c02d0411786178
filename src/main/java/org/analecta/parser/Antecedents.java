package org.analecta.parser;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which person mentions may be what a later "he" or "she" refers to. The mention finder
 * takes any capitalised run near a speech verb for a name, so it also yields places
 * ("Huntsville, Ala.", "in Brooklyn"), groups ("Republicans") and the institution inside
 * an apposition ("Michael O'Hanlon, an expert at the Brookings Institution, says"). Such
 * a mention, taken for the latest person of the paragraph, makes a careful reader's
 * obvious antecedent look like one of several; here it is kept out of the choice.
 */
final class Antecedents {

	/** Words that end the name of a place, a building or a body, never of a person. */
	private static final Set<String> NOT_PERSON_ENDINGS = Set.of("institution", "institute", "university", "college",
			"bay", "island", "islands", "county", "city", "street", "avenue", "square", "hall", "center", "centre",
			"school", "party", "committee", "foundation", "project", "fund", "court", "senate", "congress", "house",
			"administration", "times", "post", "news", "journal", "magazine", "review", "network", "station", "airport",
			"park", "river", "valley", "beach", "coast", "state", "states", "republic", "kingdom", "capitol", "office",
			"department", "agency", "council", "campaign", "group", "association", "union", "church", "club", "team",
			"company", "corporation", "inc", "llc", "co", "caucus", "convention", "debate", "primary", "poll", "report",
			"act", "bill", "plan", "day", "week", "month", "tower", "sea", "ocean", "lake", "bridge", "road", "hotel",
			"building", "stadium", "arena", "museum", "library", "hospital", "bank", "market", "exchange", "partners",
			"ledger", "tribune", "gazette", "herald", "sentinel", "globe", "examiner", "inquirer", "chronicle",
			"courier", "observer", "district", "airbase", "base", "camp", "province", "governorate", "region",
			"village", "town", "port", "mosque", "palace", "prison", "refinery", "strait", "gulf", "canal", "desert",
			"mountains", "peninsula", "crossing", "checkpoint", "compound", "embassy", "consulate", "barracks");

	/**
	 * Words that open no person's name, though a capital letter puts them before one in a
	 * headline or at a sentence start: "Like Trump", "Unlike Clinton".
	 */
	private static final Set<String> NOT_PERSON_OPENINGS = Set.of("like", "unlike", "as", "for", "with", "against",
			"after", "before", "about", "without");

	/**
	 * Lower-case nouns that a name qualifies as an attribute ("the Clinton campaign",
	 * "Trump supporters"): the name so used is no one the prose goes on about.
	 */
	private static final Set<String> ATTRIBUTIVE_HEADS = Set.of("campaign", "campaigns", "camp", "administration",
			"aides", "aide", "supporters", "backers", "allies", "loyalists", "surrogates", "staffers", "staff", "team",
			"family", "foundation", "presidency", "era", "doctrine", "voters", "delegates", "rally", "rallies",
			"organization", "operation", "victory", "win", "loss", "nomination", "candidacy", "campaign's", "regime",
			"government", "forces", "troops", "militias", "militia");

	/** A party and state in brackets or after a comma: "R-Calif.", "D-Ga.". */
	private static final Pattern PARTY_STATE = Pattern.compile("(?i)[rdi](?:-[a-z. ]+)?");

	/**
	 * Groups of people, plural: a "he" never refers to them. Kept to the words this genre
	 * uses; a surname that happens to end in s ("Sanders", "Evans") is not one.
	 */
	private static final Set<String> GROUPS = Set.of("republicans", "democrats", "americans", "conservatives",
			"liberals", "progressives", "evangelicals", "latinos", "hispanics", "independents", "libertarians",
			"socialists", "muslims", "christians", "jews", "catholics", "mormons", "europeans", "africans", "asians",
			"mexicans", "israelis", "palestinians", "iranians", "arabs", "kurds", "sunnis", "shiites", "whites",
			"blacks", "millennials", "boomers", "voters", "delegates", "democratic", "republican", "gop");

	/** US states and their usual abbreviations in datelines ("Huntsville, Ala."). */
	private static final Set<String> STATES = Set.of("alabama", "ala", "alaska", "arizona", "ariz", "arkansas", "ark",
			"california", "calif", "colorado", "colo", "connecticut", "conn", "delaware", "del", "florida", "fla",
			"georgia", "ga", "hawaii", "idaho", "illinois", "ill", "indiana", "ind", "iowa", "kansas", "kan",
			"kentucky", "ky", "louisiana", "la", "maine", "maryland", "md", "massachusetts", "mass", "michigan", "mich",
			"minnesota", "minn", "mississippi", "miss", "missouri", "mo", "montana", "mont", "nebraska", "neb",
			"nevada", "nev", "hampshire", "jersey", "mexico", "york", "carolina", "dakota", "ohio", "oklahoma", "okla",
			"oregon", "ore", "pennsylvania", "pa", "rhode", "tennessee", "tenn", "texas", "tex", "utah", "vermont",
			"vt", "virginia", "va", "washington", "wash", "wisconsin", "wis", "wyoming", "wyo", "brooklyn", "manhattan",
			"queens", "bronx", "chicago", "boston", "philadelphia", "detroit", "cleveland", "atlanta", "miami",
			"houston", "dallas", "denver", "seattle", "phoenix", "baltimore", "pittsburgh", "milwaukee", "tampa",
			"orlando", "nashville", "memphis", "louisville", "charlotte", "richmond", "sacramento", "berlin",
			"jerusalem", "guantanamo", "havana", "canada", "ottawa", "toronto");

	/** The words that put a place after them: "in Brooklyn", "from Ohio". */
	private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "near", "across", "outside",
			"inside", "throughout", "around");

	private Antecedents() {
	}

	/** Whether a word names a place, a building or a body, never a person. */
	static boolean placeOrBody(String word) {
		return NOT_PERSON_ENDINGS.contains(word);
	}

	/**
	 * Whether a person mention may be the antecedent of a later he/she: not a place, a
	 * group or a body, not right after a preposition of place, and not inside the
	 * apposition that describes the person named just before it in the same sentence.
	 * @param previous the person mentioned just before in the same sentence, or null
	 */
	static boolean personLike(Passage passage, Mention mention, Mention previous) {
		String[] words = mention.name().toLowerCase(Locale.ROOT).split("[\\s.]+");
		if (words.length == 0) {
			return false;
		}
		String last = words[words.length - 1];
		if (PARTY_STATE.matcher(mention.name()).matches() || NOT_PERSON_OPENINGS.contains(words[0])
				|| words.length > 1 && words[0].endsWith("ing") && !NameVocabulary.hasKnownGivenName(mention.name())
				|| NOT_PERSON_ENDINGS.contains(last) || GROUPS.contains(last)
				|| NameVocabulary.isPlace(words[0]) && !MentionFinder.WORDS_AS_GIVEN_NAMES.contains(words[0])
				|| STATES.contains(last) && !NameVocabulary.hasKnownGivenName(mention.name())) {
			return false;
		}
		int after = passage.firstTokenFrom(mention.end());
		if (!mention.possessive() && after < passage.tokens().size()
				&& ATTRIBUTIVE_HEADS.contains(passage.tokens().get(after).text())
				&& Tokens.onlySpaceBetween(passage.masked(), mention.end(), passage.tokens().get(after).start())) {
			return false; // "recent Clinton campaign accusations": the name only
							// qualifies
		}
		int at = passage.firstTokenFrom(mention.start());
		// Only a preposition right before the name puts it in a place: in "the county can
		// step in, Ada Lin said" the particle ends its clause.
		if (at > 0 && PLACE_PREPOSITIONS.contains(passage.tokens().get(at - 1).key())
				&& Tokens.onlySpaceBetween(passage.masked(), passage.tokens().get(at - 1).end(), mention.start())
				&& (passage.tokens().get(at - 1).key().equals("in") || !namedPerson(mention, words))) {
			return false;
		}
		if (previous == null || previous.end() > mention.start()) {
			return true;
		}
		return !(previous.role() != null && previous.role().contains(mention.name())
				|| insideApposition(passage.masked(), previous.end(), mention.start()));
	}

	/**
	 * Whether a mention is a person by its form, whatever preposition comes before it: a
	 * role before the name ("from Undersecretary Wendy Sherman"), or a known given name
	 * and a surname ("a message from Wendy Sherman").
	 */
	private static boolean namedPerson(Mention mention, String[] words) {
		return mention.role() != null || words.length > 1 && NameVocabulary.hasKnownGivenName(mention.name());
	}

	/**
	 * Whether the text between a person and a later name opens an apposition that is not
	 * closed yet, with a lower-case word in it: "Edward Kleinbard, former chief of staff
	 * of the Joint Committee on Taxation" - the later name only describes the person. A
	 * list ("Kleinbard, Read and Cole") has no lower-case word before the next name, an
	 * inverted tag ("Trump, said Sunshine, ...") a speech verb.
	 */
	private static boolean insideApposition(String text, int from, int to) {
		int i = from;
		while (i < to && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		if (i >= to || text.charAt(i) != ',') {
			return false;
		}
		boolean lowerWord = false;
		for (int j = i + 1; j < to; j++) {
			char c = text.charAt(j);
			if (",;.:()\"“”".indexOf(c) >= 0 || c == QuoteScanner.MASK) {
				return false;
			}
			if (Character.isLowerCase(c) && Character.isWhitespace(text.charAt(j - 1))) {
				int end = j;
				while (end < to && Character.isLetter(text.charAt(end))) {
					end++;
				}
				if (!lowerWord && SpeechCues.isCue(text.substring(j, end))) {
					return false; // "And Trump, said Sunshine, ...": an inverted tag
				}
				lowerWord = true;
			}
		}
		return lowerWord;
	}

}
