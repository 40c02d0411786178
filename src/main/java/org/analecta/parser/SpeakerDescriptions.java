package org.analecta.parser;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.analecta.parser.ParsedReport.SpeakerKind;
import org.analecta.parser.Tokens.Token;

/**
 * Speakers named by what they are rather than who: "a spokesman for the campaign", "some
 * protesters", "his colleague", "the statement" and its issuer, and a name set off after
 * its description ("the country's top diplomat, Mohammad Javad Zarif"). Each finder
 * returns the description's SpeakerTagMatcher.Subject, or null when the words describe no
 * speaker.
 */
final class SpeakerDescriptions {

	private SpeakerDescriptions() {
	}

	/**
	 * Words that open a description of an unnamed speaker ("a spokesman for the
	 * campaign").
	 */
	static final Set<String> DETERMINERS = Set.of("a", "an", "the", "another", "one");

	/**
	 * Words a description of a speaker never runs over: they open a clause or an
	 * adverbial.
	 */
	static final Set<String> DESCRIPTION_STOPS = Set.of("who", "whom", "whose", "which", "that", "on", "in", "during",
			"when", "after", "before", "about", "to", "while", "and", "but", "as", "or", "if", "this", "these", "those",
			"it", "he", "she", "they", "we", "i", "you", "is", "was", "are", "were", "has", "had", "have", "not",
			"also", "by", "with", "than", "then", "there", "here", "what", "how", "why", "where", "would", "will",
			"could", "can", "may", "might", "should", "must", "do", "does", "did", "later", "earlier", "last", "next",
			"recently", "today", "yesterday", "previously", "once", "twice", "further", "again", "repeatedly",
			"reportedly", "still", "already", "went", "goes", "despite", "besides", "without", "upon");

	/**
	 * Words that open a description of several unnamed speakers ("some protesters
	 * chanted", "many commentators called him").
	 */
	static final Set<String> QUANTIFIERS = Set.of("some", "many", "several", "two", "three", "four", "five", "other",
			"most", "both", "few", "numerous", "various");

	/**
	 * Words that open a description of a speaker by whom or what it belongs to ("his
	 * colleague wrote", "this source told the Post").
	 */
	static final Set<String> OWNERS = Set.of("his", "her", "their", "its", "this");

	static boolean plural(Token token) {
		String key = token.key();
		return key.length() > 3 && key.endsWith("s") && !key.endsWith("ss") && !token.capitalised()
				|| key.equals("people");
	}

	/** Longest description of an unnamed speaker, in words. */
	static final int MAX_DESCRIPTION = 8;

	static final Set<String> ROLE_NOUNS = Set.of("president", "general", "minister", "spokesman", "spokeswoman",
			"spokesperson", "official", "cleric", "ayatollah", "leader", "commander", "ambassador", "envoy", "diplomat",
			"analyst", "columnist", "editor", "writer", "author", "lawmaker", "sheikh", "secretary", "premier", "king",
			"emir", "prince", "preacher", "imam", "chief", "head", "director", "senator", "governor", "mayor", "expert",
			"daily", "website", "site", "paper", "newspaper", "agency", "channel", "outlet", "editorial", "article",
			"report", "weekly", "magazine", "commentary", "supremo");

	static final Set<String> STATEMENT_NOUNS = Set.of("article", "editorial", "speech", "statement", "tweet", "tweets",
			"post", "sermon", "letter", "message", "interview", "remarks", "words", "op-ed", "column", "book", "report",
			"address", "lecture", "communique", "essay", "blog", "piece", "commentary", "response", "comments", "reply",
			"announcement", "testimony", "video", "excerpts");

	/**
	 * What a document says, the document says ("the statement said", "read the email",
	 * "the ad argues"): these end a description of a speaker, unlike an interview or a
	 * speech, which someone gives.
	 */
	static final Set<String> DOCUMENTS = Set.of("statement", "letter", "email", "e-mail", "memo", "ad", "advert",
			"advertisement", "release", "complaint", "filing", "lawsuit", "petition", "sign", "banner", "poster",
			"headline", "caption", "message", "tweet", "post", "note", "document", "resolution", "platform", "mailer",
			"flier", "flyer", "report", "editorial", "article", "column", "op-ed", "essay", "blog", "transcript",
			"indictment", "motion", "notice", "announcement", "communique", "order", "opinion", "memorandum", "brief",
			"survey", "poll", "study", "card", "letters", "ads", "signs", "commentary");

	/**
	 * The person named after the words describing them from token {@code first} on
	 * ({@link #describedName}), when those words describe that person: not "a friend of
	 * Tom Reyes" ({@link #relatedBefore}) nor "a 2008 Clinton veteran", where the noun
	 * goes on after the name. Null otherwise.
	 */
	static SpeakerTagMatcher.Subject personAfterDescription(Passage passage, int first, int until) {
		SpeakerTagMatcher.Subject person = describedName(passage, first, until);
		return person != null && !relatedBefore(passage, first, person.end())
				&& !nounGoesOn(passage, passage.firstTokenFrom(person.end())) ? person : null;
	}

	/**
	 * Whether a lower-case word relating the description to someone else stands between
	 * token {@code first} and {@code to}: "a friend of Tom Reyes", "an aide to Senator
	 * Reyes" describe someone who is not Reyes (and so, to be safe, "a member of
	 * parliament Ali Motahari" is left a description).
	 */
	static boolean relatedBefore(Passage passage, int first, int to) {
		List<Token> tokens = passage.tokens();
		for (int t = first; t < tokens.size() && tokens.get(t).start() < to; t++) {
			if (RELATIONS.contains(tokens.get(t).key()) && !tokens.get(t).capitalised()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether token i goes on the noun phrase before it: a lower-case word right after it
	 * that is no speech verb, adverb or function word ("the RNC member", "the editorial
	 * board").
	 */
	static boolean nounGoesOn(Passage passage, int i) {
		List<Token> tokens = passage.tokens();
		if (i <= 0 || i >= tokens.size()) {
			return false;
		}
		Token token = tokens.get(i);
		return !token.capitalised() && joined(passage.masked(), tokens.get(i - 1).end(), token.start())
				&& !tokens.get(i - 1).possessive() && !SpeechCues.isCue(token.key()) && !token.key().equals("read")
				&& !SpeechCues.madeRemarks(passage, i) && !SpeechCues.isSkippable(token)
				&& !DESCRIPTION_STOPS.contains(token.key()) && !CONNECTIVES.contains(token.key())
				&& token.key().chars().allMatch(Character::isLetter);
	}

	/**
	 * A person named after words that describe them, read forwards:
	 * {@code Blaze co-host Stu
	 * Burguiere}, {@code American Action Forum's Douglas Holtz-Eakin}. The words before
	 * the name become the role when the name has none.
	 */
	static SpeakerTagMatcher.Subject describedName(Passage passage, int index, int until) {
		List<Token> tokens = passage.tokens();
		if (DETERMINERS.contains(tokens.get(index).key()) || DESCRIPTION_STOPS.contains(tokens.get(index).key())) {
			return null;
		}
		int from = tokens.get(index).start();
		SpeakerTagMatcher.Subject found = null;
		boolean titleCase = tokens.get(index).capitalised();
		for (int j = index + 1; j < tokens.size()
				&& j - index <= (titleCase ? MAX_TITLE_CASE_OFFICE : MAX_DESCRIBED_NAME)
				&& tokens.get(j).start() < until; j++) {
			// An office in title case may be long: "Acting Under Secretary of the
			// Treasury for Terrorism and Financial Intelligence Bradley T. Smith".
			titleCase &= tokens.get(j).capitalised() || OFFICE_CONNECTIVES.contains(tokens.get(j).key());
			Token token = tokens.get(j);
			Mention mention = passage.mentionCovering(token.start());
			if (mention != null && mention.start() < token.start()) {
				continue; // inside a name ("George W. Bush"), whatever its dots
			}
			// A capitalised word inside a run of names is part of one, even when it is
			// also a function word or a verb ("CBS This Morning co-anchor DeMarco
			// Morgan", "Montclair State University political scientist Ada Lin").
			if (NAME_CONNECTIVES.contains(token.key()) && !token.capitalised() && j + 1 < tokens.size()
					&& tokens.get(j - 1).capitalised() && tokens.get(j + 1).capitalised()
					&& joined(passage.masked(), tokens.get(j - 1).end(), token.start())
					&& !SpeakerTagMatcher.person(passage.mentionCovering(tokens.get(j - 1).start()))) {
				// "Lebanese Center for Research and Consulting director Hassan Qutb"
				continue;
			}
			if ((token.key().equals("to") || token.key().equals("of") && titleCase) && j + 2 < tokens.size()
					&& tokens.get(j + 1).key().equals("the") && tokens.get(j - 1).capitalised()
					&& tokens.get(j + 2).capitalised() && NameVocabulary.isTitleKey(tokens.get(j - 1).key())
					&& joined(passage.masked(), tokens.get(j - 1).end(), token.start())) {
				// "U.S. Deputy Special Envoy to the Middle East Morgan Ortagus": an
				// office in title case runs over "to the".
				j++;
				continue;
			}
			if (!joined(passage.masked(), tokens.get(j - 1).end(), token.start())
					|| (SpeechCues.isCue(token.key()) || DESCRIPTION_STOPS.contains(token.key()))
							&& !token.capitalised()) {
				return found;
			}
			if (AFFILIATIONS.contains(token.key())
					&& SpeakerTagMatcher.person(passage.mentionCovering(tokens.get(j - 1).start()))) {
				return found; // "Michael Hanlon of the Brookings Institution": the name
								// before the preposition is the person
			}
			if (mention == null) {
				continue;
			}
			if (mention.possessive() || mention.kind() != SpeakerKind.PERSON || mention.start() != token.start()) {
				// "American Action Forum's" or "former FBI agent": the firm or body
				// describes who follows.
				if (mention.start() == token.start()
						&& (mention.possessive() || mention.kind() != SpeakerKind.PERSON)) {
					j = passage.firstTokenFrom(mention.end()) - 1; // "American Action
																	// Forum's" describes
																	// who follows
					continue;
				}
				return found;
			}
			String written = passage.masked().substring(from, mention.end());
			String role = mention.role() != null ? mention.role()
					: passage.masked().substring(from, mention.start()).strip();
			Mention widened = new Mention(from, mention.end(), written, mention.name(), role, mention.kind(),
					mention.possessive());
			found = new SpeakerTagMatcher.Subject(SpeakerTagMatcher.SubjectType.NAMED, widened, written, null, from,
					mention.end());
			// "former Carter speechwriter Ada Lin Park": a person whose name runs
			// on into more words describes the one those words lead to.
			int next = passage.firstTokenFrom(mention.end());
			if (next >= tokens.size() || !nounGoesOn(passage, next)) {
				return found;
			}
			j = next - 1;
		}
		return found;
	}

	/**
	 * The first token of an outlet's name in capitalised words right before token
	 * {@code noun} ("a Javon Online editorial", "a Khabar Online correspondent"): up to
	 * {@link #MAX_OUTLET_NAME_WORDS} words apart by single spaces, no function word; -1
	 * when none stands there.
	 */
	static int outletNameBefore(Passage passage, int noun) {
		List<Token> tokens = passage.tokens();
		int first = noun;
		while (first >= 1 && noun - first < MAX_OUTLET_NAME_WORDS && tokens.get(first - 1).capitalised()
				&& !NameVocabulary.FUNCTION_WORDS.contains(tokens.get(first - 1).key())
				&& passage.masked().substring(tokens.get(first - 1).end(), tokens.get(first).start()).equals(" ")) {
			first--;
		}
		return first == noun ? -1 : first;
	}

	/**
	 * The name of the outlet in tokens {@code first} to {@code last}: the mention's name
	 * when the mention finder knows it, else the words as written; null when a person or
	 * a possessive is named there ("Lund's article" is Lund's, no outlet's).
	 */
	static String outletName(Passage passage, int first, int last) {
		List<Token> tokens = passage.tokens();
		Mention named = passage.mentionCovering(tokens.get(first).start());
		if (named != null && (named.kind() == SpeakerKind.PERSON || named.possessive())) {
			return null;
		}
		return named != null ? named.name()
				: passage.masked().substring(tokens.get(first).start(), tokens.get(last).end());
	}

	/** Most words of an outlet's name before its piece or its reporter. */
	static final int MAX_OUTLET_NAME_WORDS = 3;

	/** Lower-case words inside a body's name between its capitalised words. */
	private static final Set<String> NAME_CONNECTIVES = Set.of("and", "for", "of");

	/** Most words from the start of a person's description to the name it leads to. */
	static final int MAX_DESCRIBED_NAME = 8;

	/** The same for an office in title case, every word capitalised or a connective. */
	private static final int MAX_TITLE_CASE_OFFICE = 16;

	/** Lower-case words an office in title case runs over. */
	private static final Set<String> OFFICE_CONNECTIVES = Set.of("of", "the", "for", "and", "to");

	/**
	 * An unnamed speaker described after a determiner, read forwards from it:
	 * {@code said a
	 * spokesman for the campaign}, {@code added a New Hampshire Democrat}.
	 */
	static SpeakerTagMatcher.Subject descriptionFrom(Passage passage, int index, int until) {
		List<Token> tokens = passage.tokens();
		boolean quantified = QUANTIFIERS.contains(tokens.get(index).key());
		Mention owner = passage.mentionCovering(tokens.get(index).start());
		int placeOwner = owner == null ? capitalisedOwner(passage, index) : -1;
		int written = index;
		if (owner != null && owner.possessive() && owner.start() == tokens.get(index).start()) {
			// "Powell's office said": read on from the owner's name.
			index = passage.firstTokenFrom(owner.end()) - 1;
			written = index;
		}
		else if (placeOwner >= 0) {
			// "Saudi Arabia's foreign minister has said": the country
			// owns the office, and the description is written from its
			// first word.
			index = placeOwner;
		}
		else if (!DETERMINERS.contains(tokens.get(index).key()) && !quantified
				&& !OWNERS.contains(tokens.get(index).key())) {
			return barePluralFrom(passage, index, until);
		}
		int last = -1;
		for (int j = index + 1; j < tokens.size() && j - index <= MAX_DESCRIPTION
				&& tokens.get(j).start() < until; j++) {
			Token token = tokens.get(j);
			if (!joined(passage.masked(), tokens.get(j - 1).end(), token.start())
					|| DESCRIPTION_STOPS.contains(token.key()) || SpeechCues.isCue(token.key())
					|| SpeechCues.madeRemarks(passage, j) || DETERMINERS.contains(token.key()) && j == index + 1
					|| token.key().equals("read") && DOCUMENTS.contains(tokens.get(j - 1).key())) {
				break; // "the email read": the document's verb
			}
			if (!CONNECTIVES.contains(token.key()) && !DETERMINERS.contains(token.key())) {
				last = j;
			}
			if (token.possessive() && (token.capitalised() || j + 1 >= tokens.size()
					|| !joined(passage.masked(), token.end(), tokens.get(j + 1).start()))) {
				break; // "the paper's editorial board" reads on; a name's possessive ends
			}
		}
		if (last < 0 && tokens.get(index).key().equals("another")) {
			return another(tokens.get(index)); // "tweeted another"
		}
		if (last < 0 || quantified && !plural(tokens.get(last))) {
			return null;
		}
		return description(passage, Math.min(written, index), last);
	}

	/**
	 * The last token of a run of at most three capitalised words from {@code index} that
	 * ends in a possessive, as a country's or a body's name owns an office ("Saudi
	 * Arabia's foreign minister"); -1 when the words there are no such run.
	 */
	static int capitalisedOwner(Passage passage, int index) {
		List<Token> tokens = passage.tokens();
		for (int j = index; j < tokens.size() && j - index < 3; j++) {
			Token token = tokens.get(j);
			if (!token.capitalised() || SpeakerTagMatcher.PRONOUNS.contains(token.key())
					|| DETERMINERS.contains(token.key()) || j > index
							&& !Tokens.onlySpaceBetween(passage.masked(), tokens.get(j - 1).end(), token.start())) {
				return -1;
			}
			if (token.possessive()) {
				return j;
			}
		}
		return -1;
	}

	/**
	 * A {@link #barePlural} read forwards from token {@code index}, its noun right before
	 * a speech verb: {@code "…," federal prosecutors wrote}.
	 */
	static SpeakerTagMatcher.Subject barePluralFrom(Passage passage, int index, int until) {
		List<Token> tokens = passage.tokens();
		for (int k = index; k < tokens.size() - 1 && k - index < MAX_DESCRIPTION
				&& tokens.get(k).start() < until; k++) {
			if (k > index && !joined(passage.masked(), tokens.get(k - 1).end(), tokens.get(k).start())) {
				return null;
			}
			if (TagSubjects.followedByCue(passage, k)) {
				return barePlural(passage, index, k);
			}
		}
		return null;
	}

	/**
	 * Words that relate a common noun to someone else: "a friend of", "an aide to", "a
	 * spokesman for".
	 */
	static final Set<String> RELATIONS = Set.of("of", "to", "for", "with");

	/** Words inside a description that never end it. */
	static final Set<String> CONNECTIVES = Set.of("of", "for", "at", "from", "with", "the", "a", "an");

	/**
	 * Whether only spaces, or the dot of a title ("Sen. Marco Rubio"), stand between two
	 * words of one phrase.
	 */
	static boolean joined(String masked, int from, int to) {
		if (to - from > 3 || to <= from) {
			return false;
		}
		boolean dot = false;
		for (int i = from; i < to; i++) {
			char c = masked.charAt(i);
			if (c == '.') {
				dot = true;
			}
			else if (!Character.isWhitespace(c)) {
				return false;
			}
		}
		if (!dot) {
			return true;
		}
		int start = from;
		while (start > 0 && Character.isLetter(masked.charAt(start - 1))) {
			start--;
		}
		return masked.charAt(from) == '.' && NameVocabulary.isTitle(masked.substring(start, from));
	}

	/** A body's acronym in brackets between the words of a description. */
	private static final Pattern BRACKETED_ACRONYM_GAP = Pattern.compile("\\s\\(\\p{Lu}{2,8}\\)\\s");

	/** Whether token j is an acronym alone in brackets: "(CCP)". */
	private static boolean bracketedAcronym(Passage passage, int j) {
		Token token = passage.tokens().get(j);
		String masked = passage.masked();
		return token.start() > 0 && token.end() < masked.length() && masked.charAt(token.start() - 1) == '('
				&& masked.charAt(token.end()) == ')' && NameVocabulary.isAcronym(token.text());
	}

	/**
	 * An unnamed speaker described before its verb, read backwards from token k to a
	 * determiner: {@code a spokesman for committee Democrats said},
	 * {@code the board said}.
	 */
	/**
	 * Whether the comma between tokens j and j + 1 is a date's ("The December 3, 2017
	 * message reads"): a day after a month's name, then a year.
	 */
	private static boolean datesComma(Passage passage, int j, int after) {
		List<Token> tokens = passage.tokens();
		return j > 0 && after == j + 1 && DAY.matcher(tokens.get(j).text()).matches()
				&& YEAR.matcher(tokens.get(after).text()).matches()
				&& NameVocabulary.CALENDAR.contains(tokens.get(j - 1).key())
				&& passage.masked().substring(tokens.get(j).end(), tokens.get(after).start()).equals(", ");
	}

	private static final Pattern DAY = Pattern.compile("\\d{1,2}");

	private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

	static SpeakerTagMatcher.Subject descriptionEndingAt(Passage passage, int k) {
		List<Token> tokens = passage.tokens();
		Token head = tokens.get(k);
		if (head.key().equals("another")) {
			return another(head); // "Yet another said"
		}
		if (!describesSpeaker(head)) {
			return null;
		}
		int after = k;
		for (int j = k - 1; j >= -1 && k - j <= MAX_DESCRIPTION; j--) {
			if (j > 0 && bracketedAcronym(passage, j)) {
				continue; // "the Chinese Communist Party (CCP) supremo"
			}
			if (j < 0 || !joined(passage.masked(), tokens.get(j).end(), tokens.get(after).start())
					&& !datesComma(passage, j, after)
					&& !BRACKETED_ACRONYM_GAP.matcher(passage.masked())
						.region(tokens.get(j).end(), tokens.get(after).start())
						.matches()) {
				return percentOf(passage, after, k) ? description(passage, after, k) : barePlural(passage, after, k);
			}
			after = j;
			Token token = tokens.get(j);
			if (QUANTIFIERS.contains(token.key()) && plural(head)) {
				return description(passage, j, k); // "some protesters chanted"
			}
			if (DETERMINERS.contains(token.key()) && !(j + 1 < k && tokens.get(j + 1).key().equals("of"))) {
				if (token.key().equals("one") && !token.capitalised() && j + 1 < k
						&& !tokens.get(j + 1).key().equals("of")) {
					return null; // "one" only as "one of the ..." or "one employee":
									// otherwise a
									// number
				}
				return description(passage, j, k);
			}
			if (DESCRIPTION_STOPS.contains(token.key()) || SpeechCues.isCue(token.key())) {
				return null;
			}
			if (token.possessive() && token.capitalised() && j + 1 == k && personNoun(head.key())) {
				// "Iran's spokesman noted": a country or a body owns the office; a
				// person's ("Trump's spokesman") is someone else's.
				Mention owner = passage.mentionCovering(token.start());
				if (owner != null && owner.kind() == SpeakerKind.PERSON) {
					return null;
				}
				int from = owner != null ? passage.firstTokenFrom(owner.start()) : j;
				return description(passage, from, k);
			}
		}
		return null;
	}

	/**
	 * Whether tokens [from, k] are a share of people, a plural person noun after a number
	 * and "percent of": {@code 25 percent of likely Republican voters say}. They speak,
	 * not whoever the clause before them named.
	 */
	static boolean percentOf(Passage passage, int from, int k) {
		List<Token> tokens = passage.tokens();
		if (k - from < 3 || !Character.isDigit(tokens.get(from).key().charAt(0))
				|| !tokens.get(from + 1).key().equals("percent") || !tokens.get(from + 2).key().equals("of")
				|| !plural(tokens.get(k)) || !personNoun(tokens.get(k).key())) {
			return false;
		}
		for (int j = from + 3; j < k; j++) {
			String key = tokens.get(j).key();
			if (DESCRIPTION_STOPS.contains(key) || LINKS.contains(key) || SpeechCues.isCue(key)
					|| tokens.get(j).possessive()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * People named by a plural noun without a determiner, at the start of a clause:
	 * {@code federal prosecutors wrote}, {@code Iranian officials said},
	 * {@code "…," protesters chanted}. Kept as written; they name nobody. The words
	 * before the noun must all modify it: no function word, verb or possessive.
	 */
	static SpeakerTagMatcher.Subject barePlural(Passage passage, int from, int k) {
		List<Token> tokens = passage.tokens();
		Token head = tokens.get(k);
		if (!plural(head) || !personNoun(head.key())) {
			return null;
		}
		for (int j = from; j < k; j++) {
			Token token = tokens.get(j);
			String key = token.key();
			if (DESCRIPTION_STOPS.contains(key) || CONNECTIVES.contains(key) || DETERMINERS.contains(key)
					|| QUANTIFIERS.contains(key) || LINKS.contains(key) || SpeechCues.isCue(key) || token.possessive()
					|| !Character.isLetter(key.charAt(0))) {
				return null;
			}
		}
		return description(passage, from, k);
	}

	/**
	 * Words that link the head of a description to whom it belongs ("a spokesman for the
	 * mayor", "a source close to the campaign", "an aide familiar with his thinking").
	 */
	static final Set<String> LINKS = Set.of("for", "of", "with", "to", "at", "from", "in", "inside", "within", "close",
			"familiar", "near", "loyal", "allied");

	/**
	 * An unnamed speaker whose description ends in the object of a preposition, read
	 * backwards from token k to its determiner: in {@code a spokesman for the mayor said}
	 * and {@code another source familiar with Cruz's thinking said} the spokesman and the
	 * source speak, never the mayor or Cruz. The head is the word before the first link.
	 */
	static SpeakerTagMatcher.Subject headedDescriptionEndingAt(Passage passage, int k) {
		List<Token> tokens = passage.tokens();
		int firstLink = -1;
		for (int j = k - 1; j >= 0 && k - j <= MAX_DESCRIPTION + 4; j--) {
			Token token = tokens.get(j);
			if (!joined(passage.masked(), token.end(), tokens.get(j + 1).start()) || SpeechCues.isCue(token.key())) {
				return null;
			}
			boolean link = LINKS.contains(token.key());
			if (link) {
				firstLink = j;
				continue;
			}
			if (INDEFINITE_PERSONS.contains(token.key()) && firstLink == j + 1) {
				// "someone in the audience shouted": the pronoun is the head
				String written = passage.masked().substring(token.start(), tokens.get(k).end());
				return written.indexOf(QuoteScanner.MASK) >= 0 ? null
						: new SpeakerTagMatcher.Subject(SpeakerTagMatcher.SubjectType.DESCRIPTION, null, written,
								token.key(), token.start(), tokens.get(k).end());
			}
			boolean counted = QUANTIFIERS.contains(token.key()) && firstLink > j + 1
					&& plural(tokens.get(firstLink - 1));
			// "Iran's ambassador to the United Nations said": a place or body owning the
			// office opens it as a determiner does.
			boolean owned = token.possessive() && token.capitalised() && firstLink > j + 1;
			boolean opens = DETERMINERS.contains(token.key()) || token.key().equals("another") || counted || owned;
			if (opens && firstLink > j + 1 && (j == 0 || !LINKS.contains(tokens.get(j - 1).key()))) {
				Token head = tokens.get(firstLink - 1);
				if (head.key().endsWith("ing") && firstLink - 2 > j) {
					head = tokens.get(firstLink - 2); // "another source speaking to Fox
														// News"
				}
				// A title may be capitalised: "The Leader of the Revolution stressed".
				if (head.capitalised() && !NameVocabulary.isTitle(head.text()) || !describesSpeaker(head)
						|| !personNoun(head.key())) {
					return null;
				}
				SpeakerTagMatcher.Subject named = j > 0 ? TagSubjects.subjectEndingAt(passage, j - 1) : null;
				if (named != null && named.type() == SpeakerTagMatcher.SubjectType.NAMED
						&& named.mention().kind() == SpeakerKind.PERSON
						&& passage.masked().substring(tokens.get(j - 1).end(), token.start()).strip().equals(",")) {
					return named; // "Sam Lau, the communications director for the party
									// said": an apposition left without its closing comma
				}
				int first = j;
				// The owner's other words: "The British Labour Party's", "Saudi
				// Arabia's".
				while (owned && first > 0
						&& joined(passage.masked(), tokens.get(first - 1).end(), tokens.get(first).start())) {
					Token before = tokens.get(first - 1);
					if (before.key().equals("the")) {
						first--;
						break;
					}
					if (!before.capitalised() || before.possessive()) {
						break;
					}
					first--;
				}
				int start = tokens.get(first).start();
				String written = passage.masked().substring(start, tokens.get(k).end());
				if (written.indexOf(QuoteScanner.MASK) >= 0) {
					return null;
				}
				return new SpeakerTagMatcher.Subject(SpeakerTagMatcher.SubjectType.DESCRIPTION, null, written,
						head.key(), start, tokens.get(k).end());
			}
			if (DESCRIPTION_STOPS.contains(token.key()) && !opens) {
				return null;
			}
		}
		return null;
	}

	/** Pronouns for someone unnamed that head a description: "someone in the crowd". */
	static final Set<String> INDEFINITE_PERSONS = Set.of("someone", "somebody", "anyone", "anybody");

	/** Nouns for people that head a description although they end in no agent suffix. */
	static final Set<String> PERSON_NOUNS = Set.of("source", "sources", "official", "officials", "aide", "aides",
			"spokesman", "spokeswoman", "spokesperson", "person", "people", "member", "members", "ally", "allies",
			"friend", "friends", "staff", "staffer", "insider", "insiders", "operative", "operatives", "attorney",
			"attorneys", "expert", "experts", "analyst", "analysts", "delegate", "delegates", "chief", "head", "one",
			"man", "men", "woman", "women", "resident", "residents", "student", "students", "veteran", "veterans",
			"candidate", "candidates", "businessman", "businesswoman", "billionaire", "mogul", "magnate", "incumbent",
			"hopeful", "rival", "actress", "neurosurgeon", "host", "republican", "democrat", "representative",
			"representatives", "son", "sons", "daughter", "daughters", "wife", "husband", "brother", "brothers",
			"sister", "sisters", "father", "mother", "nephew", "niece", "cousin", "widow", "relative", "relatives");

	/** Things a group puts out whose text a page quotes: "the poster read". */
	static final Set<String> PUBLISHED_MATTER = Set.of("poster", "posters", "leaflet", "leaflets", "flyer", "flyers",
			"flier", "fliers", "infographic", "image", "banner");

	/**
	 * For each noun of a statement or of {@link #PUBLISHED_MATTER}, a sentence saying
	 * someone published, issued or posted one ("published[1] an official statement", "the
	 * Al-Azaim Foundation published a poster"), a note's marker left after the verb, or
	 * where ("published on Telegram a new message").
	 */
	static final Map<String, Pattern> ISSUED = Stream.concat(STATEMENT_NOUNS.stream(), PUBLISHED_MATTER.stream())
		.collect(Collectors.toUnmodifiableMap(noun -> noun, noun -> issued(Pattern.quote(noun))));

	/** Verbs of putting something out, the same in the past and as a participle. */
	private static final String PUT_OUT = "published|issued|released|posted|put out|delivered|sent|distributed"
			+ "|disseminated|circulated";

	/** A sentence saying someone put out what the pattern {@code noun} matches. */
	static Pattern issued(String noun) {
		return Pattern.compile(
				"\\b(?:" + PUT_OUT + "|wrote)(?:\\[\\d{1,3}\\])?\\s(?:(?:on|via)\\s\\p{Lu}[\\p{L}-]*\\s)?"
						+ "(?:an?\\s|his\\s|her\\s|its\\s|their\\s)?(?:[\\p{L}-]+\\s){0,3}?" + noun + "\\b",
				Pattern.CASE_INSENSITIVE);
	}

	/**
	 * Published matter put out by someone, named in the passive: "A poster distributed by
	 * ISIS supporter …", "A poster released by the pro-ISIS Al-Taqwa Foundation"; the
	 * match ends where the agent starts.
	 */
	static final Pattern PUT_OUT_BY = Pattern.compile("\\b(?:" + String.join("|", PUBLISHED_MATTER) + ")\\s+(?:"
			+ PUT_OUT + ")\\s+(?:online\\s+|on\\s+\\p{Lu}\\S*\\s+)?by\\s+", Pattern.CASE_INSENSITIVE);

	/** A document or a statement: what someone writes or issues ("post", "statement"). */
	static boolean writtenPiece(String key) {
		return DOCUMENTS.contains(key) || STATEMENT_NOUNS.contains(key);
	}

	/** Nouns that "official" only qualifies: "the organisation's official position". */
	private static final Set<String> QUALIFIED_BY_OFFICIAL = Set.of("position", "positions", "policy", "policies",
			"line", "stance", "account", "accounts", "website", "visit", "visits", "figures", "data", "statement",
			"statements", "channels", "media", "capacity", "business", "documents", "records", "version", "language",
			"title", "residence", "response", "reaction", "trip", "ceremony", "name", "news", "agency", "results",
			"estimate", "estimates", "count", "toll", "tally", "newspaper", "mouthpiece", "organ", "gazette", "view",
			"views", "duties", "status", "sources", "channel", "page", "portal");

	/**
	 * Whether the person noun at {@code i} is an adjective of the noun after it
	 * ("official position"), so no person.
	 */
	static boolean adjectiveBeforeNoun(List<Token> tokens, int i) {
		return tokens.get(i).key().equals("official") && i + 1 < tokens.size()
				&& QUALIFIED_BY_OFFICIAL.contains(tokens.get(i + 1).key());
	}

	/**
	 * Whether a noun names a person or people: a listed noun, a role noun, an agent noun
	 * ("adviser", "director", "strategist", "historian"), or a compound of one.
	 */
	static boolean personNoun(String key) {
		if (wordPersonNoun(key)) {
			return true;
		}
		// A compound office is its head's: "director-general", "editor-in-chief",
		// "vice-president".
		int hyphen = key.indexOf('-');
		return hyphen > 0 && hyphen < key.length() - 1 && !DOCUMENTS.contains(key) && !STATEMENT_NOUNS.contains(key)
				&& (wordPersonNoun(key.substring(0, hyphen))
						|| wordPersonNoun(key.substring(key.lastIndexOf('-') + 1)));
	}

	private static boolean wordPersonNoun(String key) {
		String singular = key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
		return PERSON_NOUNS.contains(key)
				|| ROLE_NOUNS.contains(key) && !DOCUMENTS.contains(key) && !STATEMENT_NOUNS.contains(key)
						&& !OUTLET_NOUNS.contains(key)
				|| singular.length() > 4 && !NOT_AGENTS.contains(singular)
						&& (singular.endsWith("er") || singular.endsWith("or") || singular.endsWith("ist")
								|| singular.endsWith("ian") || singular.endsWith("ant") || singular.endsWith("ee"));
	}

	/** Words in "-er" or "-or" that name nobody, though they end like agent nouns. */
	static final Set<String> NOT_AGENTS = Set.of("together", "whether", "however", "never", "ever", "other", "another",
			"rather", "further", "after", "under", "over", "either", "neither", "later", "former", "latter", "earlier",
			"sooner", "longer", "larger", "bigger", "better", "greater", "higher", "lower", "border", "order", "corner",
			"number", "chapter", "letter", "matter", "paper", "power", "water", "winter", "summer", "october",
			"november", "december", "september", "error", "factor", "sector", "minor", "major", "tenor", "favor",
			"labor", "honor", "humor", "behavior");

	/** Role nouns that name an outlet rather than a person. */
	static final Set<String> OUTLET_NOUNS = Set.of("daily", "website", "site", "paper", "newspaper", "agency",
			"channel", "outlet", "weekly", "magazine");

	/**
	 * "another" standing alone for one more of the people just quoted ("Another tweeted",
	 * "said another"): kept as written, it names nobody.
	 */
	static SpeakerTagMatcher.Subject another(Token token) {
		return new SpeakerTagMatcher.Subject(SpeakerTagMatcher.SubjectType.DESCRIPTION, null, token.text(), token.key(),
				token.start(), token.end());
	}

	/**
	 * Whether a word can end the description of a speaker: not a statement ("a
	 * statement"), a time ("Wednesday") or a function word.
	 */
	static boolean describesSpeaker(Token head) {
		String key = head.key();
		return !(DESCRIPTION_STOPS.contains(key) || CONNECTIVES.contains(key) || head.possessive()
				|| DETERMINERS.contains(key) || STATEMENT_NOUNS.contains(key) && !DOCUMENTS.contains(key)
				|| NameVocabulary.CALENDAR.contains(key) || key.equals("decision") || key.equals("ruling")
				|| Character.isDigit(key.charAt(0)) && !key.endsWith("-old")); // "the
																				// 46-year-old"
	}

	static SpeakerTagMatcher.Subject description(Passage passage, int from, int to) {
		if (!describesSpeaker(passage.tokens().get(to))) {
			return null;
		}
		List<Token> tokens = passage.tokens();
		if (STATEMENT_NOUNS.contains(tokens.get(to).key()) && !tokens.get(from).key().equals("the")) {
			return null; // "issued a statement saying": its issuer speaks; "the statement
							// said"
		}
		String written = passage.masked().substring(tokens.get(from).start(), tokens.get(to).end());
		if (written.indexOf(QuoteScanner.MASK) >= 0) {
			return null;
		}
		return new SpeakerTagMatcher.Subject(SpeakerTagMatcher.SubjectType.DESCRIPTION, null, written,
				tokens.get(to).key(), tokens.get(from).start(), tokens.get(to).end());
	}

	/**
	 * The people a relative "who" right before the verb stands for, when a description of
	 * them ends before its comma: in
	 * {@code Obama wasn't treated as credibly by his show's
	 * listeners, who wondered if "…"} the listeners wonder, not Obama; so does a person
	 * named right before the comma. Null when token k is no such "who", or another name
	 * stands before it (found as it is).
	 */
	static SpeakerTagMatcher.Subject relativeAntecedent(Passage passage, int k, int from) {
		List<Token> tokens = passage.tokens();
		if (k < 1 || !tokens.get(k).key().equals("who") || tokens.get(k - 1).start() < from) {
			return null;
		}
		String gap = passage.masked().substring(tokens.get(k - 1).end(), tokens.get(k).start()).strip();
		int before = gap.equals(",") ? k - 1 : gap.equals("),") ? beforeBracket(passage, k - 1, from) : -1;
		if (before < 0) {
			return null;
		}
		Mention named = passage.mentionCovering(tokens.get(before).start());
		if (named != null) {
			// "an endorsement from a Senate colleague, from Mike Lee, who declared": the
			// person right before "who" speaks, even as the object of a preposition;
			// also past a party in brackets ("Rep. Peter King (R-NY), who … said").
			SpeakerTagMatcher.Subject person = named.kind() == SpeakerKind.PERSON
					? TagSubjects.subjectEndingAt(passage, before) : null;
			return person != null && person.type() == SpeakerTagMatcher.SubjectType.NAMED ? person : null;
		}
		int head = k - 1;
		if (head != before || !plural(tokens.get(head)) || !personNoun(tokens.get(head).key())) {
			return null;
		}
		int first = head;
		while (first > 0 && head - first < MAX_DESCRIPTION
				&& joined(passage.masked(), tokens.get(first - 1).end(), tokens.get(first).start())) {
			String key = tokens.get(first - 1).key();
			if (DETERMINERS.contains(key) || OWNERS.contains(key)) {
				first--;
				break;
			}
			if (DESCRIPTION_STOPS.contains(key) || LINKS.contains(key) || SpeechCues.isCue(key)
					|| !Character.isLetter(key.charAt(0))) {
				break;
			}
			first--;
		}
		return description(passage, first, head);
	}

	/**
	 * The token before the bracket that closes at token {@code last} ("King (R-NY)"),
	 * within a few words and from {@code from} on; -1 when none opens there.
	 */
	private static int beforeBracket(Passage passage, int last, int from) {
		List<Token> tokens = passage.tokens();
		for (int t = last; t >= 1 && last - t < MAX_BRACKETED_WORDS && tokens.get(t - 1).start() >= from; t--) {
			String gap = passage.masked().substring(tokens.get(t - 1).end(), tokens.get(t).start());
			if (gap.indexOf(')') >= 0) {
				return -1;
			}
			if (gap.strip().equals("(")) {
				return t - 1;
			}
		}
		return -1;
	}

	/** Most words inside brackets between a name and "who". */
	private static final int MAX_BRACKETED_WORDS = 4;

	/** Heads of a description that speak for a body of people. */
	static final Set<String> BODY_HEADS = Set.of("campaign", "office", "team", "staff");

	/** Most words from an opening description's determiner to its noun. */
	private static final int MAX_OPENING_DESCRIPTION_WORDS = 4;

	/**
	 * A description opening the clause at {@code from} and ending before token k: a
	 * determiner, "One" or an owner's possessive, then at most
	 * {@value #MAX_OPENING_DESCRIPTION_WORDS} words up to a person noun ("One operative",
	 * "A spokeswoman for the House Armed Services Committee", "Ryan's campaign"), read on
	 * over connectives and capitalised words. Null when the clause opens otherwise.
	 */
	static SpeakerTagMatcher.Subject openingDescription(Passage passage, int from, int k) {
		List<Token> tokens = passage.tokens();
		int first = passage.firstTokenFrom(from);
		if (first >= k || !SpeakerTagMatcher.blank(passage.masked(), from, tokens.get(first).start())) {
			return null;
		}
		Token opener = tokens.get(first);
		boolean owner = opener.possessive() && opener.capitalised();
		if (!owner && !DETERMINERS.contains(opener.key())) {
			return null;
		}
		for (int h = first + 1; h < k && h - first <= MAX_OPENING_DESCRIPTION_WORDS; h++) {
			Token token = tokens.get(h);
			// "the newly elected U.S. President": a country's short name and an office in
			// title case may stand in it, no other name.
			boolean capitalisedPart = personNoun(token.key()) || NameVocabulary.isPlace(token.bare())
					|| NameVocabulary.isAcronym(token.bare());
			if (!joined(passage.masked(), tokens.get(h - 1).end(), token.start())
					|| token.capitalised() && !capitalisedPart || DESCRIPTION_STOPS.contains(token.key())
					|| SpeechCues.isCue(token.key())) {
				return null;
			}
			if (personNoun(token.key()) || BODY_HEADS.contains(token.key())) {
				int end = h;
				for (int j = h + 1; j < k && joined(passage.masked(), tokens.get(j - 1).end(), tokens.get(j).start())
						&& (CONNECTIVES.contains(tokens.get(j).key()) || tokens.get(j).capitalised()); j++) {
					if (tokens.get(j).capitalised()) {
						end = j;
					}
				}
				String written = passage.masked().substring(opener.start(), tokens.get(end).end());
				return new SpeakerTagMatcher.Subject(SpeakerTagMatcher.SubjectType.DESCRIPTION, null, written,
						token.key(), opener.start(), tokens.get(end).end());
			}
		}
		return null;
	}

	/** Verbs of issuing a document that do not end in "-ed". */
	static final Set<String> ISSUING = Set.of("sent", "put", "gave", "made", "wrote", "sends", "puts", "gives");

	/**
	 * The described issuer of a document that a participle quotes:
	 * {@code The town released a statement Wednesday saying ...},
	 * {@code Her campaign quickly sent out an email to supporters stating, ...}. The
	 * issuer opens the clause with a determiner or an owner and ends right before the
	 * verb of issuing, which stands before "a"/"an" and the document.
	 */
	static SpeakerTagMatcher.Subject issuer(Passage passage, int from, int k) {
		List<Token> tokens = passage.tokens();
		int document = -1;
		for (int j = k; j >= 0 && k - j < 6 && tokens.get(j).start() >= from; j--) {
			String key = tokens.get(j).key();
			if (writtenPiece(key)) {
				document = j;
				break;
			}
		}
		int article = document - 1;
		while (article > 0 && document - article < 3 && !tokens.get(article).key().equals("a")
				&& !tokens.get(article).key().equals("an")) {
			article--;
		}
		if (document < 0 || article <= 0 || !Set.of("a", "an").contains(tokens.get(article).key())) {
			return null;
		}
		int verb = article - 1;
		if (tokens.get(verb).key().equals("out") && verb > 0) {
			verb--; // "put out", "sent out"
		}
		int end = verb - 1;
		while (end >= 0 && SpeechCues.isSkippable(tokens.get(end))) {
			end--;
		}
		Token issued = tokens.get(verb);
		if (end < 0 || tokens.get(end).start() < from || issued.capitalised()
				|| !(issued.key().endsWith("ed") || ISSUING.contains(issued.key()))) {
			return null;
		}
		SpeakerTagMatcher.Subject named = TagSubjects.subjectEndingAt(passage, end);
		if (named != null) {
			return named;
		}
		int first = passage.firstTokenFrom(from);
		String opener = tokens.get(first).key();
		if (end - first < 1 || end - first > 4 || !(DETERMINERS.contains(opener) || OWNERS.contains(opener))
				|| opener.equals("this")) {
			return null;
		}
		for (int j = first + 1; j <= end; j++) {
			if (!joined(passage.masked(), tokens.get(j - 1).end(), tokens.get(j).start())
					|| DESCRIPTION_STOPS.contains(tokens.get(j).key()) || SpeechCues.isCue(tokens.get(j).key())) {
				return null;
			}
		}
		String written = passage.masked().substring(tokens.get(first).start(), tokens.get(end).end());
		return new SpeakerTagMatcher.Subject(SpeakerTagMatcher.SubjectType.DESCRIPTION, null, written,
				tokens.get(end).key(), tokens.get(first).start(), tokens.get(end).end());
	}

	/** Prepositions that tie a person to the body they belong to. */
	static final Set<String> AFFILIATIONS = Set.of("of", "at", "from", "with");

	/**
	 * A person's office, which speaks for them (regex): "office", "media office", "press
	 * office".
	 */
	static final String OWN_OFFICE = "(?:(?:media|press|private)\\s+)?office";

}
