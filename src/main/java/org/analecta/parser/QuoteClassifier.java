package org.analecta.parser;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.regex.Pattern;

import org.analecta.parser.Tokens.Token;

/**
 * Tells quotations that are nobody's statement (TERM) from statements, before any speaker
 * is looked for: listed slogans and epithets ({@code quote-terms.txt}); titles, headlines
 * and names introduced by a naming word ({@code titled}, {@code headlined},
 * {@code dubbed}, {@code so-called}, {@code a show called}); the text of a sign or
 * message ({@code a text message stating}). Quotations that no tag claims are judged
 * later: short ones are scare quotes.
 */
final class QuoteClassifier {

	// Precompiled: String.split/matches/replaceAll with these compiled the pattern on
	// every call,
	// and they run per token, tag or quotation.
	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

	private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:!?]+$");

	private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");

	/** Untagged quotations of at most this many words are scare quotes. */
	static final int SCARE_QUOTE_WORDS = 5;

	private static final Set<String> KNOWN_TERMS = readTerms();

	/** The charges a quoted offence follows: "on charges of "…"". */
	private static final Set<String> CHARGES = Set.of("charge", "charges", "count", "counts", "conviction",
			"convictions");

	private static final Set<String> NAMING_WORDS = Set.of("titled", "entitled", "headlined", "headline", "headlines",
			"title", "named", "dubbed", "so-called", "slogan", "slogans", "chant", "chants", "chanting", "banner",
			"hashtag", "term", "terms", "phrase", "motto", "captioned", "caption", "labeled", "labelled", "branded",
			"nicknamed", "show", "program", "programme", "series", "book", "film", "movie", "documentary", "song",
			"poem", "album", "operation", "campaign", "codenamed", "code-named", "word", "expression", "designation",
			"label", "heading", "subtitled", "banners", "placards", "reading", "reads", "read", "podcast", "episode");

	/**
	 * Things whose name or text a quotation gives ("a program called", "a message
	 * stating").
	 */
	private static final Set<String> THINGS = Set.of("program", "programme", "show", "group", "organization",
			"organisation", "movement", "operation", "campaign", "article", "book", "film", "movie", "initiative",
			"plan", "project", "website", "channel", "page", "account", "event", "conference", "exercise", "drill",
			"maneuver", "manoeuvre", "message", "sign", "banner", "poster", "placard", "slogan", "inscription",
			"graffiti", "text", "note", "leaflet", "flyer", "sticker", "billboard", "mural", "caption", "series",
			"song", "brigade", "battalion", "unit", "militia", "party", "doctrine", "strategy", "policy", "law", "bill",
			"resolution", "document", "form", "statement", "sms", "hashtag", "video", "clip");

	/**
	 * Naming words that are things with a name (a show, a campaign): a quotation after
	 * them is a term only when it looks like that name.
	 */
	private static final Set<String> TITLED_THINGS = Set.of("show", "program", "programme", "series", "book", "film",
			"movie", "documentary", "song", "poem", "album", "operation", "campaign", "podcast", "episode");

	/** Things that carry a text of their own: "a sign saying", "a message stating". */
	private static final Set<String> INSCRIBED = Set.of("message", "sign", "banner", "poster", "placard", "slogan",
			"inscription", "graffiti", "text", "note", "leaflet", "flyer", "sticker", "billboard", "mural", "caption",
			"sms", "hashtag", "t-shirt");

	/** Words a title leaves in lower case. */
	private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "of", "in", "on", "at",
			"to", "for", "with", "by", "from", "de", "vs", "vs.", "&");

	/** A sentence end followed by a capital inside a quotation. */
	private static final Pattern SECOND_SENTENCE = Pattern.compile("[.!?]\\s+[A-Z]");

	private QuoteClassifier() {
	}

	private static final Set<String> ARTICLES = Set.of("the", "a", "an");

	/** Most words of a name, title or slogan that a naming word and a colon introduce. */
	private static final int MAX_NAME_AFTER_COLON_WORDS = 15;

	/**
	 * Naming words after which a colon gives the name itself, however long: "Karagul's
	 * op-ed, which was titled: "'Clash Of Great Powers' From Crimea To Syria, … So Who
	 * Are The Two Crown Princes Financing?"".
	 */
	private static final Set<String> NAMING_PARTICIPLES = Set.of("titled", "entitled", "headlined", "subtitled");

	/**
	 * Fewest words of a headline in title case that an article before it marks as one.
	 */
	private static final int MIN_HEADLINE_WORDS = 4;

	/** Verbs whose object in title case is a work: a song, a play, a piece. */
	private static final Set<String> PERFORMED = Set.of("perform", "performs", "performed", "performing", "played",
			"plays", "playing");

	/** Prepositions before a programme's or a work's title: "on", "in", "with". */
	private static final Set<String> PROGRAMME_PREPOSITIONS = Set.of("on", "in", "with");

	/** The quotation without the full stop that American style sets inside its marks. */
	private static String withoutFinalStop(String quote) {
		String text = quote.strip();
		return text.endsWith(".") && !text.endsWith("..") ? text.substring(0, text.length() - 1) : text;
	}

	/**
	 * Words after a quotation, set off by a comma, a dash or a bracket, that name it a
	 * term: {@code the "martyrs of the defenders of shrines" – a term Iran uses for …}.
	 */
	private static final Pattern NAMED_A_TERM_AFTER = Pattern
		.compile("[\\s,]*(?:[\u2013\u2014-]\\s*|\\(\\s*)?(?:a|the) (?:term|phrase|expression|euphemism|slogan|nickname"
				+ "|catchphrase|code word|codeword)\\b");

	/**
	 * Whether the words right after a quotation's closing mark, at {@code after}, name it
	 * a term.
	 */
	static boolean namedATermAfter(Passage passage, int after) {
		String masked = passage.masked();
		return after < masked.length() && NAMED_A_TERM_AFTER.matcher(masked).region(after, masked.length()).lookingAt();
	}

	/** Whether the quotation is a term by its words or by what stands right before it. */
	static boolean isTerm(String quote, Passage passage, int open) {
		if (quote.length() < 60 && KNOWN_TERMS.contains(normalise(quote))) {
			return true;
		}
		List<Token> tokens = passage.tokens();
		String masked = passage.masked();
		int last = passage.lastTokenBy(open);
		if (last < 0) {
			return false;
		}
		// A no-break space ("on\u00a0"Meet the Press."") is a space here.
		String gap = masked.substring(tokens.get(last).end(), open).replace('\u00a0', ' ').strip();
		if (!gap.isEmpty() && !gap.equals(",") && !gap.equals(":")) {
			return false;
		}
		Token word = tokens.get(last);
		String key = word.key();
		if (gap.isEmpty() && PERFORMED.contains(key) && titleCase(withoutFinalStop(quote))) {
			return true; // "Paul Simon performed "Bridge Over Troubled Water."": a work
		}
		if (gap.isEmpty() && ARTICLES.contains(key) && WHITE_SPACE.split(quote.strip()).length >= MIN_HEADLINE_WORDS
				&& titleCase(withoutFinalStop(quote), MAX_HEADLINE_WORDS)) {
			// "argues in The Financial Times that the "West Must Temper Its Enthusiasm
			// For Iran's New President."": an article's headline, set as a noun.
			return true;
		}
		if (gap.isEmpty()
				&& (word.possessive() || PROGRAMME_PREPOSITIONS.contains(key)
						|| key.equals("told") && WHITE_SPACE.split(quote.strip()).length <= 5)
				&& titleCase(withoutFinalStop(quote))) {
			// "CNN's "New Day"", "appeared on "Meet the Press."", "an interview with
			// "Fox News Sunday."", "told "Fox and Friends,"": a programme or a work, not
			// what a speech verb before it reports.
			return true;
		}
		if ((key.equals("reads") || key.equals("read")) && last > 0) {
			// "The post by Abdul Razak Artan reads:" gives the writer's words, where
			// "the headline reads" or "a shirt that read" gives a text that is nobody's.
			Mention writer = passage.mentionEndingAt(tokens.get(last - 1).end());
			if (writer != null && writer.kind() == ParsedReport.SpeakerKind.PERSON && !writer.possessive()) {
				return false;
			}
			// "The statement reads:", "The letter read:": someone's statement, not an
			// inscription.
			if (SpeakerDescriptions.STATEMENT_NOUNS.contains(tokens.get(last - 1).key())) {
				return false;
			}
			// "… published a poster titled "…". The text on the poster read:": the
			// text of a poster or leaflet the paragraph says someone put out is theirs.
			if (SpeakerDescriptions.PUBLISHED_MATTER.contains(tokens.get(last - 1).key())
					&& SpeakerDescriptions.ISSUED.get(tokens.get(last - 1).key())
						.matcher(masked)
						.region(0, tokens.get(last - 1).start())
						.find()) {
				return false;
			}
		}
		if (last > 0 && (key.equals("of") && CHARGES.contains(tokens.get(last - 1).key())
				|| key.equals("with") && tokens.get(last - 1).key().equals("charged"))) {
			// "the trial of Tan Zuoren on charges of "inciting subversion of state
			// power"": the charge's name in law, which nobody is quoted as saying.
			return true;
		}
		if (NAMING_WORDS.contains(key)) {
			// "the comment by Dr. Paul Song": a capitalised word inside a sentence is a
			// name.
			if (word.capitalised() && !opensSentence(masked, word.start())) {
				return false;
			}
			// "Al-Ittihad wrote under the above title: "Ambassador Paul Bremer was in
			// the capital …"": a long text after the colon is what stands under a title
			// or a heading, not its name.
			if (gap.equals(":") && words(quote) > MAX_NAME_AFTER_COLON_WORDS && !NAMING_PARTICIPLES.contains(key)
					&& !titleCase(withoutFinalStop(quote))) {
				return false;
			}
			return !TITLED_THINGS.contains(key) || looksLikeTitle(quote, gap);
		}
		String before = last > 0 ? tokens.get(last - 1).key() : "";
		boolean joined = last > 0 && Tokens.onlySpaceBetween(masked, tokens.get(last - 1).end(), word.start());
		if (key.equals("called") || key.equals("reading")) {
			return THINGS.contains(before);
		}
		if (key.equals("stating") || key.equals("saying")) {
			// "a sign saying": its text; "issued a statement saying" and "the campaign,
			// saying" report what someone says.
			return joined && INSCRIBED.contains(before);
		}
		if (key.equals("that")) {
			return before.equals("slogan");
		}
		return key.equals("as") && (before.equals("known") || before.equals("referred"));
	}

	/**
	 * Words before a quoted name that modifies the noun after it: determiners, and the
	 * adjectives of doubt that scare quotes go with ("alleged "Iranian" targets").
	 */
	private static final Set<String> MODIFIER_DETERMINERS = Set.of("the", "a", "an", "this", "that", "its", "their",
			"his", "her", "our", "alleged", "so-called", "purported", "supposed", "self-styled", "self-proclaimed");

	/**
	 * Whether a one-word quotation with a capital stands between a determiner and a
	 * lower-case word as a name modifying that word, nobody's statement even inside a
	 * tagged sentence: {@code He discussed the "ISIS" threat, clarifying: "..."}.
	 * @param after the offset just after the closing mark
	 */
	static boolean isModifyingName(String quote, Passage passage, int open, int after) {
		String word = quote.strip();
		if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0)) || words(word) != 1
				|| !Character.isLetterOrDigit(word.codePointBefore(word.length()))) {
			return false;
		}
		List<Token> tokens = passage.tokens();
		String masked = passage.masked();
		int last = passage.lastTokenBy(open);
		if (last < 0 || tokens.get(last).capitalised() || !MODIFIER_DETERMINERS.contains(tokens.get(last).key())
				|| !masked.substring(tokens.get(last).end(), open).equals(" ")) {
			return false;
		}
		if (after + 1 >= masked.length() || masked.charAt(after) != ' '
				|| !Character.isLowerCase(masked.codePointAt(after + 1))) {
			return false;
		}
		// A noun follows ("threat"), not a function word: in 'called him the "Mayor" of
		// the fair' the quotation is what he was called.
		int next = passage.firstTokenFrom(after);
		return next < tokens.size() && !NameVocabulary.FUNCTION_WORDS.contains(tokens.get(next).key());
	}

	/**
	 * Whether a quotation after a noun such as "show" or "campaign" is its name: it opens
	 * with a capital or a digit, holds no second sentence, and after a comma closes an
	 * apposition ({@code his radio show, "Morning Hour," drew}). {@code called the show
	 * "the best on air"}, {@code the grant program, "states were broke. They ...," X
	 * said} and {@code according to the campaign, "The speech will ..."} quote a speaker.
	 */
	private static boolean looksLikeTitle(String quote, String gap) {
		String text = quote.strip();
		int first = 0;
		while (first < text.length() && !Character.isLetterOrDigit(text.charAt(first))) {
			first++;
		}
		if (first == text.length() || Character.isLowerCase(text.charAt(first))) {
			return false;
		}
		if (gap.equals(":") || gap.equals(",") && !text.endsWith(",")) {
			return false;
		}
		return !SECOND_SENTENCE.matcher(text).find();
	}

	/**
	 * Whether every word of a short quotation is capitalised but for the small words of a
	 * title ("Meet the Press"); a quotation that ends a sentence is no title.
	 */
	static boolean titleCase(String quote) {
		return titleCase(quote, MAX_TITLE_WORDS);
	}

	private static final int MAX_TITLE_WORDS = 8;

	/**
	 * A headline may run longer than a title: "West Must Temper Its Enthusiasm For …".
	 */
	private static final int MAX_HEADLINE_WORDS = 14;

	/**
	 * Whether a headline is in title case, with the short conjunctions and adverbs that
	 * newsrooms write in lower case inside one ("… Threatens Action if U.S. Forces
	 * Remain").
	 */
	static boolean headlineCase(String text) {
		return titleCase(text, MAX_HEADLINE_WORDS, HEADLINE_SMALL_WORDS);
	}

	private static final Set<String> HEADLINE_SMALL_WORDS = Stream
		.concat(TITLE_SMALL_WORDS.stream(), Stream.of("if", "as", "but", "so", "up", "via", "nor", "yet", "per"))
		.collect(Collectors.toUnmodifiableSet());

	private static boolean titleCase(String quote, int maxWords) {
		return titleCase(quote, maxWords, TITLE_SMALL_WORDS);
	}

	private static boolean titleCase(String quote, int maxWords, Set<String> smallWords) {
		String text = quote.strip();
		if (text.isEmpty() || ".!?".indexOf(text.charAt(text.length() - 1)) >= 0) {
			return false;
		}
		String[] words = WHITE_SPACE.split(text);
		if (words.length > maxWords) {
			return false;
		}
		for (String word : words) {
			int first = 0;
			while (first < word.length() && !Character.isLetterOrDigit(word.charAt(first))) {
				first++;
			}
			if (first < word.length() && Character.isLowerCase(word.charAt(first))
					&& !smallWords.contains(word.substring(first).toLowerCase(Locale.ROOT))) {
				return false;
			}
		}
		// A title may open with a number: "60 Minutes", "20/20".
		int first = text.codePointAt(firstLetter(text));
		return Character.isUpperCase(first)
				|| Character.isDigit(first) && text.chars().anyMatch(Character::isUpperCase);
	}

	private static int firstLetter(String text) {
		int i = 0;
		while (i < text.length() - 1 && !Character.isLetterOrDigit(text.charAt(i))) {
			i++;
		}
		return i;
	}

	/** Whether only white space, or the end of a sentence, stands before the offset. */
	static boolean opensSentence(String text, int at) {
		int i = at - 1;
		while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
			i--;
		}
		return i < 0 || ".!?:\"“”".indexOf(text.charAt(i)) >= 0;
	}

	/** Whether a quotation without any tag is short enough to be a scare quote. */
	static boolean isScareQuote(String quote) {
		return words(quote) <= SCARE_QUOTE_WORDS;
	}

	static int words(String text) {
		String stripped = text.strip();
		return stripped.isEmpty() ? 0 : WHITE_SPACE.split(stripped).length;
	}

	/**
	 * The quotation's text as stored: without the author's trailing comma, semicolon or
	 * colon, and a term without its stop. A phrase keeps the stop written inside its
	 * marks ("an "imminent threat to every interest we have.""), as the page has it.
	 */
	static String clean(String text, ParsedReport.QuoteKind kind) {
		return clean(text, kind, true);
	}

	/**
	 * As {@link #clean(String, ParsedReport.QuoteKind)}, for a quotation whose closing
	 * mark the page may have left out: a phrase left open ends with its sentence, whose
	 * stop is the author's.
	 */
	static String clean(String text, ParsedReport.QuoteKind kind, boolean closed) {
		String cleaned = text.strip();
		String trailing = kind == ParsedReport.QuoteKind.TERM || kind == ParsedReport.QuoteKind.PARTIAL && !closed
				? ".,;:" : ",;:";
		while (!cleaned.isEmpty() && trailing.indexOf(cleaned.charAt(cleaned.length() - 1)) >= 0) {
			cleaned = cleaned.substring(0, cleaned.length() - 1).strip();
		}
		return cleaned;
	}

	private static String normalise(String quote) {
		String lower = quote.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
		lower = TRAILING_PUNCTUATION.matcher(lower).replaceAll("").strip();
		lower = LEADING_THE.matcher(lower).replaceFirst("");
		return WHITE_SPACE.matcher(lower).replaceAll(" ");
	}

	private static Set<String> readTerms() {
		return WordList.lines("quote-terms.txt")
			.stream()
			.map(QuoteClassifier::normalise)
			.collect(Collectors.toUnmodifiableSet());
	}

}
